package cn.deltalink.region.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * A Chinese place name written as one pinyin word the way maps write it: syllables joined, first
 * letter capital, an apostrophe where a syllable starting with a, o or e would run into the one before
 * (Huai'an, Lu'an). pinyin4j lists a character's readings in no particular order for place names, so
 * the readings place names use are fixed here for the characters where its first reading is wrong.
 */
final class PlaceNamePinyin {

  /** Readings of characters in the region's place names that differ from pinyin4j's first reading. */
  private static final Map<Character, String> PLACE_READINGS =
      Map.of('乐', "yue", '六', "lu", '涡', "guo", '蚌', "beng", '行', "hang", '都', "du", '长', "chang", '㳇', "fu");

  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
  }

  private PlaceNamePinyin() {}

  static String of(String chinese) {
    StringBuilder word = new StringBuilder();
    for (char c : chinese.toCharArray()) {
      String syllable = syllable(c);
      if (!word.isEmpty() && "aoe".indexOf(syllable.charAt(0)) >= 0) {
        word.append('\'');
      }
      word.append(syllable);
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** Characters of the name whose reading pinyin4j leaves open and this class does not fix. */
  static String ambiguous(String chinese) {
    return chinese.chars()
        .mapToObj(c -> (char) c)
        .filter(c -> !PLACE_READINGS.containsKey(c) && readings(c).length > 1)
        .map(c -> c + Arrays.toString(readings(c)))
        .collect(Collectors.joining(" "));
  }

  private static String syllable(char c) {
    String fixed = PLACE_READINGS.get(c);
    if (fixed != null) {
      return fixed;
    }
    String[] readings = readings(c);
    if (readings.length == 0) {
      throw new IllegalArgumentException("No pinyin known for '" + c + "'; add its place-name reading");
    }
    return readings[0];
  }

  private static String[] readings(char c) {
    try {
      String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      return readings == null ? new String[0] : Arrays.stream(readings).distinct().toArray(String[]::new);
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e);
    }
  }
}
