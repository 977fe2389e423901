package cn.deltalink.resolution.internal.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A resident ID number as recorded, read for comparison: always as 18 characters (a 15-digit
 * first-generation number converted: century 19 inserted, check character computed), with whether
 * its check character holds. A typo or a transposition of two digits always breaks the check
 * character (ISO 7064 MOD 11-2 catches every single substitution and adjacent swap), which is how a
 * comparison tells a mistyped number from another person's.
 *
 * @param value 18 characters, digits and a final digit or X
 * @param checks whether the check character is right
 * @param old whether it was recorded as a 15-digit number
 */
public record IdReading(String value, boolean checks, boolean old) {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  /** Reads a recorded number; none when it has neither the form of 18 nor of 15 characters. */
  public static @Nullable IdReading read(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String v = raw.strip().replace('x', 'X');
    if (v.length() == 15 && digits(v, 15)) {
      String upgraded = v.substring(0, 6) + "19" + v.substring(6);
      return new IdReading(upgraded + checkCharacter(upgraded), true, true);
    }
    if (v.length() == 18 && digits(v, 17) && (Character.isDigit(v.charAt(17)) || v.charAt(17) == 'X')) {
      return new IdReading(v, checkCharacter(v.substring(0, 17)) == v.charAt(17), false);
    }
    return null;
  }

  private static boolean digits(String v, int count) {
    for (int i = 0; i < count; i++) {
      if (!Character.isDigit(v.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }

  /** The birth date it encodes, when its check holds and the date is real. */
  public @Nullable LocalDate birthDate() {
    if (!checks) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The sex the order code encodes ({@code M} odd, {@code F} even), when the check holds. */
  public @Nullable String sex() {
    return checks ? ((value.charAt(16) - '0') % 2 == 1 ? "M" : "F") : null;
  }

  /** The first 17 characters, which say who it is (the 18th only checks them). */
  public String body() {
    return value.substring(0, 17);
  }
}
