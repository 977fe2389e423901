package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;

import cn.deltalink.fraud.internal.Refused;
import cn.deltalink.identity.MobileNumber;

/**
 * A phone number a fraud came from: a mainland mobile (checked by {@link MobileNumber}), a fixed line
 * with its area code (0 then 9 to 11 digits, as 021-12345678), a service number (95xxx, 96xxx, 400 and
 * 800 lines) or an international number (+ and 8 to 15 digits, not +86). The value is digits only,
 * an international number keeps its +.
 */
record PhoneNumber(String value) {

  PhoneNumber {
    value = canonical(value.strip());
  }

  private static String canonical(String raw) {
    String v = raw.replace(" ", "").replace("-", "").replace("(", "").replace(")", "");
    if (v.startsWith("+") && !v.startsWith("+86") || v.startsWith("00") && !v.startsWith("0086")) {
      String digits = v.startsWith("+") ? v.substring(1) : v.substring(2);
      if (!digits.matches("[1-9][0-9]{7,14}")) {
        throw rule("fraud.refused.phone.international");
      }
      return "+" + digits;
    }
    String national = v.startsWith("+86") ? v.substring(3) : v.startsWith("0086") ? v.substring(4) : v;
    if (national.startsWith("0")) {
      if (!national.matches("0[1-9][0-9]{8,10}")) {
        throw rule("fraud.refused.phone.fixedLine");
      }
      return national;
    }
    if (national.matches("(95|96)[0-9]{3,6}|(400|800)[0-9]{7}")) {
      return national;
    }
    var mobile = MobileNumber.parse(national);
    return mobile.value().map(MobileNumber::value).orElseThrow(() -> mobile.rejection().map(Refused::identity).orElseGet(() -> rule("fraud.refused.phone")));
  }
}
