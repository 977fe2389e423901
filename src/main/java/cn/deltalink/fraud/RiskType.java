package cn.deltalink.fraud;

import java.util.Locale;
import java.util.Optional;

/** What a risk entry is about; each kind has its own rule for a valid value. */
public enum RiskType {
  /** A phone number: a mainland mobile, a fixed line with its area code, or an international number. */
  PHONE,
  /** A bank card number (银行卡), Luhn-checked. */
  BANK_CARD,
  /** A bank account number (银行账户) that is not a card, e.g. a company's settlement account. */
  BANK_ACCOUNT,
  /** An account on a payment platform (支付账户), written {@code platform:account}. */
  PAYMENT_ACCOUNT,
  /** An IPv4 or IPv6 address. */
  IP_ADDRESS,
  /** A device id: IMEI, MEID, Android id, IDFA/UUID or MAC address. */
  DEVICE_ID,
  /** A web address or a domain (钓鱼网站). */
  URL,
  /** An app, by package name or by name. */
  APP,
  /** A person, by resident ID number. */
  PERSON;

  /** The type as the API spells it, e.g. {@code bank-card}. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every slug, comma-separated, as a refusal lists them. */
  public static String slugs() {
    return String.join(", ", java.util.Arrays.stream(values()).map(RiskType::slug).toList());
  }

  /** Reads a slug, also the common other spellings ({@code bank_card}, {@code mobile}, {@code account}, {@code domain}, {@code ip}). */
  public static Optional<RiskType> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Optional.ofNullable(
        switch (t) {
          case "phone", "mobile", "telephone", "phone-number" -> PHONE;
          case "bank-card", "card" -> BANK_CARD;
          case "bank-account", "account", "bank" -> BANK_ACCOUNT;
          case "payment-account", "wallet" -> PAYMENT_ACCOUNT;
          case "ip-address", "ip" -> IP_ADDRESS;
          case "device-id", "device" -> DEVICE_ID;
          case "url", "domain", "website", "site" -> URL;
          case "app" -> APP;
          case "person", "resident-id" -> PERSON;
          default -> null;
        });
  }
}
