package cn.deltalink.region.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the region's public security agencies are named, in Chinese and English, from the names of
 * their divisions: 南京市公安局 (Nanjing Public Security Bureau), its district branch 南京市公安局江宁分局
 * (Jiangning Branch, Nanjing Public Security Bureau), a county-level city's 宜兴市公安局 (Yixing Public
 * Security Bureau), a county's 长兴县公安局 (Changxing County Public Security Bureau), a functional
 * zone's branch 苏州市公安局工业园区分局 (Industrial Park Branch, Suzhou Public Security Bureau).
 */
final class AgencyNaming {

  /** A name in both languages. */
  record Name(String zh, String en) {}

  /** Functional zone kinds, longest first so that the most specific one matches. */
  private static final Map<String, String> ZONE_TERMS = new LinkedHashMap<>();

  static {
    ZONE_TERMS.put("高新技术产业开发区", "High-tech Industrial Development Zone");
    ZONE_TERMS.put("经济技术开发区", "Economic and Technological Development Zone");
    ZONE_TERMS.put("高新技术开发区", "High-tech Development Zone");
    ZONE_TERMS.put("现代产业园区", "Modern Industrial Park");
    ZONE_TERMS.put("经济开发区", "Economic Development Zone");
    ZONE_TERMS.put("工业园区", "Industrial Park");
    ZONE_TERMS.put("新区", "New Area");
  }

  /** Zone names that join two places or carry a foreign partner: pinyin as one word would mislead. */
  private static final Map<String, String> ZONE_PLACES = Map.of("中新苏滁", "China-Singapore Suchu", "阜阳合肥", "Fuyang-Hefei", "宿州马鞍山", "Suzhou-Ma'anshan");

  private static final List<String> PROVINCE_PREFIXES = List.of("上海", "江苏", "浙江", "安徽");

  private static final Map<String, String> AUTONOMOUS_COUNTIES = Map.of("畲族自治县", "She Autonomous County");

  private AgencyNaming() {}

  /** The bureau of a prefecture-level city, e.g. 南京市 → 南京市公安局. */
  static Name cityBureau(String city) {
    return new Name(city + "公安局", PlaceNamePinyin.of(stem(city, "市")) + " Public Security Bureau");
  }

  /**
   * The bureau of a county-level division under a city (or a municipality's) bureau: a branch for
   * districts and functional zones, a bureau of its own for county-level cities and counties.
   */
  static Name countyBureau(String code, String county, String city, Name cityBureau) {
    if (isFunctionalZone(code)) {
      Name zone = zone(county, stem(city, "市"));
      return new Name(cityBureau.zh() + zone.zh() + "分局", zone.en() + " Branch, " + cityBureau.en());
    }
    if (county.endsWith("区")) {
      String stem = county.endsWith("新区") ? stem(county, "新区") : stem(county, "区");
      return new Name(cityBureau.zh() + stem + "分局", PlaceNamePinyin.of(stem) + " Branch, " + cityBureau.en());
    }
    if (county.endsWith("市")) {
      return new Name(county + "公安局", PlaceNamePinyin.of(stem(county, "市")) + " Public Security Bureau");
    }
    for (Map.Entry<String, String> autonomous : AUTONOMOUS_COUNTIES.entrySet()) {
      if (county.endsWith(autonomous.getKey())) {
        String place = county.substring(0, county.length() - autonomous.getKey().length());
        return new Name(county + "公安局", PlaceNamePinyin.of(place) + " " + autonomous.getValue() + " Public Security Bureau");
      }
    }
    if (county.endsWith("县")) {
      return new Name(county + "公安局", PlaceNamePinyin.of(county.substring(0, county.length() - 1)) + " County Public Security Bureau");
    }
    throw new IllegalArgumentException("No naming rule for the county-level division " + code + " " + county);
  }

  /** A police station or office under a county bureau, e.g. 张渚 派出所 of 宜兴市公安局. */
  static Name station(String place, String zhKind, String enKind, Name countyBureau) {
    return new Name(countyBureau.zh() + place + zhKind, PlaceNamePinyin.of(place) + " " + enKind + ", " + countyBureau.en());
  }

  /** GB/T 2260 numbers functional zones 71-79 within their city. */
  static boolean isFunctionalZone(String code) {
    return code.charAt(4) == '7';
  }

  private static Name zone(String zone, String cityStem) {
    String rest = zone;
    for (String province : PROVINCE_PREFIXES) {
      rest = rest.startsWith(province) ? rest.substring(province.length()) : rest;
    }
    for (Map.Entry<String, String> term : ZONE_TERMS.entrySet()) {
      if (rest.endsWith(term.getKey())) {
        String place = rest.substring(0, rest.length() - term.getKey().length());
        String local = place.replaceFirst("^" + cityStem + "市?", "");
        if (local.isEmpty() && !term.getKey().equals("新区")) {
          return new Name(term.getKey(), term.getValue());
        }
        String shown = local.isEmpty() || ZONE_PLACES.containsKey(place) ? place : local;
        String placeEn = ZONE_PLACES.getOrDefault(shown, PlaceNamePinyin.of(shown));
        return new Name(shown + term.getKey(), placeEn + " " + term.getValue());
      }
    }
    throw new IllegalArgumentException("No zone term in " + zone);
  }

  private static String stem(String name, String suffix) {
    String stem = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    return stem.length() < 2 ? name : stem;
  }
}
