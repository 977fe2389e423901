package cn.deltalink.access.internal.audit;

/**
 * Text as PostgreSQL will store it: NUL and unpaired surrogates (which it cannot store, or which the
 * driver would silently replace) become U+FFFD, and the text is cut to the column's size in
 * characters. The hash is computed over this form, so a stored entry verifies.
 */
final class StoredText {

  private StoredText() {}

  static String of(String value, int maxCharacters) {
    StringBuilder cleaned = new StringBuilder(Math.min(value.length(), maxCharacters));
    int count = 0;
    for (int i = 0; i < value.length() && count < maxCharacters; count++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        cleaned.append(c).append(value.charAt(i + 1));
        i += 2;
      } else {
        cleaned.append(c == 0 || Character.isSurrogate(c) ? '\uFFFD' : c);
        i++;
      }
    }
    return cleaned.toString();
  }
}
