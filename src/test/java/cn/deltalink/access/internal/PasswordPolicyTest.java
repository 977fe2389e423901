package cn.deltalink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsTenCharactersWithLettersAndDigits() {
    assertThat(PasswordPolicy.problemWith("wang.li", "Taihu2026x")).isEmpty();
  }

  @Test
  void acceptsChineseLettersWithDigits() {
    assertThat(PasswordPolicy.problemWith("wang.li", "太湖边的派出所2026")).isEmpty();
  }

  @Test
  void refusesNineCharacters() {
    assertThat(PasswordPolicy.problemWith("wang.li", "Taihu2026")).contains("access.password.tooShort");
  }

  @Test
  void refusesDigitsOnly() {
    assertThat(PasswordPolicy.problemWith("wang.li", "20262026202")).contains("access.password.lettersAndDigits");
  }

  @Test
  void refusesLettersOnly() {
    assertThat(PasswordPolicy.problemWith("wang.li", "Yangtzeriverdelta")).contains("access.password.lettersAndDigits");
  }

  @Test
  void refusesThePasswordThatIsTheUsername() {
    assertThat(PasswordPolicy.problemWith("officer2026", "officer2026")).contains("access.password.containsUsername");
  }

  @Test
  void refusesTheUsernameInsideThePasswordWhateverItsCase() {
    assertThat(PasswordPolicy.problemWith("wang.li", "WANG.LI-2026-x")).contains("access.password.containsUsername");
  }

  @Test
  void refusesMoreThanBcryptReads() {
    assertThat(PasswordPolicy.problemWith("wang.li", "密码".repeat(12) + "2026abc")).contains("access.password.tooLong");
    assertThat(PasswordPolicy.problemWith("wang.li", "a1".repeat(33))).contains("access.password.tooLong");
  }

  @Test
  void refusesBlank() {
    assertThat(PasswordPolicy.problemWith("wang.li", "            ")).contains("access.password.required");
  }
}
