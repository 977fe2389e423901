package cn.deltalink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The published codes below were confirmed with an independent implementation of the GB 32100
 * arithmetic; the constructed ones had their check character computed the same way.
 */
class UnifiedSocialCreditCodeTest {

  private static Rejection rejectionOf(String raw) {
    return UnifiedSocialCreditCode.parse(raw).rejection().orElseThrow();
  }

  @Test
  void aPublishedEnterpriseCodeIsValid() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91350100M000100Y43").orElseThrow();

    assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.MARKET_REGULATION);
    assertThat(code.institutionCategory()).contains("企业");
    assertThat(code.divisionCode()).isEqualTo("350100");
    assertThat(code.organisationCode()).isEqualTo("M000100Y-4");
  }

  @Test
  void anotherPublishedEnterpriseCodeIsValid() {
    assertThat(UnifiedSocialCreditCode.parse("91440300708461136T").isValid()).isTrue();
  }

  @Test
  void aSocialOrganisationRegisteredWithCivilAffairsIsRecognised() {
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("51320000509412345R").orElseThrow();

    assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.CIVIL_AFFAIRS);
    assertThat(code.institutionCategory()).contains("社会团体");
  }

  @Test
  void aGovernmentBodyRegisteredWithTheEstablishmentOfficeIsRecognised() {
    assertThat(UnifiedSocialCreditCode.parse("113200000140001234").orElseThrow().registrationAuthority())
        .isEqualTo(RegistrationAuthority.ESTABLISHMENT_OFFICE);
  }

  @Test
  void anIndividualBusinessIsRecognised() {
    assertThat(UnifiedSocialCreditCode.parse("92320102MA20LQ3T1M").orElseThrow().institutionCategory()).contains("个体工商户");
  }

  @Test
  void aRemainderOfZeroGivesTheCheckCharacterZero() {
    assertThat(UnifiedSocialCreditCode.parse("913201000000000280").isValid()).isTrue();
  }

  @Test
  void lowerCaseAndSpacesAreAccepted() {
    assertThat(UnifiedSocialCreditCode.parse(" 91350100 m000100y43 ").orElseThrow().value()).isEqualTo("91350100M000100Y43");
  }

  @Test
  void aWrongCheckCharacterIsRejectedNamingTheRightOne() {
    Rejection rejection = rejectionOf("91350100M000100Y44");

    assertThat(rejection.rule()).isEqualTo("credit-code.check-character");
    assertThat(rejection.message()).isEqualTo("check character should be 3, not 4");
  }

  @Test
  void theLetterIIsNotInTheCharset() {
    Rejection rejection = rejectionOf("91350100M000100I43");

    assertThat(rejection.rule()).isEqualTo("credit-code.characters");
    assertThat(rejection.arguments()).containsExactly("I", "16");
  }

  @Test
  void theLettersOSVAndZAreNotInTheCharsetEither() {
    for (String letter : new String[] {"O", "S", "V", "Z"}) {
      assertThat(rejectionOf("91350100M" + letter + "00100Y43").rule()).isEqualTo("credit-code.characters");
    }
  }

  @Test
  void aCodeOfSeventeenCharactersIsRejectedWithItsLength() {
    assertThat(rejectionOf("91350100M000100Y4").message()).isEqualTo("a unified social credit code has 18 characters, not 17");
  }

  @Test
  void aFirstCharacterThatIsNoRegistrationAuthorityIsRejected() {
    assertThat(rejectionOf("B1350100M000100Y43").rule()).isEqualTo("credit-code.authority");
  }

  @Test
  void lettersWhereTheDivisionCodeBelongsAreRejected() {
    assertThat(rejectionOf("9135A100M000100Y43").rule()).isEqualTo("credit-code.division");
  }

  @Test
  void maskingHidesTheOrganisationCodeButItsEnd() {
    assertThat(UnifiedSocialCreditCode.parse("91350100M000100Y43").orElseThrow().masked()).isEqualTo("91350100******0Y43");
  }
}
