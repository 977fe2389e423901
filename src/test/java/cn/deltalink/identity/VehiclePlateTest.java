package cn.deltalink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VehiclePlateTest {

  private static VehiclePlate plate(String raw) {
    return VehiclePlate.parse(raw).orElseThrow();
  }

  private static Rejection rejectionOf(String raw) {
    return VehiclePlate.parse(raw).rejection().orElseThrow();
  }

  @Test
  void anOrdinaryPlateNamesItsProvinceAndAuthority() {
    VehiclePlate plate = plate("苏A12345");

    assertThat(plate.province()).isEqualTo("江苏");
    assertThat(plate.authority()).isEqualTo('A');
    assertThat(plate.kind()).isEqualTo(VehiclePlate.Kind.ORDINARY);
  }

  @Test
  void theDotSpacesAndLowerCaseAreNormalisedAway() {
    assertThat(plate("苏A·12345").value()).isEqualTo("苏A12345");
    assertThat(plate(" 沪 b-d1 2 3k ").value()).isEqualTo("沪BD123K");
  }

  @Test
  void fullWidthLettersFromAChineseInputMethodAreAccepted() {
    assertThat(plate("浙Ａ１２３４５").value()).isEqualTo("浙A12345");
  }

  @Test
  void everyMainlandProvinceIsKnown() {
    assertThat(VehiclePlate.PROVINCES).hasSize(31);
    for (String abbreviation : "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼".split("")) {
      assertThat(VehiclePlate.parse(abbreviation + "A12345").isValid()).as(abbreviation).isTrue();
    }
  }

  @Test
  void anUnknownProvinceAbbreviationIsRejected() {
    Rejection rejection = rejectionOf("港A12345");

    assertThat(rejection.rule()).isEqualTo("plate.province");
    assertThat(rejection.arguments()).containsExactly("港");
  }

  @Test
  void theLetterOIsNeverUsed() {
    Rejection rejection = rejectionOf("苏A1234O");

    assertThat(rejection.rule()).isEqualTo("plate.letter-io");
    assertThat(rejection.arguments()).containsExactly("O", "7");
  }

  @Test
  void theLetterIIsNeverUsedEvenAsAuthority() {
    assertThat(rejectionOf("苏I12345").rule()).isEqualTo("plate.letter-io");
  }

  @Test
  void aDigitIsNoIssuingAuthority() {
    assertThat(rejectionOf("苏112345").rule()).isEqualTo("plate.authority");
  }

  @Test
  void aSmallNewEnergyPlateStartsItsSerialWithDOrF() {
    assertThat(plate("苏AD12345").kind()).isEqualTo(VehiclePlate.Kind.NEW_ENERGY_SMALL);
    assertThat(plate("沪AFK1234").kind()).isEqualTo(VehiclePlate.Kind.NEW_ENERGY_SMALL);
  }

  @Test
  void aLargeNewEnergyPlateEndsItsSerialWithDOrF() {
    assertThat(plate("皖A12345D").kind()).isEqualTo(VehiclePlate.Kind.NEW_ENERGY_LARGE);
    assertThat(plate("浙B12345F").kind()).isEqualTo(VehiclePlate.Kind.NEW_ENERGY_LARGE);
  }

  @Test
  void aSixCharacterSerialOfNeitherNewEnergyFormIsRejected() {
    assertThat(rejectionOf("苏A123456").rule()).isEqualTo("plate.new-energy");
    assertThat(rejectionOf("苏AD1234K").rule()).isEqualTo("plate.new-energy");
  }

  @Test
  void trailerDrivingSchoolAndPolicePlatesEndInTheirCharacter() {
    assertThat(plate("苏E1234挂").kind()).isEqualTo(VehiclePlate.Kind.TRAILER);
    assertThat(plate("苏A1234学").kind()).isEqualTo(VehiclePlate.Kind.COACH);
    assertThat(plate("苏A0123警").kind()).isEqualTo(VehiclePlate.Kind.POLICE);
  }

  @Test
  void aTrailerPlateWithFiveCharactersBeforeTheSuffixIsRejected() {
    assertThat(rejectionOf("苏E12345挂").rule()).isEqualTo("plate.suffix");
  }

  @Test
  void aPlateOfWrongLengthIsRejectedWithItsLength() {
    assertThat(rejectionOf("苏A1234").message()).isEqualTo("a plate has 7 characters (8 on new-energy vehicles), not 6");
  }

  @Test
  void aScriptFragmentIsRejectedAtTheProvince() {
    assertThat(rejectionOf("<script>alert(1)</script>").rule()).isEqualTo("plate.province");
  }

  @Test
  void ocrVariantsIncludeTheUsualConfusions() {
    assertThat(plate("苏A80125").ocrVariants())
        .contains("苏AB0125", "苏A8O125", "苏A8D125", "苏A80I25", "苏A801Z5", "苏A8012S", "苏AB012S")
        .doesNotContain("苏A80125");
  }

  @Test
  void ocrVariantsAreBounded() {
    assertThat(plate("苏D00000").ocrVariants()).hasSizeLessThanOrEqualTo(64);
  }

  @Test
  void aPlateWithoutConfusableCharactersHasNoVariants() {
    assertThat(plate("苏A34679").ocrVariants()).isEmpty();
  }

  @Test
  void maskingKeepsProvinceAuthorityAndTheLastTwo() {
    assertThat(plate("苏A12345").masked()).isEqualTo("苏A***45");
  }
}
