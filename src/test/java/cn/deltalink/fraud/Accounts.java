package cn.deltalink.fraud;

import java.util.Random;

/** Valid-looking account and phone numbers for tests: UnionPay card numbers with a correct Luhn digit. */
public final class Accounts {

  private Accounts() {}

  /** A 19-digit UnionPay card number 62… whose last digit is its Luhn check digit. */
  public static String anyCard(Random random) {
    StringBuilder digits = new StringBuilder("6222");
    while (digits.length() < 18) {
      digits.append(random.nextInt(10));
    }
    return digits.append(luhnDigit(digits.toString())).toString();
  }

  /** The same card with its check digit wrong. */
  static String withWrongCheckDigit(String card) {
    int last = card.charAt(card.length() - 1) - '0';
    return card.substring(0, card.length() - 1) + (last + 1) % 10;
  }

  static String anyMobile(Random random) {
    StringBuilder digits = new StringBuilder("13");
    while (digits.length() < 11) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }

  private static int luhnDigit(String body) {
    int sum = 0;
    boolean twice = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }
}
