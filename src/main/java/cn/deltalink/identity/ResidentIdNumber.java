package cn.deltalink.identity;

import cn.deltalink.identity.internal.CheckCharacters;
import cn.deltalink.identity.internal.TypedText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A citizen identity number (公民身份号码) of GB 11643-1999: six-digit address code, birth date
 * YYYYMMDD, three-digit order code (odd for men) and an ISO 7064 MOD 11-2 check character.
 *
 * <p>The constructor enforces what the number itself can prove (form, a real birth date from 1900 on,
 * the check character). Whether the address code is known and the birth date has passed depend on a
 * division table and on today, so {@link #parse(String, AddressCodes, LocalDate)} checks those too;
 * input from people goes through {@code parse}.
 */
public record ResidentIdNumber(String value) {

  /** The dates in this country are Beijing time, whatever the server's zone. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /** Sex as the order code encodes it. */
  public enum Gender {
    MALE,
    FEMALE
  }

  public ResidentIdNumber {
    Rejection rejection = form(value);
    if (rejection == null) {
      rejection = birthDate(value);
    }
    if (rejection == null) {
      rejection = checkCharacter(value);
    }
    if (rejection != null) {
      throw new InvalidIdentifier(rejection);
    }
  }

  /** Checks typed input against every rule; the first that fails is the rejection. */
  public static Checked<ResidentIdNumber> parse(String raw, AddressCodes codes, LocalDate today) {
    String v = TypedText.compact(raw).replace('x', 'X');
    Rejection rejection = form(v);
    if (rejection == null && !codes.isKnown(v.substring(0, 6))) {
      rejection = Rejection.of("resident-id.address-code", "address code " + v.substring(0, 6) + " is not a known GB/T 2260 division code", v.substring(0, 6));
    }
    if (rejection == null) {
      rejection = birthDate(v);
    }
    if (rejection == null && parseDate(v).isAfter(today)) {
      rejection = Rejection.of("resident-id.birth-date-future", "birth date " + v.substring(6, 14) + " is in the future", v.substring(6, 14));
    }
    return rejection == null ? Checked.attempt(v, ResidentIdNumber::new) : Checked.rejected(rejection);
  }

  private static @Nullable Rejection form(String v) {
    if (v.isEmpty()) {
      return Rejection.of("resident-id.empty", "enter an 18-character resident ID number");
    }
    int length = TypedText.length(v);
    if (length == 15 && v.chars().allMatch(Character::isDigit)) {
      return Rejection.of("resident-id.first-generation", "15-digit first-generation numbers are no longer valid; use the 18-digit number");
    }
    if (length != 18 || v.length() != 18) {
      return Rejection.of("resident-id.length", "a resident ID number has 18 characters, not " + length, length);
    }
    for (int i = 0; i < 18; i++) {
      char c = v.charAt(i);
      if (!(c >= '0' && c <= '9') && !(i == 17 && c == 'X')) {
        return Rejection.of(
            "resident-id.characters",
            "character '" + c + "' at position " + (i + 1) + " is not allowed: the first 17 are digits, the last a digit or X",
            c,
            i + 1);
      }
    }
    return null;
  }

  private static @Nullable Rejection birthDate(String v) {
    String digits = v.substring(6, 14);
    LocalDate date;
    try {
      date = parseDate(v);
    } catch (DateTimeException e) {
      return Rejection.of("resident-id.birth-date", "birth date " + digits + " is not a real date", digits);
    }
    if (date.isBefore(EARLIEST_BIRTH)) {
      return Rejection.of("resident-id.birth-date-early", "birth date " + digits + " is before 1900", digits);
    }
    return null;
  }

  private static @Nullable Rejection checkCharacter(String v) {
    char expected = CheckCharacters.residentId(v.substring(0, 17));
    if (v.charAt(17) != expected) {
      return Rejection.of("resident-id.check-character", "check character should be " + expected + ", not " + v.charAt(17), expected, v.charAt(17));
    }
    return null;
  }

  private static LocalDate parseDate(String v) {
    return LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(12, 14)));
  }

  /** The GB/T 2260 code of the place of first registration. */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** The full name of the address code's division in the given table, when it is there. */
  public Optional<String> region(AddressCodes codes) {
    return codes.fullName(addressCode());
  }

  public LocalDate birthDate() {
    return parseDate(value);
  }

  /** The three-digit order code among people of the same place and birthday. */
  public String orderCode() {
    return value.substring(14, 17);
  }

  public Gender gender() {
    return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
  }

  /** Completed years of age on the given day. */
  public int ageOn(LocalDate day) {
    return Period.between(birthDate(), day).getYears();
  }

  /** For display: the address code (first 6) and the last 4 characters, by {@link Masks}. */
  public String masked() {
    return Masks.residentId(value);
  }

  @Override
  public String toString() {
    return masked();
  }
}
