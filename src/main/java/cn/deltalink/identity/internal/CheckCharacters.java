package cn.deltalink.identity.internal;

/**
 * The three check-character schemes the identifiers use. Each method computes what the check
 * character should be, so that a rejection can say it.
 */
public final class CheckCharacters {

  private static final int[] RESIDENT_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String RESIDENT_ID_CHARACTERS = "10X98765432";

  /** The 31 characters of GB 32100, in the order of their values 0..30 (I, O, S, V, Z left out). */
  public static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CheckCharacters() {}

  /** ISO 7064 MOD 11-2 as GB 11643 applies it to the first 17 digits of a resident ID number. */
  public static char residentId(String first17Digits) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17Digits.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
    }
    return RESIDENT_ID_CHARACTERS.charAt(sum % 11);
  }

  /** GB 32100's MOD 31 over the first 17 characters of a unified social credit code. */
  public static char creditCode(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_CODE_CHARACTERS.indexOf(first17.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return CREDIT_CODE_CHARACTERS.charAt(check == 31 ? 0 : check);
  }

  /** Whether a string of digits passes the Luhn (mod 10) check that card numbers carry. */
  public static boolean luhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
