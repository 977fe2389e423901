package cn.deltalink.resolution.internal.core;

import cn.deltalink.identity.Checked;
import cn.deltalink.identity.PersonName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A name read for comparison: its standard characters (Han names, traditional and variant forms
 * replaced) and its sound keys: every pinyin reading without tones or spaces, and the syllables in
 * alphabetical order, so that WEI ZHANG (given name first, as some forms take it) finds 张伟.
 *
 * @param han whether it is written in Han characters
 * @param standard the Han name in standard characters; the Latin name in capitals
 * @param keys sound keys; syllable-order keys carry the prefix {@code s:}
 */
public record NameReading(String written, boolean han, String standard, Set<String> keys) {

  /** Reads a recorded name; none when it is not a name (empty, digits, mixed scripts). */
  public static @Nullable NameReading read(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    Checked<PersonName> parsed = PersonName.parse(raw);
    if (parsed.value().isEmpty()) {
      return null;
    }
    PersonName name = parsed.value().get();
    boolean han = name.script() == PersonName.Script.HAN;
    String standard = han ? VariantCharacters.standard(name.value()) : name.value();
    PersonName sounding = han && !standard.equals(name.value()) ? new PersonName(standard) : name;
    Set<String> keys = new LinkedHashSet<>(sounding.pinyinKeys());
    if (!standard.equals(name.value())) {
      keys.addAll(name.pinyinKeys());
    }
    List<String> syllables = new ArrayList<>(Arrays.asList(sounding.pinyin().split(" ")));
    if (syllables.size() > 1) {
      syllables.sort(null);
      keys.add("s:" + String.join("", syllables));
    }
    return new NameReading(name.value(), han, standard, keys);
  }

  /** Whether two names share a sound key. */
  boolean soundsLike(NameReading other) {
    for (String k : other.keys) {
      if (keys.contains(k)) {
        return true;
      }
    }
    return false;
  }
}
