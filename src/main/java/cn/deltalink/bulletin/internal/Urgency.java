package cn.deltalink.bulletin.internal;

import static cn.deltalink.bulletin.internal.Refused.BULLETIN;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How fast the receivers should act: urgent (特急) bulletins are shown first and highlighted. */
enum Urgency {
  URGENT,
  ROUTINE;

  /** The word used in the API and in messages. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Urgency parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      throw BULLETIN.invalid("bulletin.refused.urgency.required");
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "urgent" -> URGENT;
      case "routine" -> ROUTINE;
      default -> throw BULLETIN.invalid("bulletin.refused.urgency.unknown", Texts.shorten(value));
    };
  }
}
