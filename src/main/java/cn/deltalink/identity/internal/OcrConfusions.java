package cn.deltalink.identity.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Characters that plate cameras read for one another (0/O/D, 1/I, 8/B, 2/Z, 5/S). A matcher that
 * also looks up the variants of a wanted plate finds it when the camera misread one or two places.
 */
public final class OcrConfusions {

  /** At most this many variants per plate, so that a lookup stays cheap. */
  public static final int LIMIT = 64;

  private static final List<String> GROUPS = List.of("0OD", "1I", "8B", "2Z", "5S");

  private OcrConfusions() {}

  /**
   * Spellings that differ from {@code text} in one place, then in two, from index {@code from} on;
   * single substitutions first so that the cap cuts the less likely ones.
   */
  public static Set<String> variants(String text, int from) {
    Set<String> singles = new LinkedHashSet<>();
    for (int i = from; i < text.length(); i++) {
      for (char alternative : alternatives(text.charAt(i))) {
        singles.add(replaced(text, i, alternative));
      }
    }
    Set<String> out = new LinkedHashSet<>(singles);
    for (int i = from; i < text.length() && out.size() < LIMIT; i++) {
      for (char first : alternatives(text.charAt(i))) {
        for (int j = i + 1; j < text.length(); j++) {
          for (char second : alternatives(text.charAt(j))) {
            out.add(replaced(replaced(text, i, first), j, second));
          }
        }
      }
    }
    out.remove(text);
    Set<String> capped = new LinkedHashSet<>();
    out.stream().limit(LIMIT).forEach(capped::add);
    return java.util.Collections.unmodifiableSet(capped);
  }

  private static char[] alternatives(char c) {
    for (String group : GROUPS) {
      if (group.indexOf(c) >= 0) {
        return group.replace(String.valueOf(c), "").toCharArray();
      }
    }
    return new char[0];
  }

  private static String replaced(String text, int index, char c) {
    return text.substring(0, index) + c + text.substring(index + 1);
  }
}
