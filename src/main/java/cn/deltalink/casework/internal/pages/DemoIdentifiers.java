package cn.deltalink.casework.internal.pages;

/** Valid identifiers for the demo cases, made with the rules the identity module checks. */
final class DemoIdentifiers {

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";
  private static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private DemoIdentifiers() {}

  /** A resident ID (GB 11643) from address code, birth date YYYYMMDD and a three-digit order code. */
  static String residentId(String county, String born, String order) {
    String body = county + born + order;
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return body + ID_CHECK.charAt(sum % 11);
  }

  /** A card number with its Luhn check digit. */
  static String card(String first18) {
    for (int d = 0; d <= 9; d++) {
      String candidate = first18 + d;
      if (luhn(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no Luhn digit");
  }

  /** A unified social credit code (GB 32100) with its check character. */
  static String creditCode(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CREDIT_CHARACTERS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return first17 + CREDIT_CHARACTERS.charAt(check == 31 ? 0 : check);
  }

  private static boolean luhn(String digits) {
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
