package cn.deltalink.region.internal;

import cn.deltalink.platform.CsvRows;
import cn.deltalink.region.AgencyKind;
import cn.deltalink.region.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code region/yrd/agencies.csv}: the provincial departments as the file already lists them,
 * a bureau for every prefecture-level city and every county-level division of the member provinces
 * (named by {@link AgencyNaming}), and the border police stations the source article names. The CSV
 * is what ships; this tool only saves typing several hundred names by hand. Run it with
 * {@code ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.deltalink.region.internal.YrdAgencyDataSetGenerator}.
 */
final class YrdAgencyDataSetGenerator {

  static final Path TARGET = Path.of("src/main/resources/region/yrd/agencies.csv");

  /** A border station the article names: its county, unit number, place, and the kind of post. */
  record BorderStation(String county, String unit, String place, String zhKind, String enKind) {}

  /** The posts at provincial borders that the article names, in its order. DeltaLink assigns the unit numbers. */
  static final List<BorderStation> BORDER_STATIONS =
      List.of(
          new BorderStation("310118", "510000", "金泽", "派出所", "Police Station"),
          new BorderStation("320509", "510000", "黎里", "派出所", "Police Station"),
          new BorderStation("330421", "510000", "西塘", "派出所", "Police Station"),
          new BorderStation("320282", "510000", "张渚", "派出所", "Police Station"),
          new BorderStation("320282", "520000", "湖㳇", "派出所", "Police Station"),
          new BorderStation("341882", "510000", "新杭", "派出所", "Police Station"),
          new BorderStation("330522", "510000", "煤山", "派出所", "Police Station"),
          new BorderStation("310151", "510000", "新海", "派出所", "Police Station"),
          new BorderStation("320681", "510000", "吕四港", "派出所", "Police Station"),
          new BorderStation("320614", "510000", "海永", "派出所", "Police Station"),
          new BorderStation("320115", "510000", "丹阳", "警务室", "Police Office (Two Provinces, One Street)"),
          new BorderStation("340506", "510000", "丹阳", "派出所", "Police Station"),
          new BorderStation("320111", "510000", "乌江", "派出所", "Police Station (Jiangsu-Anhui Wujiang Joint Station)"),
          new BorderStation("340523", "510000", "乌江", "派出所", "Police Station"));

  private YrdAgencyDataSetGenerator() {}

  public static void main(String[] args) throws IOException {
    Path target = args.length > 0 ? Path.of(args[0]) : TARGET;
    Files.writeString(target, String.join("\n", lines(Files.readString(TARGET, StandardCharsets.UTF_8))) + "\n", StandardCharsets.UTF_8);
    System.out.println("Wrote " + target);
  }

  /** The lines of the CSV, given the current file (whose provincial departments are kept). */
  static List<String> lines(String current) {
    Region region = RegionFolder.load("yrd").region();
    Map<String, String[]> divisions = new LinkedHashMap<>();
    for (CsvRows.Row row : CsvRows.read(RegionFolder.DIVISIONS).rows()) {
      divisions.put(row.field(0), new String[] {row.field(1), row.field(2), row.field(3)});
    }
    Map<String, List<String>> rows = new TreeMap<>();
    Map<String, AgencyNaming.Name> bureaus = new LinkedHashMap<>();
    for (CsvRows.Row row : CsvRows.parse("current", current.getBytes(StandardCharsets.UTF_8)).rows()) {
      if (row.field(3).equals(AgencyKind.PROVINCIAL_DEPARTMENT.name())) {
        rows.put(row.field(0), row.fields());
        bureaus.put(row.field(4), new AgencyNaming.Name(row.field(1), row.field(2)));
      }
    }
    for (Map.Entry<String, String[]> d : divisions.entrySet()) {
      String code = d.getKey();
      String name = d.getValue()[0];
      if (!region.provinceCodes().contains(code.substring(0, 2)) || !d.getValue()[2].equals("2") || isGrouping(name)) {
        continue;
      }
      AgencyNaming.Name bureau = AgencyNaming.cityBureau(name);
      bureaus.put(code, bureau);
      rows.put(code + "000000", List.of(code + "000000", bureau.zh(), bureau.en(), AgencyKind.CITY_BUREAU.name(), code, code.substring(0, 2) + "0000000000"));
    }
    for (Map.Entry<String, String[]> d : divisions.entrySet()) {
      String code = d.getKey();
      if (!region.provinceCodes().contains(code.substring(0, 2)) || !d.getValue()[2].equals("3")) {
        continue;
      }
      String parentDivision = d.getValue()[1];
      String city = isGrouping(divisions.get(parentDivision)[0]) ? parentDivision.substring(0, 2) + "0000" : parentDivision;
      AgencyNaming.Name superior = bureaus.get(city);
      AgencyNaming.Name bureau = AgencyNaming.countyBureau(code, d.getValue()[0], divisions.get(city)[0], superior);
      bureaus.put(code, bureau);
      rows.put(code + "000000", List.of(code + "000000", bureau.zh(), bureau.en(), AgencyKind.COUNTY_BUREAU.name(), code, agencyOf(city)));
    }
    for (BorderStation s : BORDER_STATIONS) {
      AgencyNaming.Name station = AgencyNaming.station(s.place(), s.zhKind(), s.enKind(), bureaus.get(s.county()));
      rows.put(s.county() + s.unit(), List.of(s.county() + s.unit(), station.zh(), station.en(), AgencyKind.BORDER_STATION.name(), s.county(), s.county() + "000000"));
    }
    List<String> lines = new ArrayList<>();
    lines.add("# Police agencies of the region " + region.nameEn() + " (" + region.nameZh() + "); source and naming rules in SOURCE.md.");
    lines.add("# Written by YrdAgencyDataSetGenerator (test scope) from ../gbt2260/divisions.csv; station units are DeltaLink-assigned.");
    lines.add("# code (12 digits: 6-digit division code + 6-digit unit),name (zh),name (en),kind,division code,parent code");
    rows.values().forEach(fields -> lines.add(String.join(",", fields.stream().map(YrdAgencyDataSetGenerator::quoted).toList())));
    return lines;
  }

  private static String agencyOf(String division) {
    return division + "000000";
  }

  private static boolean isGrouping(String name) {
    return name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划");
  }

  private static String quoted(String field) {
    return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }
}
