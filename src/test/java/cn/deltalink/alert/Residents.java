package cn.deltalink.alert;

import java.time.LocalDate;
import java.util.Random;

/** Valid resident ID numbers and plates for tests, made with the GB 11643 and GA 36 rules. */
public final class Residents {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final String[] ADDRESS_CODES = {"330102", "330106", "320102", "320583", "310101", "340104"};

  private Residents() {}

  /** A valid 18-character number born on the day, odd order code for a man. */
  public static String residentId(String addressCode, LocalDate born, int order, boolean male) {
    int code = male ? (order * 2 + 1) % 1000 : (order * 2) % 1000;
    String body = addressCode + born.toString().replace("-", "") + String.format("%03d", code);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + CHECK.charAt(sum % 11);
  }

  /** A random valid number from the random source. */
  public static String anyResidentId(Random random) {
    LocalDate born = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15_000));
    return residentId(ADDRESS_CODES[random.nextInt(ADDRESS_CODES.length)], born, random.nextInt(490), random.nextBoolean());
  }

  /** A plate of the province with the serial made of the number (digits only, so always valid). */
  public static String plate(String province, char authority, int serial) {
    return province + authority + String.format("%05d", serial % 100_000);
  }
}
