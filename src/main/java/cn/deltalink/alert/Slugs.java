package cn.deltalink.alert;

import java.util.Locale;

/** How enum constants are spelt in the API: lower case with hyphens, {@code ESCAPE_RISK} is {@code escape-risk}. */
final class Slugs {

  private Slugs() {}

  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Typed text folded to a slug: trimmed, lower case, spaces and underscores as hyphens. */
  static String fold(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
  }
}
