package cn.deltalink.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The registration authority (登记管理部门) named by the first character of a unified social credit
 * code, with the institution categories (机构类别) of the second character where the category list
 * is settled for every code in use.
 */
public enum RegistrationAuthority {
  ESTABLISHMENT_OFFICE('1', "机构编制", Map.of('1', "机关", '2', "事业单位", '3', "群众团体", '9', "其他")),
  FOREIGN_AFFAIRS('2', "外交", Map.of()),
  JUSTICE('3', "司法行政", Map.of()),
  CULTURE('4', "文化", Map.of()),
  CIVIL_AFFAIRS('5', "民政", Map.of('1', "社会团体", '2', "民办非企业单位", '3', "基金会", '9', "其他")),
  TOURISM('6', "旅游", Map.of()),
  RELIGIOUS_AFFAIRS('7', "宗教", Map.of()),
  TRADE_UNION('8', "工会", Map.of()),
  MARKET_REGULATION('9', "工商/市场监管", Map.of('1', "企业", '2', "个体工商户", '3', "农民专业合作社")),
  MILITARY_ESTABLISHMENT('A', "中央军委改革和编制办公室", Map.of()),
  AGRICULTURE('N', "农业", Map.of()),
  OTHER('Y', "其他", Map.of());

  private final char code;
  private final String nameZh;
  private final Map<Character, String> categories;

  RegistrationAuthority(char code, String nameZh, Map<Character, String> categories) {
    this.code = code;
    this.nameZh = nameZh;
    this.categories = categories;
  }

  public char code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  /** The Chinese name of an institution category code under this authority, when it is known. */
  public Optional<String> category(char categoryCode) {
    return Optional.ofNullable(categories.get(categoryCode));
  }

  /** The authority with this code character. */
  public static Optional<RegistrationAuthority> of(char code) {
    return Arrays.stream(values()).filter(a -> a.code == code).findFirst();
  }

  /** The code as the API spells it, e.g. {@code market-regulation}. */
  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
