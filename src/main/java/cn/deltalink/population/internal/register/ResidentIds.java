package cn.deltalink.population.internal.register;

import cn.deltalink.identity.ResidentIdNumber;
import java.util.Locale;

/**
 * Resident IDs as the register keeps them: always the 18-character form. A 15-digit first-generation
 * number (still found in old household books and exports) becomes its 18-character number by the rule
 * by which the new numbers were issued: {@code 19} before the two-digit year and the check character
 * computed; so both generations of one person's number are one key here and in the sweep's hashes.
 */
public final class ResidentIds {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";

  private ResidentIds() {}

  /** The 18-character form of typed text (spaces removed, x upper-cased, 15 digits converted); the text itself when it is neither form. */
  public static String eighteen(String raw) {
    String v = raw.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    if (v.length() == 15 && v.chars().allMatch(Character::isDigit)) {
      String body = v.substring(0, 6) + "19" + v.substring(6);
      return body + checkCharacter(body);
    }
    return v;
  }

  /**
   * The resident ID of typed text in either generation; fails with {@link IllegalArgumentException}
   * (an {@code InvalidIdentifier}) naming the broken rule.
   */
  public static ResidentIdNumber parse(String raw) {
    return new ResidentIdNumber(eighteen(raw));
  }

  /** The check character of 17 digits (ISO 7064 MOD 11-2). */
  public static char checkCharacter(String body17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK.charAt(sum % 11);
  }
}
