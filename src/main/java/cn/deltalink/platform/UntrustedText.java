package cn.deltalink.platform;

import org.jspecify.annotations.Nullable;

/**
 * Text a caller sent that the node copies into a refusal's reason, a log line or a stored row (a
 * claimed node id, a typed user name, a file name): clipped to the room it gets, and with every
 * control character (CR, LF, NUL, ESC, the Unicode line and paragraph separators...) shown as
 * {@code ?}, so that one request can neither overflow a column nor forge a log line. Values the node
 * checked itself need none of this.
 */
public final class UntrustedText {

  private static final String ELLIPSIS = "...";

  private UntrustedText() {}

  /**
   * At most {@code max} characters of {@code value}, control characters replaced; a clipped value
   * ends in "..." so that a reader sees it was cut. {@code null} stays {@code null}.
   */
  public static @Nullable String clip(@Nullable String value, int max) {
    if (value == null) {
      return null;
    }
    if (max < ELLIPSIS.length() + 1) {
      throw new IllegalArgumentException("Leave room for at least one character and the ellipsis: " + max);
    }
    String visible = visible(value.length() <= max ? value : value.substring(0, cutBefore(value, max - ELLIPSIS.length())));
    return value.length() <= max ? visible : visible + ELLIPSIS;
  }

  /** Like {@link #clip} for a value that is never {@code null}. */
  public static String clipped(String value, int max) {
    return java.util.Objects.requireNonNull(clip(value, max));
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(isControl(c) ? '?' : c));
    return out.toString();
  }

  private static boolean isControl(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT && c != 0x200D;
  }

  /** Never cuts a surrogate pair in two: the stored text stays valid UTF-16 (and UTF-8). */
  private static int cutBefore(String value, int end) {
    return end > 0 && Character.isHighSurrogate(value.charAt(end - 1)) ? end - 1 : end;
  }
}
