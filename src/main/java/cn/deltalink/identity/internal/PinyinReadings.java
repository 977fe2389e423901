package cn.deltalink.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin readings of Han characters through pinyin4j, ü written v (吕 is lv). Tones are
 * dropped on purpose: names are matched by sound, and 张 and 章 must meet.
 */
public final class PinyinReadings {

  /** At most this many readings per character, and this many spellings per name. */
  public static final int READINGS_PER_CHARACTER = 4;

  public static final int SPELLINGS_PER_NAME = 16;

  private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

  static {
    FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
  }

  private PinyinReadings() {}

  /**
   * The readings of each character of a Han name (the middle dot left out), most likely first; a
   * character pinyin4j does not know stands for itself so that it still compares by character.
   */
  public static List<List<String>> ofName(String hanName) {
    String surname = Surnames.guess(hanName);
    List<String> surnameReadings = Surnames.readings(surname);
    List<List<String>> out = new ArrayList<>();
    int[] codePoints = hanName.codePoints().filter(c -> c != '·').toArray();
    for (int i = 0; i < codePoints.length; i++) {
      Set<String> readings = new LinkedHashSet<>();
      if (i < surnameReadings.size()) {
        readings.add(surnameReadings.get(i));
      }
      readings.addAll(of(codePoints[i]));
      out.add(readings.stream().limit(READINGS_PER_CHARACTER).toList());
    }
    return out;
  }

  private static List<String> of(int codePoint) {
    if (Character.isBmpCodePoint(codePoint)) {
      try {
        String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, FORMAT);
        if (readings != null && readings.length > 0) {
          return List.copyOf(new LinkedHashSet<>(List.of(readings)));
        }
      } catch (BadHanyuPinyinOutputFormatCombination e) {
        throw new IllegalStateException("pinyin4j rejected a fixed output format", e);
      }
    }
    return List.of(Character.toString(codePoint));
  }

  /** Every spelling the readings allow, joined without spaces, most likely first and at most {@value #SPELLINGS_PER_NAME}. */
  public static List<String> spellings(List<List<String>> readings) {
    List<String> out = List.of("");
    for (List<String> character : readings) {
      List<String> next = new ArrayList<>();
      for (String prefix : out) {
        for (String reading : character) {
          if (next.size() < SPELLINGS_PER_NAME) {
            next.add(prefix + reading);
          }
        }
      }
      out = next;
    }
    return out;
  }
}
