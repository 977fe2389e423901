package cn.deltalink.region;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An administrative division (行政区划) of GB/T 2260: a province-level division, a prefecture-level
 * division or a county-level division, with its Chinese name and the code of the division above it.
 */
public record Division(String code, String name, Level level, @Nullable String parentCode) {

  /** The three levels of GB/T 2260 that DeltaLink keeps. */
  public enum Level {
    /** 省级: province, autonomous region, municipality. */
    PROVINCE,
    /** 地级: prefecture-level city, prefecture, league (and the statistical groupings below). */
    PREFECTURE,
    /** 县级: district, county-level city, county, banner, functional zone. */
    COUNTY;

    /** The level a six-digit code has by its shape. */
    public static Level of(DivisionCode code) {
      return switch (code.prefix().length()) {
        case 2 -> PROVINCE;
        case 4 -> PREFECTURE;
        default -> COUNTY;
      };
    }
  }

  /**
   * Names GB/T 2260 gives to prefecture-level rows that are only groupings, not places: the districts
   * of a municipality (市辖区), its counties (县), and county-level cities directly under a province.
   */
  private static final Set<String> GROUPINGS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  public Division {
    code = new DivisionCode(code).value();
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Division " + code + " has no name");
    }
    if (level == null) {
      throw new IllegalArgumentException("Division " + code + " has no level");
    }
    if (parentCode != null) {
      parentCode = new DivisionCode(parentCode).value();
    }
  }

  /** Whether this row only groups others (e.g. 310100 市辖区 of Shanghai) and is no place of its own. */
  public boolean isGrouping() {
    return level == Level.PREFECTURE && GROUPINGS.contains(name);
  }

  /** The two-digit code of the province this division belongs to. */
  public String provinceCode() {
    return code.substring(0, 2);
  }
}
