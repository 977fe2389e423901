package cn.deltalink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The masking rules in their one place, as the value types and access.PersonalField show them. */
class MasksTest {

  @Test
  void aValueTypeMasksAsTheRuleForItsFieldDoes() {
    assertThat(new ResidentIdNumber("11010519491231002X").masked()).isEqualTo(Masks.residentId("11010519491231002X")).isEqualTo("110105********002X");
    assertThat(new MobileNumber("13812345678").masked()).isEqualTo(Masks.mobile("13812345678")).isEqualTo("138****5678");
    assertThat(BankCardNumber.parse("6222021234567890128").orElseThrow().masked()).isEqualTo(Masks.bankCard("6222 0212 3456 7890 128")).isEqualTo("622202*********0128");
    assertThat(PersonName.parse("欧阳修").orElseThrow().masked()).isEqualTo(Masks.name(" 欧阳修 ")).isEqualTo("欧**");
  }

  @Test
  void aLatinNameKeepsEachWordsFirstLetter() {
    assertThat(Masks.name("Zhang  Wei")).isEqualTo("Z**** W**");
  }

  @Test
  void aValueTooShortToKeepPartsOfIsMaskedWhole() {
    assertThat(Masks.residentId("3201021")).isEqualTo("*******");
    assertThat(Masks.name("李")).isEqualTo("*");
    assertThat(Masks.plate("苏A12")).isEqualTo("****");
    assertThat(Masks.creditCode("9135")).isEqualTo("****");
  }

  @Test
  void anUncheckedValueKeepsAtMostThreeAndTwoCharactersAndNoControlCharacters() {
    assertThat(Masks.unchecked("110105194912310025")).isEqualTo("110*************25");
    assertThat(Masks.unchecked("1381")).isEqualTo("****");
    assertThat(Masks.unchecked("abc\r\ndefgh")).isEqualTo("abc***gh");
  }
}
