package cn.deltalink.checkpoint.internal.events;

import cn.deltalink.platform.IsoInstants;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads an event's time. Devices send ISO 8601 with a zone ({@code 2026-11-30T08:15:00.250+08:00} or
 * {@code …Z}); that shape is read by hand ({@link IsoInstants}), anything else the general way.
 */
final class EventTimes {

  private EventTimes() {}

  static Instant parse(String text) {
    Instant fast = IsoInstants.fixedShape(text);
    if (fast != null) {
      return fast;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException again) {
        throw new IllegalArgumentException("at is a time such as 2026-11-30T08:15:00+08:00");
      }
    }
  }

}
