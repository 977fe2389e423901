package cn.deltalink.identity;

import cn.deltalink.identity.internal.PinyinReadings;
import cn.deltalink.identity.internal.Surnames;
import cn.deltalink.identity.internal.TypedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A person's name (姓名): Han characters with the middle dot between the parts of a transliterated
 * name (买买提·艾力), or Latin letters for foreigners and for pinyin spellings (written in capitals,
 * as passports do). Its pinyin keys let a search find 章伟 when 张伟 was asked for, and ZHANG WEI too.
 */
public record PersonName(String value) {

  /** The script a name is written in. */
  public enum Script {
    HAN,
    LATIN
  }

  private static final int MAX_HAN = 20;
  private static final int MAX_LATIN = 64;

  public PersonName {
    Rejection rejection = rejection(value);
    if (rejection != null) {
      throw new InvalidIdentifier(rejection);
    }
  }

  /**
   * Checks typed input. Spaces inside a Han name are dropped and dots become the middle dot; Latin
   * names are put in capitals with single spaces.
   */
  public static Checked<PersonName> parse(String raw) {
    String folded = TypedText.folded(raw).replaceAll("\\s+", " ");
    boolean han = folded.codePoints().anyMatch(PersonName::isHan);
    String v =
        han
            ? folded.replace(" ", "").replaceAll("[.•・‧]", "·")
            : folded.toUpperCase(Locale.ROOT);
    Rejection rejection = rejection(v);
    return rejection == null ? Checked.attempt(v, PersonName::new) : Checked.rejected(rejection);
  }

  private static @Nullable Rejection rejection(String v) {
    if (v.isBlank()) {
      return Rejection.of("name.empty", "enter a name");
    }
    boolean han = v.codePoints().anyMatch(PersonName::isHan);
    boolean latin = v.codePoints().anyMatch(Character::isLetter) && v.codePoints().filter(Character::isLetter).anyMatch(c -> !isHan(c));
    if (han && latin) {
      return Rejection.of("name.mixed-script", "a name is written in Han characters or in Latin letters, not both");
    }
    int offending = v.codePoints().filter(c -> han ? !isHan(c) && c != '·' : !isLatinNameCharacter(c)).findFirst().orElse(-1);
    if (offending >= 0) {
      String c = Character.toString(offending);
      return Rejection.of("name.characters", "'" + c + "' is not allowed: a name has Han characters and the middle dot ·, or Latin letters, spaces, hyphens and apostrophes", c);
    }
    int length = TypedText.length(v);
    int max = han ? MAX_HAN : MAX_LATIN;
    if (length < 2 || length > max) {
      return Rejection.of("name.length", "a name in " + (han ? "Han characters" : "Latin letters") + " has 2 to " + max + " characters, not " + length, max, length);
    }
    if (han && (v.startsWith("·") || v.endsWith("·") || v.contains("··"))) {
      return Rejection.of("name.dot", "the middle dot · stands between two parts of a name");
    }
    if (!han && !v.equals(v.strip().replaceAll(" +", " ")) || !han && v.codePoints().filter(Character::isLetter).count() < 2) {
      return Rejection.of("name.latin-form", "a Latin name has at least two letters and single spaces between its words");
    }
    return null;
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isLatinNameCharacter(int c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN || c == ' ' || c == '-' || c == '\'' || c == '.';
  }

  public Script script() {
    return value.codePoints().anyMatch(PersonName::isHan) ? Script.HAN : Script.LATIN;
  }

  /** The surname, guessed from the compound surnames (欧阳, 司马, 诸葛…); none for Latin names and dotted names. */
  public Optional<String> surname() {
    return script() == Script.HAN && !value.contains("·") ? Optional.of(Surnames.guess(value)) : Optional.empty();
  }

  /** Each syllable's readings, most likely first (for a Latin name: its words, one reading each). */
  private List<List<String>> readings() {
    if (script() == Script.HAN) {
      return PinyinReadings.ofName(value);
    }
    String plain = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    List<List<String>> words = new ArrayList<>();
    for (String word : plain.replace("'", "").replace(".", " ").replace("-", " ").trim().split(" +")) {
      words.add(List.of(word));
    }
    return words;
  }

  /** Toneless pinyin in the most likely reading, syllables separated by spaces: 张伟 is {@code zhang wei}. */
  public String pinyin() {
    return readings().stream().map(r -> r.get(0)).collect(Collectors.joining(" "));
  }

  /** The first letter of each syllable: 张伟 is {@code zw}. */
  public String initials() {
    return readings().stream().map(r -> r.get(0).substring(0, r.get(0).offsetByCodePoints(0, 1))).collect(Collectors.joining());
  }

  /** The sound of the name without tones or spaces; 张伟, 章伟 and ZHANG WEI all give {@code zhangwei}. */
  public String homophoneKey() {
    return pinyinKeys().get(0);
  }

  /** Every reading of the name's polyphonic characters as a key, the homophone key first, at most 16. */
  public List<String> pinyinKeys() {
    return List.copyOf(new LinkedHashSet<>(PinyinReadings.spellings(readings())));
  }

  /** Whether two names sound alike in any of their readings. */
  public boolean soundsLike(PersonName other) {
    List<String> mine = pinyinKeys();
    return other.pinyinKeys().stream().anyMatch(mine::contains);
  }

  /** For display: the first character (Han) or each word's first letter (Latin), the rest starred. */
  public String masked() {
    return Masks.name(value);
  }
}
