package cn.deltalink.identity;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How personal identifiers are masked for display (脱敏): the one place of these rules. The value
 * types' {@code masked()} use them on valid values; {@code access.PersonalField} uses them on whatever
 * text a record holds, so a value too short to keep parts of is masked whole and blank stays blank.
 * Masking hides the middle and keeps what a person needs to tell records apart: the address code and
 * last digits of an ID number, the carrier prefix and last digits of a phone number, the issuer and
 * last digits of a card, the surname.
 */
public final class Masks {

  private Masks() {}

  /** 居民身份证号码: the address code (first 6) and the last 4 kept, {@code 320102********123X}. */
  public static String residentId(String value) {
    int[] chars = visible(value);
    return chars.length > 10 ? keep(chars, 6, 4) : stars(chars.length);
  }

  /** 手机号码: the first 3 and the last 4 kept, {@code 138****5678}. */
  public static String mobile(String value) {
    int[] chars = visible(value);
    return chars.length >= 8 ? keep(chars, 3, 4) : stars(chars.length);
  }

  /** 银行卡号: the first 6 (the issuer) and the last 4 kept, as payment cards are masked; spaces and dashes go. */
  public static String bankCard(String value) {
    int[] digits = value.codePoints().filter(c -> !Character.isWhitespace(c) && c != '-').toArray();
    return digits.length >= 12 ? keep(digits, 6, 4) : stars(digits.length);
  }

  /**
   * 姓名: a Han name keeps its first character (the surname, or its first half), {@code 张*}, {@code
   * 欧***}; a Latin name keeps each word's first letter, {@code Z**** W**}. One character is masked whole.
   */
  public static String name(String value) {
    int[] chars = visible(value);
    if (chars.length <= 1) {
      return stars(chars.length);
    }
    if (Arrays.stream(chars).anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return keep(chars, 1, 0);
    }
    return Arrays.stream(value.strip().split(" +")).map(w -> keep(w.codePoints().toArray(), 1, 0)).collect(Collectors.joining(" "));
  }

  /** 统一社会信用代码: authority, category and division (first 8) and the last 4 kept, the organisation code starred. */
  public static String creditCode(String value) {
    int[] chars = visible(value);
    return chars.length == 18 ? keep(chars, 8, 4) : stars(chars.length);
  }

  /** 号牌: province and authority letter and the last two characters kept, {@code 苏A***45}. */
  public static String plate(String value) {
    int[] chars = visible(value);
    return chars.length >= 6 ? keep(chars, 2, 2) : stars(chars.length);
  }

  /**
   * A value that is no valid identifier of its type but may nearly be one (a resident ID with a typing
   * error): at most the first 3 and the last 2 characters stay, control characters go, 64 at most.
   */
  public static String unchecked(String raw) {
    int[] chars = raw.strip().codePoints().filter(c -> !Character.isISOControl(c)).limit(64).toArray();
    return chars.length > 5 ? keep(chars, 3, 2) : stars(chars.length);
  }

  private static int[] visible(String value) {
    return value.strip().codePoints().toArray();
  }

  private static String keep(int[] chars, int head, int tail) {
    return new String(chars, 0, head) + stars(chars.length - head - tail) + new String(chars, chars.length - tail, tail);
  }

  private static String stars(int count) {
    return "*".repeat(count);
  }
}
