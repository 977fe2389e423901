package cn.deltalink.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyKind;
import cn.deltalink.region.Division;
import cn.deltalink.region.Divisions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The region's reference data as a Jiangsu node holds it after start-up, on its embedded PostgreSQL. */
@NodeTest
class RegionDataTest {

  @Autowired Divisions divisions;
  @Autowired Agencies agencies;
  @Autowired RegionDataLoader loader;
  @Autowired JdbcClient jdbc;

  /** The county-level rows of the four provinces, read straight from the shipped file. */
  private static List<String[]> countyRowsOfTheFourProvinces() throws IOException {
    return Files.readAllLines(Path.of("src/main/resources/region/gbt2260/divisions.csv"), StandardCharsets.UTF_8).stream()
        .filter(line -> line.matches("3[1-4]\\d{4},.*,3"))
        .map(line -> line.split(","))
        .toList();
  }

  @Test
  void everyCountyLevelDivisionOfTheFourProvincesIsPresentWithItsName() throws IOException {
    List<String[]> expected = countyRowsOfTheFourProvinces();
    assertThat(expected).hasSizeGreaterThan(300);
    for (String[] row : expected) {
      assertThat(divisions.find(row[0])).as(row[0]).map(Division::name).contains(row[1]);
    }
    int stored = jdbc.sql("select count(*) from division where level = 3 and substr(code, 1, 2) in ('31', '32', '33', '34')").query(Integer.class).single();
    assertThat(stored).isEqualTo(expected.size());
  }

  @Test
  void everyCountyLevelDivisionOfTheFourProvincesHasItsBureau() throws IOException {
    for (String[] row : countyRowsOfTheFourProvinces()) {
      Agency bureau = agencies.find(row[0] + "000000").orElseThrow(() -> new AssertionError("no bureau for " + row[0] + " " + row[1]));
      assertThat(bureau.kind()).isEqualTo(AgencyKind.COUNTY_BUREAU);
      assertThat(agencies.find(bureau.parentCode()).orElseThrow().kind()).as(bureau.nameZh()).isIn(AgencyKind.CITY_BUREAU, AgencyKind.PROVINCIAL_DEPARTMENT);
    }
  }

  @Test
  void jiangsuHasThirteenPrefectureLevelCitiesEachWithItsBureau() {
    List<Division> cities = divisions.children("32");
    assertThat(cities).hasSize(13).allMatch(c -> c.level() == Division.Level.PREFECTURE);
    assertThat(cities).extracting(Division::name).contains("南京市", "苏州市", "宿迁市");
    assertThat(agencies.within("32", AgencyKind.CITY_BUREAU)).hasSize(13);
  }

  @Test
  void shanghaisChildrenAreItsDistrictsNotTheGroupingRow() {
    List<Division> districts = divisions.children("31");
    assertThat(districts).hasSize(16).extracting(Division::name).contains("青浦区", "崇明区").doesNotContain("市辖区");
    assertThat(agencies.find("310100000000")).isEmpty();
  }

  @Test
  void aCountyHasNoChildren() {
    assertThat(divisions.children("320115")).isEmpty();
  }

  @Test
  void theFullNameFollowsThePathFromTheProvince() {
    assertThat(divisions.fullName("320115")).contains("江苏省南京市江宁区");
    assertThat(divisions.fullName("310118")).contains("上海市青浦区");
    assertThat(divisions.path("3201")).extracting(Division::code).containsExactly("320000", "320100");
  }

  @Test
  void divisionsOutsideTheRegionResolveButAreNotMembers() {
    assertThat(divisions.find("110101")).map(Division::name).contains("东城区");
    assertThat(divisions.contains("110101")).isFalse();
    assertThat(divisions.contains("3405")).isTrue();
    assertThat(divisions.contains("not a code")).isFalse();
  }

  @Test
  void theRegionsProvincesComeFromItsConfiguration() {
    assertThat(divisions.provinces()).extracting(Division::name).containsExactly("上海市", "江苏省", "浙江省", "安徽省");
    assertThat(divisions.region().key()).isEqualTo("yrd");
  }

  @Test
  void eachBorderPostTheArticleNamesIsUnderItsCountyBureau() {
    Map<String, String> posts =
        Map.ofEntries(
            Map.entry("310118510000", "金泽派出所"),
            Map.entry("320509510000", "黎里派出所"),
            Map.entry("330421510000", "西塘派出所"),
            Map.entry("320282510000", "张渚派出所"),
            Map.entry("320282520000", "湖㳇派出所"),
            Map.entry("341882510000", "新杭派出所"),
            Map.entry("330522510000", "煤山派出所"),
            Map.entry("310151510000", "新海派出所"),
            Map.entry("320681510000", "吕四港派出所"),
            Map.entry("320614510000", "海永派出所"),
            Map.entry("320115510000", "丹阳警务室"),
            Map.entry("340506510000", "丹阳派出所"),
            Map.entry("320111510000", "乌江派出所"),
            Map.entry("340523510000", "乌江派出所"));
    posts.forEach(
        (code, name) -> {
          Agency post = agencies.find(code).orElseThrow(() -> new AssertionError("missing " + code + " " + name));
          String county = code.substring(0, 6);
          assertThat(post.nameZh()).endsWith(name);
          assertThat(post.kind()).isEqualTo(AgencyKind.BORDER_STATION);
          assertThat(post.divisionCode()).isEqualTo(county);
          assertThat(post.parentCode()).isEqualTo(county + "000000");
          assertThat(agencies.find(post.parentCode()).map(Agency::kind)).contains(AgencyKind.COUNTY_BUREAU);
        });
  }

  @Test
  void aPostsChainLeadsUpToItsProvincialDepartment() {
    assertThat(agencies.chainAbove("320115510000")).extracting(Agency::nameZh).containsExactly("南京市公安局江宁分局", "南京市公安局", "江苏省公安厅");
  }

  @Test
  void searchTakesTheTextLiterally() {
    assertThat(agencies.search("江宁", 10)).extracting(Agency::code).contains("320115000000", "320115510000");
    assertThat(agencies.search("' or 1=1 --", 10)).isEmpty();
    assertThat(agencies.search("%", 10)).isEmpty();
    assertThat(agencies.search("Jiangning branch", 10)).extracting(Agency::code).contains("320115000000");
  }

  @Test
  void anUnchangedDataSetIsNotLoadedAgain() {
    assertThat(loader.load()).containsEntry("divisions", RegionDataLoader.Outcome.UNCHANGED).containsEntry("agencies", RegionDataLoader.Outcome.UNCHANGED);
  }

  @Test
  void aChangedDataSetReplacesNamesAndRemovesAgenciesNoLongerListed() {
    jdbc.sql("update agency set name_zh = '旧名' where code = '320115000000'").update();
    jdbc.sql("insert into agency (code, name_zh, name_en, kind, division_code, parent_code) values ('320115990000', '已撤销', 'Closed', 'POLICE_STATION', '320115', '320115000000')").update();
    jdbc.sql("update region_data_set set checksum = repeat('0', 64) where name = 'agencies'").update();

    assertThat(loader.load()).containsEntry("agencies", RegionDataLoader.Outcome.LOADED).containsEntry("divisions", RegionDataLoader.Outcome.UNCHANGED);

    assertThat(agencies.find("320115000000")).map(Agency::nameZh).contains("南京市公安局江宁分局");
    assertThat(agencies.find("320115990000")).isEmpty();
    assertThat(loader.load()).containsEntry("agencies", RegionDataLoader.Outcome.UNCHANGED);
  }
}
