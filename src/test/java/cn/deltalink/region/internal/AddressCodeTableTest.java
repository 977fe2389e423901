package cn.deltalink.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.identity.AddressCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The address codes the region module hands to identity: the loaded national table plus the retired codes. */
@NodeTest
class AddressCodeTableTest {

  @Autowired AddressCodes codes;

  @Test
  void theNationalTableKnowsEveryProvinceAndThousandsOfCounties() {
    assertThat(codes.isKnown("320000")).isTrue();
    assertThat(codes.size()).isGreaterThan(3000);
  }

  @Test
  void aFullNameRunsFromProvinceToCountyWithoutTheGroupingOfMunicipalDistricts() {
    assertThat(codes.fullName("110105")).contains("北京市朝阳区");
    assertThat(codes.fullName("310118")).contains("上海市青浦区");
  }

  @Test
  void aFullNameOfACountyNamesItsCity() {
    assertThat(codes.fullName("320583")).contains("江苏省苏州市昆山市");
  }

  @Test
  void aCityWithoutCountiesIsNamedOnce() {
    assertThat(codes.fullName("441900")).contains("广东省东莞市");
  }

  @Test
  void aRetiredCodeIsKnownWithItsNameAndTheLastRevisionThatHeldIt() {
    assertThat(codes.isKnown("320684")).isTrue();
    assertThat(codes.fullName("320684")).contains("江苏省南通市海门市");
    assertThat(codes.lastRevision("320684")).contains("2016-07");
    assertThat(codes.fullName("110103")).contains("北京市崇文区");
  }

  @Test
  void aCurrentCodeHasNoLastRevision() {
    assertThat(codes.lastRevision("320614")).isEmpty();
    assertThat(codes.fullName("320614")).contains("江苏省南通市海门区");
  }

  @Test
  void anUnknownCodeHasNoName() {
    assertThat(codes.isKnown("999999")).isFalse();
    assertThat(codes.isKnown("32010X")).isFalse();
    assertThat(codes.fullName("999999")).isEmpty();
  }
}
