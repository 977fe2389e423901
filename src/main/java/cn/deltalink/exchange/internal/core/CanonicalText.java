package cn.deltalink.exchange.internal.core;

import java.nio.charset.StandardCharsets;

/**
 * Builds the signed text of protocol objects: a first line naming the form, then one
 * {@code name=value} line per field in a fixed order, each ended by a line feed, UTF-8 encoded.
 * Backslash, line feed and carriage return in values are written as {@code \\}, {@code \n} and
 * {@code \r}, so that one line is always one field.
 */
public final class CanonicalText {

  private final StringBuilder text = new StringBuilder(512);

  public CanonicalText(String form) {
    text.append(form).append('\n');
  }

  public CanonicalText field(String name, String value) {
    text.append(name).append('=').append(escape(value)).append('\n');
    return this;
  }

  public byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return text.toString();
  }

  static String escape(String value) {
    if (value.indexOf('\\') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }
}
