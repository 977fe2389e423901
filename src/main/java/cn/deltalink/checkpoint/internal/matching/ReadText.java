package cn.deltalink.checkpoint.internal.matching;

/**
 * Folds text as devices and people produce it to the form keys are compared in: full-width letters
 * and digits (from Chinese input methods) to ASCII, lower case to upper, separators (spaces, dashes,
 * dots, the middle dot of {@code 苏A·12345}) dropped. Written by hand rather than with {@link
 * java.text.Normalizer} because it runs on every check.
 */
final class ReadText {

  private ReadText() {}

  static String folded(CharSequence raw) {
    StringBuilder out = null;
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      char f = fold(c);
      if (f != c && out == null) {
        out = new StringBuilder(n);
        out.append(raw, 0, i);
      }
      if (out != null && f != 0) {
        out.append(f);
      }
    }
    return out == null ? raw.toString() : out.toString();
  }

  /** The folded character, or 0 for a separator. */
  static char fold(char c) {
    if (c < 128) {
      if (c >= 'a' && c <= 'z') {
        return (char) (c - 32);
      }
      return c <= ' ' || c == '-' || c == '.' || c == '_' ? 0 : c;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return fold((char) (c - 0xFEE0));
    }
    return switch (c) {
      case '\u00B7', '\u2022', '\u30FB', '\u2014', '\u2013', '\u2027', '\u3000', '\u00A0' -> 0;
      default -> c;
    };
  }
}
