package cn.deltalink.population;

import cn.deltalink.identity.ResidentIdNumber;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One person in a province's population register (户籍人口).
 *
 * <p>The record holds what the number itself proves: the birth date and sex must be the ones the
 * resident ID encodes (GB 11643), because a register that disagrees with the card it issued is wrong
 * in one of the two places.
 *
 * @param residentId the 18-character resident ID (first-generation 15-digit numbers are converted before)
 * @param name the name as registered, 1-64 characters
 * @param sex {@code male} or {@code female}
 * @param birthDate as the resident ID encodes it
 * @param householdAddressCode the GB/T 2260 code (6 digits, or 9/12 with township and village) of the household's address
 * @param householdNumber the household number (户号), 1-32 letters or digits
 * @param status whether the person is registered here now
 */
public record Resident(
    ResidentIdNumber residentId,
    String name,
    String sex,
    LocalDate birthDate,
    String householdAddressCode,
    String householdNumber,
    ResidentStatus status) {

  public static final String MALE = "male";
  public static final String FEMALE = "female";

  public Resident {
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(status, "status");
    name = name == null ? "" : name.strip();
    if (name.isEmpty() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("name is 1-64 characters without control characters");
    }
    sex = sex == null ? "" : normalSex(sex);
    String encoded = residentId.gender() == ResidentIdNumber.Gender.MALE ? MALE : FEMALE;
    if (!sex.equals(encoded)) {
      throw new IllegalArgumentException("sex '" + sex + "' is not the one the resident ID encodes (" + encoded + ")");
    }
    if (birthDate == null || !birthDate.equals(residentId.birthDate())) {
      throw new IllegalArgumentException("birth date " + birthDate + " is not the one the resident ID encodes (" + residentId.birthDate() + ")");
    }
    householdAddressCode = householdAddressCode == null ? "" : householdAddressCode.strip();
    if (!householdAddressCode.matches("\\d{6}|\\d{9}|\\d{12}")) {
      throw new IllegalArgumentException("householdAddressCode is a GB/T 2260 code of 6, 9 or 12 digits");
    }
    householdNumber = householdNumber == null ? "" : householdNumber.strip().toUpperCase(Locale.ROOT);
    if (!householdNumber.matches("[0-9A-Z]{1,32}")) {
      throw new IllegalArgumentException("householdNumber is 1-32 letters or digits");
    }
  }

  /** The province (two-digit GB/T 2260 code) of the household's address. */
  public String householdProvince() {
    return householdAddressCode.substring(0, 2);
  }

  public Resident withStatus(ResidentStatus newStatus) {
    return new Resident(residentId, name, sex, birthDate, householdAddressCode, householdNumber, newStatus);
  }

  /** Reads {@code male}/{@code female}, {@code M}/{@code F} or 男/女. */
  static String normalSex(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "male", "m", "男" -> MALE;
      case "female", "f", "女" -> FEMALE;
      default -> throw new IllegalArgumentException("sex is male or female, not '" + text.strip() + "'");
    };
  }
}
