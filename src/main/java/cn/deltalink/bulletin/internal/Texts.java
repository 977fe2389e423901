package cn.deltalink.bulletin.internal;

import static cn.deltalink.bulletin.internal.Refused.BULLETIN;

import cn.deltalink.platform.RefusalTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/** The rules every free text of a bulletin follows, so that bad input is refused before anything is stored. */
final class Texts {

  private Texts() {}

  /**
   * The text without surrounding white space, refused when missing, too long or holding a NUL
   * character (PostgreSQL cannot store one, and no officer types one). Markup and SQL are kept as
   * plain text: pages escape them and SQL takes them as parameters.
   */
  static String required(String field, @Nullable String value, int max) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw BULLETIN.invalid("bulletin.refused.text.required", term(field), max);
    }
    return checked(field, text, max);
  }

  /** Like {@link #required} but an absent or blank text gives {@code fallback}. */
  static String optional(String field, @Nullable String value, int max, String fallback) {
    String text = value == null ? "" : value.strip();
    return text.isEmpty() ? fallback : checked(field, text, max);
  }

  private static String checked(String field, String text, int max) {
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      throw BULLETIN.invalid("bulletin.refused.text.tooLong", term(field), length, max);
    }
    if (text.indexOf('\0') >= 0) {
      throw BULLETIN.invalid("bulletin.refused.text.nul", term(field));
    }
    return text;
  }

  /** The field's name in each language (bulletin.refused.field.*), the API's name where no text is kept. */
  private static MessageSourceResolvable term(String field) {
    return RefusalTexts.term("bulletin.refused.field." + field, field);
  }

  /** A value quoted back in an error message, cut so that a huge input does not make a huge answer. */
  static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }
}
