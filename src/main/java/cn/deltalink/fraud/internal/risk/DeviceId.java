package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;

import java.util.Locale;

/**
 * A device id as phones and apps report it: an IMEI (15 digits, Luhn check), a MEID (14 hex digits),
 * an Android id (16 hex digits), an IDFA or other UUID, or a MAC address. The value is upper-case
 * without separators except the UUID's hyphens and the MAC's colons.
 */
record DeviceId(String value) {

  DeviceId {
    value = canonical(value.strip());
  }

  private static String canonical(String raw) {
    String v = raw.toUpperCase(Locale.ROOT);
    if (v.matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")) {
      return v;
    }
    if (v.matches("([0-9A-F]{2}[:-]){5}[0-9A-F]{2}")) {
      return v.replace('-', ':');
    }
    String compact = v.replace(" ", "").replace("-", "");
    if (compact.matches("[0-9]{15}")) {
      if (!luhn(compact)) {
        throw rule("fraud.refused.device.imei");
      }
      return compact;
    }
    if (compact.matches("[0-9A-F]{14}") || compact.matches("[0-9A-F]{16}")) {
      return compact;
    }
    throw rule("fraud.refused.device");
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
