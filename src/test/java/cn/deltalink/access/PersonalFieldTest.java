package cn.deltalink.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalFieldTest {

  @Test
  void residentIdKeepsTheFirstSixAndLastFour() {
    assertThat(PersonalField.RESIDENT_ID.mask("32010219900307123X")).isEqualTo("320102********123X");
  }

  @Test
  void fifteenDigitResidentIdKeepsTheSameParts() {
    assertThat(PersonalField.RESIDENT_ID.mask("320102900307123")).isEqualTo("320102*****7123");
  }

  @Test
  void mobileKeepsTheFirstThreeAndLastFour() {
    assertThat(PersonalField.MOBILE.mask("13812345678")).isEqualTo("138****5678");
  }

  @Test
  void bankCardKeepsTheFirstAndLastFourAndHidesTheLength() {
    assertThat(PersonalField.BANK_CARD.mask("6222021234561234")).isEqualTo("622202******1234");
    assertThat(PersonalField.BANK_CARD.mask("6222 0212 3456 7890 123")).isEqualTo("622202*********0123");
  }

  @Test
  void nameKeepsTheSurname() {
    assertThat(PersonalField.NAME.mask("张伟")).isEqualTo("张*");
    assertThat(PersonalField.NAME.mask("欧阳娜娜")).isEqualTo("欧***");
    assertThat(PersonalField.NAME.mask("李")).isEqualTo("*");
  }

  @Test
  void valuesTooShortToKeepPartsOfAreMaskedWhole() {
    assertThat(PersonalField.RESIDENT_ID.mask("3201021")).isEqualTo("*******");
    assertThat(PersonalField.MOBILE.mask("110")).isEqualTo("***");
    assertThat(PersonalField.BANK_CARD.mask("62220212")).isEqualTo("********");
  }

  @Test
  void blankStaysBlank() {
    assertThat(PersonalField.MOBILE.mask("  ")).isEmpty();
  }

  @Test
  void kindsAreTheApiNames() {
    assertThat(PersonalField.ofKind("bank-card")).contains(PersonalField.BANK_CARD);
    assertThat(PersonalField.ofKind("passport")).isEmpty();
  }
}
