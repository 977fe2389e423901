package cn.deltalink.resolution.internal.core;

import cn.deltalink.resolution.PersonRecord;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record read for comparison. Birth date and sex come from the ID number when its check holds
 * (the number is what the card says), else from the recorded fields.
 */
public record Features(PersonRecord record, @Nullable IdReading id, @Nullable NameReading name, @Nullable LocalDate birthDate, @Nullable String sex, @Nullable String phone) {

  /** Reads a record; names are read once per distinct spelling through the given cache. */
  public static Features of(PersonRecord r, Map<String, NameReading> names) {
    IdReading id = IdReading.read(r.residentId());
    NameReading name = null;
    if (r.name() != null) {
      name = names.computeIfAbsent(r.name(), n -> {
        NameReading read = NameReading.read(n);
        return read == null ? NOT_A_NAME : read;
      });
      name = name == NOT_A_NAME ? null : name;
    }
    LocalDate birth = id != null && id.birthDate() != null ? id.birthDate() : r.birthDate();
    String sex = id != null && id.sex() != null ? id.sex() : sex(r.sex());
    return new Features(r, id, name, birth, sex, phone(r.phone()));
  }

  private static final NameReading NOT_A_NAME = new NameReading("", false, "", java.util.Set.of());

  static @Nullable String sex(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "m", "male", "男", "1" -> "M";
      case "f", "female", "女", "2" -> "F";
      default -> null;
    };
  }

  static @Nullable String phone(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String digits = raw.replaceAll("[\\s-]", "");
    if (digits.startsWith("+86")) {
      digits = digits.substring(3);
    }
    return digits.matches("1[3-9][0-9]{9}") ? digits : null;
  }
}
