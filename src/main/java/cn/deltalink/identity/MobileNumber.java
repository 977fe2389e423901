package cn.deltalink.identity;

import cn.deltalink.identity.internal.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * A mainland mobile phone number (手机号码): 11 digits, 1 then 3 to 9. Typed input may carry the
 * country code (+86, 0086 or 86), spaces, dashes and brackets; the value is the bare 11 digits.
 */
public record MobileNumber(String value) {

  public MobileNumber {
    Rejection rejection = rejection(value);
    if (rejection != null) {
      throw new InvalidIdentifier(rejection);
    }
  }

  public static Checked<MobileNumber> parse(String raw) {
    String v = TypedText.compact(raw).replace("(", "").replace(")", "");
    if (v.startsWith("+86")) {
      v = v.substring(3);
    } else if (v.startsWith("0086")) {
      v = v.substring(4);
    } else if (v.length() == 13 && v.startsWith("86")) {
      v = v.substring(2);
    }
    Rejection rejection = rejection(v);
    return rejection == null ? Checked.attempt(v, MobileNumber::new) : Checked.rejected(rejection);
  }

  private static @Nullable Rejection rejection(String v) {
    if (v.isEmpty()) {
      return Rejection.of("mobile.empty", "enter an 11-digit mobile number");
    }
    if (!v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Rejection.of("mobile.characters", "a mobile number has only digits, after an optional +86 or 0086");
    }
    if (v.length() != 11) {
      return Rejection.of("mobile.length", "a mobile number has 11 digits, not " + v.length(), v.length());
    }
    if (v.charAt(0) != '1' || v.charAt(1) < '3') {
      return Rejection.of("mobile.prefix", "mobile numbers start with 13 to 19, not " + v.substring(0, 2), v.substring(0, 2));
    }
    return null;
  }

  /** For display: the first 3 and the last 4 digits, e.g. 138****5678. */
  public String masked() {
    return Masks.mobile(value);
  }

  @Override
  public String toString() {
    return masked();
  }
}
