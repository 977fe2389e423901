package cn.deltalink.identity.internal;

import java.text.Normalizer;

/**
 * What people type around an identifier: full-width digits and letters from Chinese input methods,
 * spaces, dashes and dots used as separators. Values are compared in their normalised form.
 */
public final class TypedText {

  private TypedText() {}

  /** Full-width forms folded to ASCII (NFKC) and surrounding space removed. */
  public static String folded(String raw) {
    return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
  }

  /** {@link #folded} with every space, dash and dot inside removed and letters in upper case. */
  public static String compact(String raw) {
    StringBuilder out = new StringBuilder();
    folded(raw)
        .codePoints()
        .filter(c -> !isSeparator(c))
        .forEach(c -> out.appendCodePoint(c < 128 ? Character.toUpperCase(c) : c));
    return out.toString();
  }

  /** The number of characters as a person counts them (code points, not UTF-16 units). */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static boolean isSeparator(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.' || c == '·' || c == '•' || c == '・' || c == '—';
  }
}
