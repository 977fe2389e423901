package cn.deltalink.identity;

import cn.deltalink.identity.internal.DerivedFields;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a typed value as one kind of identifier and says what follows from it: the birth date and
 * region of a resident ID, the province of a plate, the pinyin keys of a name. The caller records
 * the check in the audit trail with {@link Outcome#maskedValue()}, never the value itself.
 */
public final class IdentifierCheck {

  private final AddressCodes addressCodes;
  private final Clock clock;

  /** @param clock the clock that decides what "today" is for birth dates and ages (Beijing time) */
  public IdentifierCheck(AddressCodes addressCodes, Clock clock) {
    this.addressCodes = addressCodes;
    this.clock = clock;
  }

  /**
   * The result of one check. {@code derived} lists what follows from a valid value, in a stable
   * order, as strings, numbers and lists of strings.
   */
  public record Outcome(IdentifierType type, @Nullable Rejection rejection, Map<String, Object> derived, String maskedValue) {

    public Outcome {
      derived = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(derived));
    }

    public boolean valid() {
      return rejection == null;
    }

    public Optional<Rejection> reason() {
      return Optional.ofNullable(rejection);
    }
  }

  public Outcome check(IdentifierType type, String value) {
    LocalDate today = LocalDate.now(clock.withZone(ResidentIdNumber.CHINA));
    DerivedFields fields = new DerivedFields(addressCodes, today);
    return switch (type) {
      case RESIDENT_ID -> outcome(type, value, ResidentIdNumber.parse(value, addressCodes, today), fields::of, ResidentIdNumber::masked);
      case CREDIT_CODE -> outcome(type, value, UnifiedSocialCreditCode.parse(value), fields::of, UnifiedSocialCreditCode::masked);
      case PLATE -> outcome(type, value, VehiclePlate.parse(value), fields::of, VehiclePlate::masked);
      case MOBILE -> outcome(type, value, MobileNumber.parse(value), fields::of, MobileNumber::masked);
      case BANK_CARD -> outcome(type, value, BankCardNumber.parse(value), fields::of, BankCardNumber::masked);
      case NAME -> outcome(type, value, PersonName.parse(value), fields::of, PersonName::masked);
    };
  }

  private static <T> Outcome outcome(
      IdentifierType type, String raw, Checked<T> checked, java.util.function.Function<T, Map<String, Object>> derive, java.util.function.Function<T, String> mask) {
    return checked
        .value()
        .map(v -> new Outcome(type, null, derive.apply(v), mask.apply(v)))
        .orElseGet(() -> new Outcome(type, checked.rejection().orElseThrow(), Map.of(), Masks.unchecked(raw)));
  }

}
