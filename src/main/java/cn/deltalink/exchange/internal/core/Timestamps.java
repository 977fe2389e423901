package cn.deltalink.exchange.internal.core;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The one timestamp form of the protocol: UTC with exactly three fraction digits, e.g.
 * {@code 2026-11-29T13:42:16.123Z}. One form only, because timestamps are part of signed text.
 */
public final class Timestamps {

  private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

  private Timestamps() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  public static String format(Instant instant) {
    return FORM.format(instant);
  }

  /** Parses the protocol form; anything else (other precision, offsets) is refused. */
  public static Instant parse(String text) {
    if (!SHAPE.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a timestamp of the form 2026-01-31T08:15:00.000Z");
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a valid timestamp", e);
    }
  }
}
