package cn.deltalink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenSecretTest {

  @Test
  void tokensStartWithThePrefixAndAreWellFormed() {
    String token = TokenSecret.generate();
    assertThat(token).startsWith("dlk_").hasSize(47);
    assertThat(TokenSecret.wellFormed(token)).isTrue();
  }

  @Test
  void twoTokensDiffer() {
    assertThat(TokenSecret.generate()).isNotEqualTo(TokenSecret.generate());
  }

  @Test
  void hashIsSm3() {
    // GB/T 32905-2016, example 1: SM3("abc")
    assertThat(TokenSecret.hash("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  }

  @Test
  void valuesOfAnotherShapeAreNotTokens() {
    assertThat(TokenSecret.wellFormed("dlk_short")).isFalse();
    assertThat(TokenSecret.wellFormed("xyz_" + "a".repeat(43))).isFalse();
    assertThat(TokenSecret.wellFormed("dlk_" + "a".repeat(42) + "'")).isFalse();
  }
}
