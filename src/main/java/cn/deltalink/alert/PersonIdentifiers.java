package cn.deltalink.alert;

import cn.deltalink.identity.PersonName;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.identity.ResidentIdNumber.Gender;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who a person alert is about: the resident ID number, and/or name with birth date and sex, and any
 * aliases. With an ID number, birth date and sex come from it; when also given they must agree.
 */
public record PersonIdentifiers(@Nullable ResidentIdNumber residentId, @Nullable PersonName name, List<PersonName> aliases, @Nullable Gender sex, @Nullable LocalDate birthDate) {

  public static final int MAX_ALIASES = 10;

  public PersonIdentifiers {
    aliases = List.copyOf(aliases);
    if (residentId == null && name == null) {
      throw new IllegalArgumentException("a person alert names the person: a resident ID number or a name");
    }
    if (aliases.size() > MAX_ALIASES) {
      throw new IllegalArgumentException("a person alert lists at most " + MAX_ALIASES + " aliases");
    }
    if (residentId != null) {
      if (birthDate != null && !birthDate.equals(residentId.birthDate())) {
        throw new IllegalArgumentException("birthDate " + birthDate + " does not agree with the resident ID number's " + residentId.birthDate());
      }
      if (sex != null && sex != residentId.gender()) {
        throw new IllegalArgumentException("sex " + sex.name().toLowerCase(java.util.Locale.ROOT) + " does not agree with the resident ID number");
      }
      birthDate = residentId.birthDate();
      sex = residentId.gender();
    }
  }

  /** Whether a manual check by name can find this person: a name (or alias) with birth date and sex. */
  public boolean findableByDetails() {
    return name != null && birthDate != null && sex != null;
  }
}
