package cn.deltalink.bulletin.internal;

import cn.deltalink.platform.RequestRefused;
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
      throw RequestRefused.invalid("urgency is required: urgent or routine.");
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "urgent" -> URGENT;
      case "routine" -> ROUTINE;
      default -> throw RequestRefused.invalid("urgency must be urgent or routine, not '" + Texts.shorten(value) + "'.");
    };
  }
}
