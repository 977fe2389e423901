package cn.deltalink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Luhn digits of the constructed numbers were computed by hand, not by the code under test. */
class BankCardNumberTest {

  private static Rejection rejectionOf(String raw) {
    return BankCardNumber.parse(raw).rejection().orElseThrow();
  }

  @Test
  void aNineteenDigitUnionPayNumberIsValid() {
    BankCardNumber card = BankCardNumber.parse("6222 0212 3456 7890 128").orElseThrow();

    assertThat(card.value()).isEqualTo("6222021234567890128");
    assertThat(card.network()).contains(BankCardNumber.Network.UNIONPAY);
  }

  @Test
  void theClassicVisaTestNumberIsValid() {
    assertThat(BankCardNumber.parse("4111-1111-1111-1111").orElseThrow().network()).contains(BankCardNumber.Network.VISA);
  }

  @Test
  void aMastercardAndAnAmericanExpressNumberAreRecognised() {
    assertThat(BankCardNumber.parse("5500005555555559").orElseThrow().network()).contains(BankCardNumber.Network.MASTERCARD);
    assertThat(BankCardNumber.parse("378282246310005").orElseThrow().network()).contains(BankCardNumber.Network.AMERICAN_EXPRESS);
  }

  @Test
  void twelveDigitsAreEnough() {
    assertThat(BankCardNumber.parse("622588123456").isValid()).isTrue();
  }

  @Test
  void aMistypedDigitFailsTheLuhnCheck() {
    assertThat(rejectionOf("6222021234567890123").rule()).isEqualTo("bank-card.luhn");
  }

  @Test
  void twoSwappedDigitsFailTheLuhnCheck() {
    assertThat(rejectionOf("4111111111111111".replace("4111", "1411")).rule()).isEqualTo("bank-card.luhn");
  }

  @Test
  void elevenDigitsAreTooFew() {
    assertThat(rejectionOf("62258812345").message()).isEqualTo("a bank card number has 12 to 19 digits, not 11");
  }

  @Test
  void twentyDigitsAreTooMany() {
    assertThat(rejectionOf("62220212345678901280").rule()).isEqualTo("bank-card.length");
  }

  @Test
  void maskingKeepsTheBinAndTheLastFour() {
    assertThat(BankCardNumber.parse("6222021234567890128").orElseThrow().masked()).isEqualTo("622202*********0128");
  }
}
