package cn.deltalink.checkpoint.internal.matching;

import cn.deltalink.identity.VehiclePlate;

/**
 * Plates packed into a {@code long}: the characters after the province (authority letter and serial,
 * six or seven) as 6-bit codes in bits 0–41, the province in bits 42–47. A camera read packs the same
 * way, with the province {@link #MISSING} or {@link #UNREADABLE} when the camera did not give one.
 *
 * <p>The look-alike key folds each character to its confusion class (0/D/Q/O, 8/B, 2/Z, 5/S,
 * 1/7/I, 6/G) and drops the province, so a listed plate and any read of it that confused those
 * characters or lost the province share one key; {@link PlateComparison} then says how they differ.
 */
final class Plates {

  static final int MISSING = 0;
  static final int UNREADABLE = 32;

  /** The 31 provincial abbreviations; a province's number is its index + 1. */
  static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

  private static final String SUFFIXES = "挂学警";
  private static final int BITS = 6;
  private static final long CHARACTERS = (1L << 42) - 1;
  private static final int[] CLASS = new int[40];

  static {
    for (int code = 0; code < CLASS.length; code++) {
      CLASS[code] = code;
    }
    fold("0DQO");
    fold("8B");
    fold("2Z");
    fold("5S");
    fold("17I");
    fold("6G");
  }

  private static void fold(String group) {
    int representative = code(group.charAt(0));
    for (char c : group.toCharArray()) {
      CLASS[code(c)] = representative;
    }
  }

  private Plates() {}

  /** The 6-bit code of a plate character after the province, or 0 when it is none. */
  static int code(char c) {
    if (c >= '0' && c <= '9') {
      return 1 + c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return 11 + c - 'A';
    }
    int suffix = SUFFIXES.indexOf(c);
    return suffix < 0 ? 0 : 37 + suffix;
  }

  static char character(int code) {
    if (code <= 10) {
      return (char) ('0' + code - 1);
    }
    if (code <= 36) {
      return (char) ('A' + code - 11);
    }
    return SUFFIXES.charAt(code - 37);
  }

  static long pack(VehiclePlate plate) {
    String v = plate.value();
    long packed = (long) (PROVINCES.indexOf(v.charAt(0)) + 1) << 42;
    for (int i = 1; i < v.length(); i++) {
      packed |= (long) code(v.charAt(i)) << (BITS * (i - 1));
    }
    return packed;
  }

  /**
   * Packs a camera read: folded as {@link ReadText} does, then a province character (or none, or an
   * unreadable one: any other non-ASCII character or a sign such as {@code ?}) and six or seven plate
   * characters. Returns -1 when the read cannot be a plate. A seven-character read without a
   * province is taken as a new-energy plate; {@link #withoutFirst} gives its other reading.
   */
  static long packRead(CharSequence raw) {
    int province = -1;
    long packed = 0;
    int count = 0;
    for (int i = 0, n = raw.length(); i < n; i++) {
      char c = ReadText.fold(raw.charAt(i));
      if (c == 0) {
        continue;
      }
      int code = code(c);
      if (province < 0) {
        if (code == 0 || code > 36) {
          int p = PROVINCES.indexOf(c);
          province = p >= 0 ? p + 1 : UNREADABLE;
          continue;
        }
        province = MISSING;
      }
      if (code == 0 || count == 7) {
        return -1;
      }
      packed |= (long) code << (BITS * count++);
    }
    if (count < 6) {
      return -1;
    }
    return packed | (long) province << 42;
  }

  /** A seven-character read without province taken as an unreadable province and six characters. */
  static long withoutFirst(long read) {
    return (read & CHARACTERS) >>> BITS | (long) UNREADABLE << 42;
  }

  static int province(long packed) {
    return (int) (packed >>> 42) & 0x3F;
  }

  static int length(long packed) {
    return codeAt(packed, 6) == 0 ? 6 : 7;
  }

  static int codeAt(long packed, int position) {
    return (int) (packed >>> (BITS * position)) & 0x3F;
  }

  /** The look-alike key: every character folded to its class, the province left out. */
  static long lookAlikeKey(long packed) {
    long key = 0;
    for (int i = 0; i < 7; i++) {
      key |= (long) CLASS[codeAt(packed, i)] << (BITS * i);
    }
    return key;
  }

  static String text(long packed) {
    StringBuilder out = new StringBuilder(8);
    int province = province(packed);
    if (province == UNREADABLE) {
      out.append('?');
    } else if (province != MISSING) {
      out.append(PROVINCES.charAt(province - 1));
    }
    for (int i = 0, n = length(packed); i < n; i++) {
      out.append(character(codeAt(packed, i)));
    }
    return out.toString();
  }
}
