package cn.deltalink.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.region.internal.AgencyNaming.Name;
import org.junit.jupiter.api.Test;

class AgencyNamingTest {

  private final Name nanjing = AgencyNaming.cityBureau("南京市");
  private final Name shanghai = new Name("上海市公安局", "Shanghai Municipal Public Security Bureau");

  @Test
  void aCityBureauIsNamedAfterItsCity() {
    assertThat(nanjing).isEqualTo(new Name("南京市公安局", "Nanjing Public Security Bureau"));
  }

  @Test
  void aDistrictHasABranchOfItsCityBureau() {
    assertThat(AgencyNaming.countyBureau("320115", "江宁区", "南京市", nanjing))
        .isEqualTo(new Name("南京市公安局江宁分局", "Jiangning Branch, Nanjing Public Security Bureau"));
  }

  @Test
  void aShanghaiDistrictHasABranchOfTheMunicipalBureau() {
    assertThat(AgencyNaming.countyBureau("310118", "青浦区", "上海市", shanghai).zh()).isEqualTo("上海市公安局青浦分局");
    assertThat(AgencyNaming.countyBureau("310115", "浦东新区", "上海市", shanghai).zh()).isEqualTo("上海市公安局浦东分局");
  }

  @Test
  void aCountyLevelCityHasABureauOfItsOwn() {
    assertThat(AgencyNaming.countyBureau("320282", "宜兴市", "无锡市", AgencyNaming.cityBureau("无锡市")))
        .isEqualTo(new Name("宜兴市公安局", "Yixing Public Security Bureau"));
  }

  @Test
  void aCountyHasACountyBureauReadWithThePlaceNameReading() {
    assertThat(AgencyNaming.countyBureau("330522", "长兴县", "湖州市", AgencyNaming.cityBureau("湖州市")))
        .isEqualTo(new Name("长兴县公安局", "Changxing County Public Security Bureau"));
  }

  @Test
  void aOneCharacterCountyKeepsItsName() {
    assertThat(AgencyNaming.countyBureau("340523", "和县", "马鞍山市", AgencyNaming.cityBureau("马鞍山市")).en()).isEqualTo("He County Public Security Bureau");
  }

  @Test
  void aFunctionalZoneHasABranchNamedWithoutItsCity() {
    assertThat(AgencyNaming.countyBureau("320576", "苏州工业园区", "苏州市", AgencyNaming.cityBureau("苏州市")))
        .isEqualTo(new Name("苏州市公安局工业园区分局", "Industrial Park Branch, Suzhou Public Security Bureau"));
  }

  @Test
  void aStationIsNamedUnderItsCountyBureau() {
    Name yixing = new Name("宜兴市公安局", "Yixing Public Security Bureau");
    assertThat(AgencyNaming.station("湖㳇", "派出所", "Police Station", yixing)).isEqualTo(new Name("宜兴市公安局湖㳇派出所", "Hufu Police Station, Yixing Public Security Bureau"));
  }

  @Test
  void pinyinSeparatesSyllablesThatWouldRunTogether() {
    assertThat(PlaceNamePinyin.of("六安")).isEqualTo("Lu'an");
    assertThat(PlaceNamePinyin.of("蚌埠")).isEqualTo("Bengbu");
  }
}
