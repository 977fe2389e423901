package cn.deltalink.region;

/**
 * A GB/T 2260 administrative division code (行政区划代码): two digits for the province, two for the
 * prefecture, two for the county. People write provinces and prefectures short ({@code 32} for
 * Jiangsu, {@code 3201} for Nanjing), so {@link #of} accepts 2, 4 or 6 digits and pads with zeros.
 * A well-formed code need not exist; {@link Divisions#find} says whether it does.
 */
public record DivisionCode(String value) {

  public DivisionCode {
    if (value == null || !value.matches("\\d{6}") || value.startsWith("00")) {
      throw new IllegalArgumentException(describe(value));
    }
  }

  /** Reads a code of 2, 4 or 6 digits; anything else is refused with a message a person can act on. */
  public static DivisionCode of(String text) {
    String digits = text == null ? "" : text.strip();
    if (!digits.matches("\\d{2}|\\d{4}|\\d{6}")) {
      throw new IllegalArgumentException(describe(text));
    }
    return new DivisionCode((digits + "0000").substring(0, 6));
  }

  /** Whether the text is a well-formed code of 2, 4 or 6 digits. */
  public static boolean isWellFormed(String text) {
    try {
      of(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The two digits of the province. */
  public String province() {
    return value.substring(0, 2);
  }

  /**
   * The significant digits: {@code 32} for 320000, {@code 3201} for 320100, all six for a county. Every
   * division inside this one has a code starting with them.
   */
  public String prefix() {
    if (value.endsWith("0000")) {
      return value.substring(0, 2);
    }
    return value.endsWith("00") ? value.substring(0, 4) : value;
  }

  /** Whether the other code lies inside this division (or is this division). */
  public boolean encloses(DivisionCode other) {
    return other.value.startsWith(prefix());
  }

  @Override
  public String toString() {
    return value;
  }

  private static String describe(String text) {
    String shown = text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return "'" + shown + "' is not a division code: give 2, 4 or 6 digits of GB/T 2260, e.g. 32, 3201 or 320115";
  }
}
