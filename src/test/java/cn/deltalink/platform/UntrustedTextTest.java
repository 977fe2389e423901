package cn.deltalink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

  @Test
  void aShortPlainValueIsKeptAsItCame() {
    assertThat(UntrustedText.clip("JS", 8)).isEqualTo("JS");
    assertThat(UntrustedText.clip("江苏省公安厅", 8)).isEqualTo("江苏省公安厅");
  }

  @Test
  void aLongValueIsClippedToItsRoomAndSaysSo() {
    String clipped = UntrustedText.clipped("ABCDEFGHIJKLMNOP", 8);

    assertThat(clipped).hasSize(8).isEqualTo("ABCDE...");
  }

  @Test
  void lineBreaksCannotForgeALogLine() {
    String typed = "admin\r\n2026-11-30 INFO login.success admin";

    assertThat(UntrustedText.clipped(typed, 100)).isEqualTo("admin??2026-11-30 INFO login.success admin").doesNotContain("\n", "\r");
  }

  @Test
  void otherControlCharactersAreShownAsQuestionMarksToo() {
    assertThat(UntrustedText.clipped("a\u0000b\u001bc\u2028d\u202ee\u0085f", 100)).isEqualTo("a?b?c?d?e?f");
  }

  @Test
  void clippingNeverSplitsACharacterOutsideTheBasicPlane() {
    String clipped = UntrustedText.clipped("ab\uD83D\uDE00cdefgh", 6);

    assertThat(clipped).isEqualTo("ab...");
    assertThat(clipped.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
  }

  @Test
  void nothingStaysNothing() {
    assertThat(UntrustedText.clip(null, 8)).isNull();
  }
}
