package cn.deltalink.fraud.internal.risk;

import static cn.deltalink.fraud.internal.Refused.rule;
import static cn.deltalink.platform.RefusalTexts.term;

import cn.deltalink.fraud.RiskType;
import cn.deltalink.fraud.internal.Refused;
import cn.deltalink.fraud.internal.RuleBroken;
import cn.deltalink.identity.AddressCodes;
import cn.deltalink.identity.BankCardNumber;
import cn.deltalink.identity.Checked;
import cn.deltalink.identity.ResidentIdNumber;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one place where a risk value is checked and written the same way every time, so that a phone
 * typed as +86 138-1234-5678 and one typed as 13812345678 meet in the database. The rule broken is
 * a {@link RuleBroken}, in the officer's language on a page.
 */
@Component
public class RiskValues {

  private final AddressCodes codes;

  RiskValues(AddressCodes codes) {
    this.codes = codes;
  }

  /** The value in its canonical form; fails naming the rule the raw text breaks. */
  public String normalise(RiskType type, String raw) {
    if (raw.isBlank()) {
      throw ofType(type, rule("fraud.refused.value.empty"));
    }
    try {
      return switch (type) {
        case PHONE -> new PhoneNumber(raw).value();
        case BANK_CARD -> checked(BankCardNumber.parse(raw)).value();
        case BANK_ACCOUNT -> new BankAccount(raw).value();
        case PAYMENT_ACCOUNT -> new PaymentAccount(raw).value();
        case IP_ADDRESS -> new IpAddress(raw).value();
        case DEVICE_ID -> new DeviceId(raw).value();
        case URL -> new WebAddress(raw).value();
        case APP -> new AppName(raw).value();
        case PERSON -> checked(ResidentIdNumber.parse(raw, codes, LocalDate.now(ResidentIdNumber.CHINA))).value();
      };
    } catch (RuleBroken e) {
      RuleBroken broken = ofType(type, e);
      broken.initCause(e);
      throw broken;
    }
  }

  /**
   * The values an entry may be held under for a screened value: the value itself and, for a site,
   * the host and its parent domains (a domain entry covers every page on it).
   */
  public List<String> lookupKeys(RiskType type, String normalised) {
    if (type == RiskType.URL) {
      WebAddress site = new WebAddress(normalised);
      List<String> keys = new java.util.ArrayList<>();
      keys.add(normalised);
      site.domains().stream().filter(d -> !d.equals(normalised)).forEach(keys::add);
      return keys;
    }
    return List.of(normalised);
  }

  /**
   * A payee account of a victim report: a card number when it passes the card's rule, a payment
   * account when written platform:account, else a bank account number.
   */
  public Typed account(String raw) {
    if (raw.contains(":")) {
      return new Typed(RiskType.PAYMENT_ACCOUNT, normalise(RiskType.PAYMENT_ACCOUNT, raw));
    }
    Checked<BankCardNumber> card = BankCardNumber.parse(raw);
    if (card.isValid()) {
      return new Typed(RiskType.BANK_CARD, card.orElseThrow().value());
    }
    return new Typed(RiskType.BANK_ACCOUNT, normalise(RiskType.BANK_ACCOUNT, raw));
  }

  /** A value with its type. */
  public record Typed(RiskType type, String value) {}

  /** The rule as broken by a value of this type: the API names the type's slug, a page the type in its words. */
  private static RuleBroken ofType(RiskType type, RuleBroken broken) {
    return rule("fraud.refused.value", term("fraud.type." + type.slug(), type.slug()), type.slug(), broken.reason());
  }

  private static <T> T checked(Checked<T> checked) {
    return checked.value().orElseThrow(() -> checked.rejection().map(Refused::identity).orElseGet(() -> rule("fraud.refused.value.invalid")));
  }
}
