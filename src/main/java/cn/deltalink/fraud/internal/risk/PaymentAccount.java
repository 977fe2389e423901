package cn.deltalink.fraud.internal.risk;

import java.util.Locale;
import java.util.Set;

/**
 * An account on a payment platform (支付账户): {@code platform:account}, e.g. {@code alipay:13812345678}
 * or {@code wechat:wxid_abc123}. The platform is one of the known ones; the account is what the
 * platform shows (a phone, an e-mail or its own id).
 */
record PaymentAccount(String value) {

  static final Set<String> PLATFORMS = Set.of("alipay", "wechat", "unionpay", "jdpay", "douyin", "meituan", "paypal", "other");

  PaymentAccount {
    value = canonical(value.strip());
  }

  private static String canonical(String raw) {
    int colon = raw.indexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("a payment account is written platform:account, e.g. alipay:13812345678");
    }
    String platform = raw.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String account = raw.substring(colon + 1).strip();
    if (!PLATFORMS.contains(platform)) {
      throw new IllegalArgumentException("the platform is one of " + String.join(", ", PLATFORMS.stream().sorted().toList()));
    }
    if (!account.matches("[A-Za-z0-9_.@+-]{3,64}")) {
      throw new IllegalArgumentException("the account on the platform is 3 to 64 letters, digits or _ . @ + -");
    }
    return platform + ":" + account;
  }
}
