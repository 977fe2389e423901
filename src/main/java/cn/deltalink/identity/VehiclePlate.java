package cn.deltalink.identity;

import cn.deltalink.identity.internal.OcrConfusions;
import cn.deltalink.identity.internal.TypedText;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A motor vehicle plate (机动车号牌) of GA 36: province abbreviation, issuing authority letter and a
 * serial of five characters, or six on new-energy plates. Ordinary plates may end in 挂 (trailer), 学
 * (driving school) or 警 (police) after a four-character serial. The value is the normalised form:
 * upper case, no spaces or dots ({@code 苏A·12345} is {@code 苏A12345}).
 */
public record VehiclePlate(String value) {

  /** What the serial says about the vehicle. */
  public enum Kind {
    ORDINARY,
    TRAILER,
    COACH,
    POLICE,
    NEW_ENERGY_SMALL,
    NEW_ENERGY_LARGE;

    /** The kind as the API spells it, e.g. {@code new-energy-small}. */
    public String slug() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** The 31 mainland provincial abbreviations (简称) with the province's short name. */
  public static final Map<String, String> PROVINCES =
      Map.ofEntries(
          Map.entry("京", "北京"), Map.entry("津", "天津"), Map.entry("沪", "上海"), Map.entry("渝", "重庆"),
          Map.entry("冀", "河北"), Map.entry("豫", "河南"), Map.entry("云", "云南"), Map.entry("辽", "辽宁"),
          Map.entry("黑", "黑龙江"), Map.entry("湘", "湖南"), Map.entry("皖", "安徽"), Map.entry("鲁", "山东"),
          Map.entry("新", "新疆"), Map.entry("苏", "江苏"), Map.entry("浙", "浙江"), Map.entry("赣", "江西"),
          Map.entry("鄂", "湖北"), Map.entry("桂", "广西"), Map.entry("甘", "甘肃"), Map.entry("晋", "山西"),
          Map.entry("蒙", "内蒙古"), Map.entry("陕", "陕西"), Map.entry("吉", "吉林"), Map.entry("闽", "福建"),
          Map.entry("贵", "贵州"), Map.entry("粤", "广东"), Map.entry("青", "青海"), Map.entry("藏", "西藏"),
          Map.entry("川", "四川"), Map.entry("宁", "宁夏"), Map.entry("琼", "海南"));

  private static final Map<Character, Kind> SUFFIXES = Map.of('挂', Kind.TRAILER, '学', Kind.COACH, '警', Kind.POLICE);

  public VehiclePlate {
    Rejection rejection = rejection(value);
    if (rejection != null) {
      throw new InvalidIdentifier(rejection);
    }
  }

  /** Checks typed input; spaces, dots, dashes, lower case and full-width letters are accepted. */
  public static Checked<VehiclePlate> parse(String raw) {
    String v = TypedText.compact(raw);
    Rejection rejection = rejection(v);
    return rejection == null ? Checked.attempt(v, VehiclePlate::new) : Checked.rejected(rejection);
  }

  private static @Nullable Rejection rejection(String v) {
    if (v.isEmpty()) {
      return Rejection.of("plate.empty", "enter a plate such as 苏A12345");
    }
    String province = v.substring(0, v.offsetByCodePoints(0, 1));
    if (!PROVINCES.containsKey(province)) {
      return Rejection.of("plate.province", "'" + province + "' is not the abbreviation of a mainland province (such as 苏, 沪, 浙, 皖)", province);
    }
    int length = TypedText.length(v);
    if (length != 7 && length != 8 || v.length() != length) {
      return Rejection.of("plate.length", "a plate has 7 characters (8 on new-energy vehicles), not " + length, length);
    }
    for (int i = 1; i < length; i++) {
      char c = v.charAt(i);
      if (c == 'I' || c == 'O') {
        return Rejection.of("plate.letter-io", "plates never use the letters I and O (position " + (i + 1) + "); did you mean 1 or 0?", c, i + 1);
      }
    }
    char authority = v.charAt(1);
    if (authority < 'A' || authority > 'Z') {
      return Rejection.of("plate.authority", "the second character must be the issuing authority's letter A-Z, not '" + authority + "'", authority);
    }
    String serial = v.substring(2);
    Kind suffixKind = SUFFIXES.get(serial.charAt(serial.length() - 1));
    if (suffixKind != null) {
      serial = serial.substring(0, serial.length() - 1);
      if (serial.length() != 4) {
        char suffix = v.charAt(v.length() - 1);
        return Rejection.of("plate.suffix", "a plate ending in " + suffix + " has four characters between the authority letter and " + suffix, suffix);
      }
    }
    for (int i = 0; i < serial.length(); i++) {
      char c = serial.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
        return Rejection.of("plate.serial", "character '" + c + "' at position " + (i + 3) + " is not allowed in a plate", c, i + 3);
      }
    }
    if (serial.length() == 6 && kindOfNewEnergy(serial) == null) {
      return Rejection.of(
          "plate.new-energy",
          "a new-energy serial is D or F, a letter or digit and 4 digits (small vehicles), or 5 digits and D or F (large vehicles), not " + serial,
          serial);
    }
    return null;
  }

  private static @Nullable Kind kindOfNewEnergy(String serial) {
    if (serial.matches("[DF][A-Z0-9][0-9]{4}")) {
      return Kind.NEW_ENERGY_SMALL;
    }
    if (serial.matches("[0-9]{5}[DF]")) {
      return Kind.NEW_ENERGY_LARGE;
    }
    return null;
  }

  /** The province abbreviation, e.g. 苏. */
  public String provinceAbbreviation() {
    return value.substring(0, 1);
  }

  /** The province's short name, e.g. 江苏. */
  public String province() {
    return PROVINCES.get(provinceAbbreviation());
  }

  /** The issuing authority's letter (发牌机关代号), A for the provincial capital as a rule. */
  public char authority() {
    return value.charAt(1);
  }

  public Kind kind() {
    Kind suffix = SUFFIXES.get(value.charAt(value.length() - 1));
    if (suffix != null) {
      return suffix;
    }
    return value.length() == 8 ? java.util.Objects.requireNonNull(kindOfNewEnergy(value.substring(2))) : Kind.ORDINARY;
  }

  /**
   * Readings a camera may make of this plate by confusing 0/O/D, 1/I, 8/B, 2/Z or 5/S in one or two
   * places, at most {@value OcrConfusions#LIMIT}. They include spellings that are not valid plates
   * (with O or I) because those are what a camera reports.
   */
  public Set<String> ocrVariants() {
    return OcrConfusions.variants(value, 1);
  }

  /** For display: province and authority letter, the last two characters, the rest starred. */
  public String masked() {
    return Masks.plate(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
