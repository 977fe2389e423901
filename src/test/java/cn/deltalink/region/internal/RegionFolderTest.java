package cn.deltalink.region.internal;

import cn.deltalink.platform.CsvRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionFolderTest {

  @Test
  void theReferenceRegionHasFourMemberProvinces() {
    assertThat(RegionFolder.load("yrd").region().provinceCodes()).containsExactly("31", "32", "33", "34");
  }

  @Test
  void anotherRegionIsAnotherFolderWithItsOwnMembersAndAgencies() {
    RegionFolder jjj = RegionFolder.load("jjj");
    List<Agency> agencies = AgencyDataSet.parse(CsvRows.read(jjj.agencies()), nationalDivisionCodes(), jjj.region());
    assertThat(jjj.region().nameEn()).isEqualTo("Beijing-Tianjin-Hebei");
    assertThat(jjj.region().provinceCodes()).containsExactly("11", "12", "13");
    assertThat(agencies).filteredOn(a -> a.kind() == AgencyKind.PROVINCIAL_DEPARTMENT).hasSize(3);
  }

  @Test
  void theShippedAgenciesHoldTogetherAgainstTheNationalTable() {
    RegionFolder yrd = RegionFolder.load("yrd");
    assertThat(AgencyDataSet.parse(CsvRows.read(yrd.agencies()), nationalDivisionCodes(), yrd.region())).hasSizeGreaterThan(370);
  }

  @Test
  void anUnknownRegionNamesTheFolderItLookedFor() {
    assertThatThrownBy(() -> RegionFolder.load("atlantis")).hasMessageContaining("classpath:region/atlantis/region.properties");
  }

  private static Set<String> nationalDivisionCodes() {
    Set<String> codes = new HashSet<>();
    CsvRows.read(RegionFolder.DIVISIONS).rows().forEach(r -> codes.add(r.field(0)));
    return codes;
  }
}
