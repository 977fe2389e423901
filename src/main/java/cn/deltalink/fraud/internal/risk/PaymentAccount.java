package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;

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
      throw rule("fraud.refused.payment.form");
    }
    String platform = raw.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String account = raw.substring(colon + 1).strip();
    if (!PLATFORMS.contains(platform)) {
      throw rule("fraud.refused.payment.platform", String.join(", ", PLATFORMS.stream().sorted().toList()));
    }
    if (!account.matches("[A-Za-z0-9_.@+-]{3,64}")) {
      throw rule("fraud.refused.payment.account");
    }
    return platform + ":" + account;
  }
}
