package cn.deltalink.alert.internal;

import cn.deltalink.identity.AddressCodes;

import cn.deltalink.alert.ActionOnHit;
import cn.deltalink.alert.AlertCategory;
import cn.deltalink.alert.AlertKind;
import cn.deltalink.alert.DocumentIdentifiers;
import cn.deltalink.alert.PersonIdentifiers;
import cn.deltalink.alert.VehicleIdentifiers;
import cn.deltalink.alert.WarningMarker;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.identity.InvalidIdentifier;
import cn.deltalink.identity.PersonName;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.identity.ResidentIdNumber.Gender;
import cn.deltalink.identity.VehiclePlate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of an alert as an officer or another node sent them. Each wrong field fails with
 * an {@link IllegalArgumentException} whose message names the field and the rule it breaks (for an
 * identifier, the rule of its value type).
 */
final class AlertForm {

  static final int MAX_CASE_NUMBER = 64;
  static final int MAX_CONTACT = 200;

  private AlertForm() {}

  /** The checked fields of an alert. */
  record Fields(
      AlertCategory category,
      @Nullable PersonIdentifiers person,
      @Nullable VehicleIdentifiers vehicle,
      @Nullable DocumentIdentifiers document,
      String reason,
      @Nullable String caseNumber,
      Set<WarningMarker> warningMarkers,
      ActionOnHit actionOnHit,
      HandlingCode handlingCode,
      LocalDate validUntil,
      @Nullable LocalDate reviewDate,
      @Nullable String dutyContact) {}

  static Fields fields(
      AddressCodes codes,
      @Nullable String kind,
      @Nullable String category,
      AlertJson.@Nullable Person person,
      AlertJson.@Nullable Vehicle vehicle,
      AlertJson.@Nullable Document document,
      @Nullable String reason,
      @Nullable String caseNumber,
      @Nullable List<String> warningMarkers,
      @Nullable String actionOnHit,
      @Nullable String handlingCode,
      @Nullable String validUntil,
      @Nullable String reviewDate,
      @Nullable String dutyContact) {
    AlertKind k = AlertKind.parse(required("kind", kind));
    AlertCategory c = AlertCategory.parse(k, required("category", category));
    PersonIdentifiers p = k == AlertKind.PERSON ? person(codes, person) : absent("person", person);
    VehicleIdentifiers v = k == AlertKind.VEHICLE ? vehicle(vehicle) : absent("vehicle", vehicle);
    DocumentIdentifiers d = k == AlertKind.DOCUMENT ? document(codes, document) : absent("document", document);
    Set<WarningMarker> markers = EnumSet.noneOf(WarningMarker.class);
    if (warningMarkers != null) {
      if (warningMarkers.size() > WarningMarker.values().length) {
        throw new IllegalArgumentException("warningMarkers lists each marker at most once");
      }
      for (String marker : warningMarkers) {
        markers.add(WarningMarker.parse(required("warningMarkers", marker)));
      }
    }
    ActionOnHit action = blank(actionOnHit) ? c.defaultAction() : ActionOnHit.parse(actionOnHit);
    return new Fields(
        c,
        p,
        v,
        d,
        text("reason", reason, cn.deltalink.alert.WantedAlert.MAX_REASON, true),
        text("caseNumber", caseNumber, MAX_CASE_NUMBER, false),
        markers,
        action,
        handlingCode(handlingCode),
        date("validUntil", required("validUntil", validUntil)),
        blank(reviewDate) ? null : date("reviewDate", reviewDate),
        text("dutyContact", dutyContact, MAX_CONTACT, false));
  }

  static HandlingCode handlingCode(@Nullable String value) {
    if (blank(value)) {
      return HandlingCode.H0;
    }
    try {
      return HandlingCode.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("handlingCode is H0, H1, H2 or H3, not '" + shorten(value) + "'");
    }
  }

  private static PersonIdentifiers person(AddressCodes codes, AlertJson.@Nullable Person json) {
    if (json == null) {
      throw new IllegalArgumentException("person is required for a person alert");
    }
    ResidentIdNumber id = blank(json.residentId()) ? null : identifier("person.residentId", () -> ResidentIdNumber.parse(json.residentId(), codes, LocalDate.now(ResidentIdNumber.CHINA)).orElseThrow());
    PersonName name = blank(json.name()) ? null : identifier("person.name", () -> PersonName.parse(json.name()).orElseThrow());
    List<PersonName> aliases = new ArrayList<>();
    if (json.aliases() != null) {
      for (String alias : json.aliases()) {
        aliases.add(identifier("person.aliases", () -> PersonName.parse(required("person.aliases", alias)).orElseThrow()));
      }
    }
    Gender sex = blank(json.sex()) ? null : sex(json.sex());
    LocalDate birth = blank(json.birthDate()) ? null : date("person.birthDate", json.birthDate());
    if (birth != null && birth.isAfter(LocalDate.now(ResidentIdNumber.CHINA))) {
      throw new IllegalArgumentException("person.birthDate " + birth + " is in the future");
    }
    try {
      return new PersonIdentifiers(id, name, aliases, sex, birth);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("person: " + e.getMessage(), e);
    }
  }

  private static VehicleIdentifiers vehicle(AlertJson.@Nullable Vehicle json) {
    if (json == null) {
      throw new IllegalArgumentException("vehicle is required for a vehicle alert");
    }
    VehiclePlate plate = blank(json.plate()) ? null : identifier("vehicle.plate", () -> VehiclePlate.parse(json.plate()).orElseThrow());
    String vin = blank(json.vin()) ? null : json.vin().strip().toUpperCase(Locale.ROOT);
    try {
      return new VehicleIdentifiers(plate, vin);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("vehicle: " + e.getMessage(), e);
    }
  }

  private static DocumentIdentifiers document(AddressCodes codes, AlertJson.@Nullable Document json) {
    if (json == null || blank(json.number())) {
      throw new IllegalArgumentException("document.number is required for a document alert (the resident ID card's number)");
    }
    return new DocumentIdentifiers(identifier("document.number", () -> ResidentIdNumber.parse(json.number(), codes, LocalDate.now(ResidentIdNumber.CHINA)).orElseThrow()));
  }

  private static <T> @Nullable T absent(String field, @Nullable Object value) {
    if (value != null) {
      throw new IllegalArgumentException(field + " belongs to a " + field + " alert only");
    }
    return null;
  }

  private static Gender sex(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "male", "m", "男" -> Gender.MALE;
      case "female", "f", "女" -> Gender.FEMALE;
      default -> throw new IllegalArgumentException("person.sex is male or female, not '" + shorten(text) + "'");
    };
  }

  private static <T> T identifier(String field, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidIdentifier e) {
      throw new IllegalArgumentException(field + ": " + e.getMessage() + " (rule " + e.rejection().rule() + ")", e);
    }
  }

  /** A date as {@code 2027-06-30}; a date-time is taken as its date. */
  static LocalDate date(String field, String text) {
    String t = text.strip();
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(t).atZoneSameInstant(ResidentIdNumber.CHINA).toLocalDate();
      } catch (DateTimeParseException again) {
        throw new IllegalArgumentException(field + " is a date such as 2027-06-30, not '" + shorten(text) + "'");
      }
    }
  }

  static String required(String field, @Nullable String value) {
    if (blank(value)) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value.strip();
  }

  /** Free text: stripped, within the limit, without NUL (PostgreSQL stores none); absent when blank unless required. */
  static @Nullable String text(String field, @Nullable String value, int max, boolean required) {
    if (blank(value)) {
      if (required) {
        throw new IllegalArgumentException(field + " is required");
      }
      return null;
    }
    String t = value.strip();
    if (t.codePointCount(0, t.length()) > max) {
      throw new IllegalArgumentException(field + " has at most " + max + " characters");
    }
    if (t.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(field + " may not contain a NUL character");
    }
    return t;
  }

  static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
