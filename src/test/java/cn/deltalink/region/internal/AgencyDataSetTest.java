package cn.deltalink.region.internal;

import cn.deltalink.platform.CsvRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.region.Agency;
import cn.deltalink.region.Region;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgencyDataSetTest {

  private static final Region JIANGSU_ONLY = new Region("js", "江苏", "Jiangsu", List.of("32"));
  private static final Set<String> DIVISIONS = Set.of("320000", "320100", "320115", "340000", "340523");
  private static final String DEPARTMENT = "320000000000,江苏省公安厅,Jiangsu Provincial Public Security Department,PROVINCIAL_DEPARTMENT,320000,\n";

  private static List<Agency> parse(String text) {
    return AgencyDataSet.parse(CsvRows.parse("agencies.csv", text.getBytes(StandardCharsets.UTF_8)), DIVISIONS, JIANGSU_ONLY);
  }

  @Test
  void parentsMayComeAfterTheirChildren() {
    List<Agency> agencies =
        parse(
            "320115000000,南京市公安局江宁分局,\"Jiangning Branch, Nanjing Public Security Bureau\",COUNTY_BUREAU,320115,320100000000\n"
                + "320100000000,南京市公安局,Nanjing Public Security Bureau,CITY_BUREAU,320100,320000000000\n"
                + DEPARTMENT);
    assertThat(agencies).extracting(Agency::code).containsExactly("320115000000", "320100000000", "320000000000");
  }

  @Test
  void anUnknownDivisionIsRefusedWithItsLine() {
    assertThatThrownBy(() -> parse(DEPARTMENT + "320199000000,某分局,Some Branch,COUNTY_BUREAU,320199,320000000000\n"))
        .hasMessageContaining("agencies.csv line 2")
        .hasMessageContaining("320199 is not a GB/T 2260 division code");
  }

  @Test
  void aDivisionOutsideTheRegionIsRefused() {
    assertThatThrownBy(() -> parse(DEPARTMENT + "340523000000,和县公安局,He County Public Security Bureau,COUNTY_BUREAU,340523,320000000000\n"))
        .hasMessageContaining("outside the region");
  }

  @Test
  void aMissingParentIsRefused() {
    assertThatThrownBy(() -> parse(DEPARTMENT + "320115000000,江宁分局,Jiangning Branch,COUNTY_BUREAU,320115,320100000000\n"))
        .hasMessageContaining("parent 320100000000 of 320115000000 is not in the data set");
  }

  @Test
  void aCodeThatDoesNotStartWithItsDivisionIsRefused() {
    assertThatThrownBy(() -> parse(DEPARTMENT + "320100000000,南京市公安局,Nanjing Public Security Bureau,CITY_BUREAU,320115,320000000000\n"))
        .hasMessageContaining("must start with its division code 320115");
  }

  @Test
  void anUnknownKindNamesTheKindsThereAre() {
    assertThatThrownBy(() -> parse(DEPARTMENT + "320100000000,南京市公安局,Nanjing Public Security Bureau,BUREAU,320100,320000000000\n"))
        .hasMessageContaining("kind 'BUREAU' is not one of")
        .hasMessageContaining("CITY_BUREAU");
  }

  @Test
  void aCycleIsRefused() {
    assertThatThrownBy(
            () ->
                parse(
                    DEPARTMENT
                        + "320100000000,南京市公安局,Nanjing Public Security Bureau,CITY_BUREAU,320100,320115000000\n"
                        + "320115000000,江宁分局,Jiangning Branch,COUNTY_BUREAU,320115,320100000000\n"))
        .hasMessageContaining("its own ancestor");
  }

  @Test
  void onlyAProvincialDepartmentStandsWithoutParent() {
    assertThatThrownBy(() -> parse(DEPARTMENT + "320100000000,南京市公安局,Nanjing Public Security Bureau,CITY_BUREAU,320100,\n"))
        .hasMessageContaining("needs a parent");
  }

  @Test
  void aMemberProvinceWithoutDepartmentIsRefused() {
    assertThatThrownBy(() -> parse("# nothing\n")).hasMessageContaining("no provincial department 320000000000");
  }

  @Test
  void aRowWithTooFewFieldsIsRefused() {
    assertThatThrownBy(() -> parse(DEPARTMENT + "320100000000,南京市公安局,Nanjing\n")).hasMessageContaining("expected 6 fields");
  }
}
