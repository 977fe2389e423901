package cn.deltalink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MobileNumberTest {

  private static Rejection rejectionOf(String raw) {
    return MobileNumber.parse(raw).rejection().orElseThrow();
  }

  @Test
  void elevenDigitsStartingWith13AreValid() {
    assertThat(MobileNumber.parse("13812345678").orElseThrow().value()).isEqualTo("13812345678");
  }

  @Test
  void countryCodesSpacesAndDashesAreDropped() {
    assertThat(MobileNumber.parse("+86 138-1234-5678").orElseThrow().value()).isEqualTo("13812345678");
    assertThat(MobileNumber.parse("0086 19912345678").orElseThrow().value()).isEqualTo("19912345678");
    assertThat(MobileNumber.parse("(+86) 15012345678").orElseThrow().value()).isEqualTo("15012345678");
  }

  @Test
  void aNumberStartingWith12IsRejected() {
    Rejection rejection = rejectionOf("12812345678");

    assertThat(rejection.rule()).isEqualTo("mobile.prefix");
    assertThat(rejection.message()).isEqualTo("mobile numbers start with 13 to 19, not 12");
  }

  @Test
  void aNumberNotStartingWith1IsRejected() {
    assertThat(rejectionOf("23812345678").rule()).isEqualTo("mobile.prefix");
  }

  @Test
  void tenDigitsAreRejectedWithTheirCount() {
    assertThat(rejectionOf("1381234567").message()).isEqualTo("a mobile number has 11 digits, not 10");
  }

  @Test
  void lettersAreRejected() {
    assertThat(rejectionOf("138abcd5678").rule()).isEqualTo("mobile.characters");
  }

  @Test
  void maskingKeepsTheFirstThreeAndTheLastFourDigits() {
    assertThat(MobileNumber.parse("13812345678").orElseThrow().masked()).isEqualTo("138****5678");
  }
}
