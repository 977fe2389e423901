package cn.deltalink.identity.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese surnames (姓氏) where the characters alone mislead: compound surnames (复姓) of two
 * characters, and surnames read differently from the character's everyday reading (单 is Shan, 曾 is
 * Zeng as a surname).
 */
public final class Surnames {

  private static final Set<String> COMPOUND =
      Set.of(
          "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
          "令狐", "独孤", "南宫", "西门", "澹台", "公羊", "端木", "呼延", "百里", "东郭", "万俟", "闻人", "赫连", "钟离",
          "太史", "申屠", "司空", "濮阳", "淳于", "单于", "拓跋", "第五", "公冶", "宗政", "仲孙", "鲜于", "闾丘", "左丘",
          "梁丘", "乐正", "巫马", "漆雕", "亓官", "司寇");

  /** Readings as a surname, where pinyin4j lists another reading first. */
  private static final Map<String, List<String>> READINGS =
      Map.ofEntries(
          Map.entry("单", List.of("shan")), Map.entry("曾", List.of("zeng")), Map.entry("解", List.of("xie")),
          Map.entry("仇", List.of("qiu")), Map.entry("区", List.of("ou")), Map.entry("查", List.of("zha")),
          Map.entry("朴", List.of("piao")), Map.entry("盖", List.of("ge")), Map.entry("乐", List.of("yue")),
          Map.entry("覃", List.of("qin")), Map.entry("缪", List.of("miao")), Map.entry("召", List.of("shao")),
          Map.entry("种", List.of("chong")), Map.entry("秘", List.of("bi")), Map.entry("那", List.of("na")),
          Map.entry("柏", List.of("bai")), Map.entry("员", List.of("yun")), Map.entry("繁", List.of("po")),
          Map.entry("重", List.of("chong")), Map.entry("万俟", List.of("mo", "qi")), Map.entry("尉迟", List.of("yu", "chi")),
          Map.entry("澹台", List.of("tan", "tai")), Map.entry("单于", List.of("chan", "yu")), Map.entry("长孙", List.of("zhang", "sun")),
          Map.entry("乐正", List.of("yue", "zheng")));

  private Surnames() {}

  /** The surname a Han name most likely starts with: a compound surname if it has one, else its first character. */
  public static String guess(String hanName) {
    if (hanName.codePointCount(0, hanName.length()) >= 3) {
      String two = hanName.substring(0, hanName.offsetByCodePoints(0, 2));
      if (COMPOUND.contains(two)) {
        return two;
      }
    }
    return hanName.substring(0, hanName.offsetByCodePoints(0, 1));
  }

  /** The surname readings of each character of a surname, one reading per character; empty when the everyday reading holds. */
  public static List<String> readings(String surname) {
    return READINGS.getOrDefault(surname, List.of());
  }
}
