package cn.deltalink.population.internal.register;

import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.population.Resident;
import cn.deltalink.population.ResidentStatus;
import cn.deltalink.region.Divisions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * A resident from typed or imported fields, by the register's rules: a valid resident ID (15-digit
 * numbers converted), sex and birth date as the ID encodes them when given, a household address in a
 * known county of this node's province. Fails with {@link IllegalArgumentException} naming the rule.
 */
public final class ResidentInput {

  private ResidentInput() {}

  public static Resident resident(
      @Nullable String residentId,
      @Nullable String name,
      @Nullable String sex,
      @Nullable String birthDate,
      @Nullable String householdAddressCode,
      @Nullable String householdNumber,
      @Nullable String status,
      Divisions divisions,
      String province) {
    if (residentId == null || residentId.isBlank()) {
      throw new IllegalArgumentException("residentId is required");
    }
    ResidentIdNumber id;
    try {
      id = ResidentIds.parse(residentId);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("residentId: " + e.getMessage());
    }
    LocalDate born;
    try {
      born = birthDate == null || birthDate.isBlank() ? id.birthDate() : LocalDate.parse(birthDate.strip().replace('/', '-'));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("birthDate is a date such as 1980-01-31, not '" + birthDate.strip() + "'");
    }
    String s = sex == null || sex.isBlank() ? (id.gender() == ResidentIdNumber.Gender.MALE ? Resident.MALE : Resident.FEMALE) : sex;
    ResidentStatus st = status == null || status.isBlank() ? ResidentStatus.ACTIVE : ResidentStatus.parse(status);
    Resident resident = new Resident(id, name == null ? "" : name, s, born, householdAddressCode, householdNumber, st);
    if (divisions.find(resident.householdAddressCode().substring(0, 6)).isEmpty()) {
      throw new IllegalArgumentException("householdAddressCode " + resident.householdAddressCode() + " is not a known county of the region");
    }
    if (!resident.householdProvince().equals(province)) {
      throw new IllegalArgumentException("householdAddressCode " + resident.householdAddressCode() + " is not in this node's province (" + province + ")");
    }
    return resident;
  }
}
