package cn.deltalink.checkpoint.internal.matching;

/**
 * Resident ID numbers as index keys: the first 17 digits of the 18-character form as a {@code long}.
 * A 15-digit first-generation number becomes that form by putting {@code 19} before its two-digit
 * year (the rule by which the 18-character numbers were issued to holders of old cards), so both
 * generations of one person's number give one key. The check character is derived, not stored.
 */
final class ResidentIds {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();

  private ResidentIds() {}

  static String normalised(String raw) {
    return ReadText.folded(raw);
  }

  /** The key of a normalised number, or -1 when it has neither form. */
  static long key(String v) {
    int n = v.length();
    if (n == 18) {
      char last = v.charAt(17);
      if (!(last >= '0' && last <= '9') && last != 'X') {
        return -1;
      }
      return digits(v, 0, 17, 0);
    }
    if (n == 15) {
      long prefix = digits(v, 0, 6, 0);
      if (prefix < 0 || !allDigits(v, 6, 15)) {
        return -1;
      }
      return digits(v, 6, 15, prefix * 100 + 19);
    }
    return -1;
  }

  /** Whether the number read is a 15-digit first-generation number. */
  static boolean isFirstGeneration(String v) {
    return v.length() == 15;
  }

  /** Whether an 18-character number's check character is the one its 17 digits give. */
  static boolean checkCharacterHolds(String v) {
    return v.length() != 18 || v.charAt(17) == checkCharacter(key(v));
  }

  static char checkCharacter(long key) {
    int sum = 0;
    for (int i = 16; i >= 0; i--) {
      sum += (int) (key % 10) * WEIGHTS[i];
      key /= 10;
    }
    return CHECK[sum % 11];
  }

  /** The 18-character number of a key. */
  static String eighteen(long key) {
    String digits = String.format("%017d", key);
    return digits + checkCharacter(key);
  }

  private static long digits(String v, int from, int to, long start) {
    long value = start;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean allDigits(String v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
