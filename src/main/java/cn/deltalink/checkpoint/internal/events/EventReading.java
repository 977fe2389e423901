package cn.deltalink.checkpoint.internal.events;

import cn.deltalink.identity.InvalidIdentifier;
import cn.deltalink.identity.PersonName;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads one event of a batch as a device sent it. Each wrong field fails with an {@link
 * IllegalArgumentException} that names it, so that one bad item is refused with its reason and the
 * rest of the batch is still taken.
 */
public final class EventReading {

  /** A device clock this far ahead is wrong; the event is refused rather than stored with a future time. */
  public static final Duration MAX_AHEAD = Duration.ofMinutes(5);

  /** Older reads are no longer passing events but history; the retention is shorter anyway. */
  public static final Duration MAX_AGE = Duration.ofDays(366);

  // compiled once: String.matches compiles its pattern on every call, thousands of times a second here
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@/#-]+");
  private static final Pattern RESIDENT_ID = Pattern.compile("\\d{15}|\\d{17}[\\dX]");
  private static final Pattern DIRECTION = Pattern.compile("(?i)in|out|entry|exit|进|出");

  private EventReading() {}

  public static PassingEvent read(String checkpointCode, JsonNode item, Instant now) {
    if (item == null || !item.isObject()) {
      throw new IllegalArgumentException("an event is a JSON object");
    }
    String id = text(item, "id", 64, true);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id has letters, digits and . _ : @ / # - only");
    }
    String kindText = text(item, "kind", 16, true).toLowerCase(Locale.ROOT);
    PassingEvent.Kind kind =
        switch (kindText) {
          case "person" -> PassingEvent.Kind.PERSON;
          case "vehicle" -> PassingEvent.Kind.VEHICLE;
          default -> throw new IllegalArgumentException("kind is person or vehicle");
        };
    Instant at = EventTimes.parse(text(item, "at", 40, true));
    if (at.isAfter(now.plus(MAX_AHEAD))) {
      throw new IllegalArgumentException("at " + at + " is in the future: check the device's clock");
    }
    if (at.isBefore(now.minus(MAX_AGE))) {
      throw new IllegalArgumentException("at " + at + " is more than a year ago: events are kept for less than that");
    }
    String residentId = optionalText(item, "residentId", 32);
    if (residentId != null) {
      residentId = residentId.replace(" ", "").toUpperCase(Locale.ROOT);
      if (!RESIDENT_ID.matcher(residentId).matches()) {
        throw new IllegalArgumentException("residentId has 18 characters (17 digits and a digit or X) or 15 digits");
      }
    }
    String nameText = optionalText(item, "name", 64);
    PersonName name = null;
    if (nameText != null) {
      try {
        name = PersonName.parse(nameText).orElseThrow();
      } catch (InvalidIdentifier e) {
        throw new IllegalArgumentException("name: " + e.getMessage(), e);
      }
    }
    String birthText = optionalText(item, "birthDate", 10);
    java.time.LocalDate birthDate = null;
    if (birthText != null) {
      try {
        birthDate = java.time.LocalDate.parse(birthText);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("birthDate is a date such as 1985-03-14");
      }
    }
    String sexText = optionalText(item, "sex", 8);
    cn.deltalink.identity.ResidentIdNumber.Gender sex =
        sexText == null
            ? null
            : switch (sexText.toLowerCase(Locale.ROOT)) {
              case "male", "m", "男" -> cn.deltalink.identity.ResidentIdNumber.Gender.MALE;
              case "female", "f", "女" -> cn.deltalink.identity.ResidentIdNumber.Gender.FEMALE;
              default -> throw new IllegalArgumentException("sex is male or female");
            };
    String plate = optionalText(item, "plate", 16);
    if (plate != null && plate.codePointCount(0, plate.length()) < 5) {
      throw new IllegalArgumentException("plate has at least 5 characters as read");
    }
    double confidence = 1.0;
    JsonNode c = item.get("plateConfidence");
    if (c != null && !c.isNull()) {
      if (!c.isNumber()) {
        throw new IllegalArgumentException("plateConfidence is a number between 0 and 1");
      }
      confidence = c.asDouble();
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("plateConfidence is a number between 0 and 1");
      }
    }
    String direction = optionalText(item, "direction", 8);
    if (direction != null && !DIRECTION.matcher(direction).matches()) {
      throw new IllegalArgumentException("direction is in or out");
    }
    return new PassingEvent(checkpointCode, id, kind, at, optionalText(item, "lane", 16), direction == null ? null : direction.toLowerCase(Locale.ROOT), residentId, name, birthDate, sex, plate,
        confidence, optionalText(item, "camera", 64));
  }

  private static String text(JsonNode item, String field, int max, boolean required) {
    String value = optionalText(item, field, max);
    if (value == null && required) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value == null ? "" : value;
  }

  private static @Nullable String optionalText(JsonNode item, String field, int max) {
    JsonNode node = item.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isString() && !node.isNumber()) {
      throw new IllegalArgumentException(field + " is a text");
    }
    String value = node.asString().strip();
    if (value.isEmpty()) {
      return null;
    }
    if (value.codePointCount(0, value.length()) > max) {
      throw new IllegalArgumentException(field + " has at most " + max + " characters");
    }
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(field + " may not contain a NUL character");
    }
    return value;
  }
}
