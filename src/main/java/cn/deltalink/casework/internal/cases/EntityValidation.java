package cn.deltalink.casework.internal.cases;

import cn.deltalink.identity.AddressCodes;
import cn.deltalink.identity.BankCardNumber;
import cn.deltalink.identity.Checked;
import cn.deltalink.identity.MobileNumber;
import cn.deltalink.identity.PersonName;
import cn.deltalink.identity.Rejection;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.identity.UnifiedSocialCreditCode;
import cn.deltalink.identity.VehiclePlate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks an entity as typed against the identity rules and says which rule it breaks: resident ID
 * (GB 11643, sex and birth date agreeing with it), name, mobile, bank card (Luhn), plate (GA 36),
 * credit code (GB 32100), division code (GB/T 2260). Plain Java: the division codes and the clock
 * are handed in.
 */
public final class EntityValidation {

  /** The payment providers a payment account (第三方支付账户) may name. */
  public static final Set<String> PROVIDERS = Set.of("alipay", "wechat-pay", "unionpay-quickpass", "jd-pay", "douyin-pay", "other");

  private final AddressCodes codes;
  private final Clock clock;

  public EntityValidation(AddressCodes codes, Clock clock) {
    this.codes = codes;
    this.clock = clock;
  }

  public ValidEntity validate(EntityRequest request) {
    if (request.type() == null || request.type().isBlank()) {
      throw new EntityRejected("type", "entity.type", "type is required");
    }
    EntityType type;
    try {
      type = EntityType.parse(request.type());
    } catch (IllegalArgumentException e) {
      throw new EntityRejected("type", "entity.type", e.getMessage());
    }
    return switch (type) {
      case PERSON -> person(request);
      case PHONE -> {
        MobileNumber phone = checked("value", MobileNumber.parse(required("value", request.value())));
        yield new ValidEntity(type, phone.value(), phone.value(), Map.of("number", phone.value()), List.of());
      }
      case BANK_CARD -> {
        BankCardNumber card = checked("value", BankCardNumber.parse(required("value", request.value())));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", card.value());
        card.network().ifPresent(n -> details.put("network", n.slug()));
        optional(request.bank(), 60).ifPresent(b -> details.put("bank", b));
        yield new ValidEntity(type, card.value(), card.value(), details, List.of());
      }
      case BANK_ACCOUNT -> bankAccount(request);
      case PAYMENT_ACCOUNT -> paymentAccount(request);
      case VEHICLE -> {
        VehiclePlate plate = checked("value", VehiclePlate.parse(required("value", request.value())));
        yield new ValidEntity(type, plate.value(), plate.value(), Map.of("plate", plate.value(), "kind", plate.kind().slug()), List.of());
      }
      case COMPANY -> company(request);
      case ADDRESS -> address(request);
    };
  }

  private ValidEntity person(EntityRequest r) {
    LocalDate today = LocalDate.now(clock.withZone(ResidentIdNumber.CHINA));
    PersonName name = checked("name", PersonName.parse(required("name", r.name())));
    String idText = r.residentId() != null && !r.residentId().isBlank() ? r.residentId() : r.value();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", name.value());
    ResidentIdNumber id = null;
    if (idText != null && !idText.isBlank()) {
      id = checked("residentId", ResidentIdNumber.parse(idText, codes, today));
      details.put("residentId", id.value());
    }
    if (r.sex() != null && !r.sex().isBlank()) {
      String sex =
          switch (r.sex().strip().toLowerCase(Locale.ROOT)) {
            case "male", "m", "男" -> "male";
            case "female", "f", "女" -> "female";
            default -> throw new EntityRejected("sex", "person.sex", "sex is male or female");
          };
      if (id != null && !sex.equals(id.gender().name().toLowerCase(Locale.ROOT))) {
        throw new EntityRejected("sex", "person.sex-disagrees", "sex " + sex + " disagrees with the resident ID's order code");
      }
      details.put("sex", sex);
    } else if (id != null) {
      details.put("sex", id.gender().name().toLowerCase(Locale.ROOT));
    }
    if (r.birthDate() != null && !r.birthDate().isBlank()) {
      LocalDate born;
      try {
        born = LocalDate.parse(r.birthDate().strip());
      } catch (DateTimeParseException e) {
        throw new EntityRejected("birthDate", "person.birth-date", "birthDate is a date YYYY-MM-DD");
      }
      if (born.isAfter(today)) {
        throw new EntityRejected("birthDate", "person.birth-date-future", "birthDate is in the future");
      }
      if (id != null && !born.equals(id.birthDate())) {
        throw new EntityRejected("birthDate", "person.birth-date-disagrees", "birthDate " + born + " disagrees with the resident ID's " + id.birthDate());
      }
      details.put("birthDate", born.toString());
    } else if (id != null) {
      details.put("birthDate", id.birthDate().toString());
    }
    List<String> phones = new ArrayList<>();
    List<String> given = r.phones() == null ? List.of() : r.phones();
    if (given.size() > 10) {
      throw new EntityRejected("phones", "person.phones", "at most 10 phones per person");
    }
    for (String p : given) {
      MobileNumber phone = checked("phones", MobileNumber.parse(p == null ? "" : p));
      if (!phones.contains(phone.value())) {
        phones.add(phone.value());
      }
    }
    details.put("phones", List.copyOf(phones));
    return new ValidEntity(EntityType.PERSON, id == null ? null : id.value(), name.value(), details, phones);
  }

  private ValidEntity bankAccount(EntityRequest r) {
    String number = required("value", r.value()).replaceAll("[\\s-]", "");
    if (!number.matches("\\d{8,30}")) {
      throw new EntityRejected("value", "bank-account.form", "a bank account number is 8 to 30 digits");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("number", number);
    optional(r.bank(), 60).ifPresent(b -> details.put("bank", b));
    return new ValidEntity(EntityType.BANK_ACCOUNT, number, number, details, List.of());
  }

  private ValidEntity paymentAccount(EntityRequest r) {
    String provider = required("provider", r.provider()).strip().toLowerCase(Locale.ROOT);
    if (!PROVIDERS.contains(provider)) {
      throw new EntityRejected("provider", "payment-account.provider", "provider is one of " + String.join(", ", PROVIDERS.stream().sorted().toList()));
    }
    String account = required("value", r.value()).strip();
    if (account.length() < 3 || account.length() > 64 || !account.matches("[\\p{L}\\p{N}@._+-]+")) {
      throw new EntityRejected("value", "payment-account.form", "a payment account is 3 to 64 letters, digits or @._+-");
    }
    if (account.matches("1\\d{10}")) {
      account = checked("value", MobileNumber.parse(account)).value();
    }
    String key = provider + ":" + account.toLowerCase(Locale.ROOT);
    return new ValidEntity(EntityType.PAYMENT_ACCOUNT, key, provider + " " + account, Map.of("provider", provider, "account", account), List.of());
  }

  private ValidEntity company(EntityRequest r) {
    String codeText = r.creditCode() != null && !r.creditCode().isBlank() ? r.creditCode() : r.value();
    UnifiedSocialCreditCode code = checked("creditCode", UnifiedSocialCreditCode.parse(required("creditCode", codeText)));
    String name = required("name", r.name()).strip();
    if (name.length() < 2 || name.length() > 100) {
      throw new EntityRejected("name", "company.name", "a company name is 2 to 100 characters");
    }
    return new ValidEntity(EntityType.COMPANY, code.value(), name, Map.of("creditCode", code.value(), "name", name), List.of());
  }

  private ValidEntity address(EntityRequest r) {
    String division = required("divisionCode", r.divisionCode()).strip();
    if (!division.matches("\\d{6}")) {
      throw new EntityRejected("divisionCode", "address.division-code", "divisionCode is a six-digit GB/T 2260 code");
    }
    if (!codes.isKnown(division)) {
      throw new EntityRejected("divisionCode", "address.division-unknown", "division code " + division + " is not a known GB/T 2260 code");
    }
    String text = required("value", r.value()).strip();
    if (text.length() < 2 || text.length() > 200 || text.chars().anyMatch(Character::isISOControl)) {
      throw new EntityRejected("value", "address.text", "an address is 2 to 200 characters without control characters");
    }
    String full = codes.fullName(division).orElse("") + text;
    full = full.length() > 200 ? full.substring(0, 200) : full;
    return new ValidEntity(EntityType.ADDRESS, null, full, Map.of("divisionCode", division, "address", text), List.of());
  }

  private static String required(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new EntityRejected(field, "entity.required", field + " is required");
    }
    return value;
  }

  private static java.util.Optional<String> optional(@Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      return java.util.Optional.empty();
    }
    String v = value.strip();
    if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
      throw new EntityRejected("bank", "entity.text", "at most " + max + " characters without control characters");
    }
    return java.util.Optional.of(v);
  }

  private static <T> T checked(String field, Checked<T> checked) {
    return checked.value().orElseThrow(() -> {
      Rejection r = checked.rejection().orElseThrow();
      return new EntityRejected(field, r.rule(), r.message());
    });
  }
}
