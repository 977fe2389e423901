package cn.deltalink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BasicAuthenticationRuleTest {

  @Test
  void allowsBasicOverTlsFromAnywhere() {
    assertThat(BasicAuthenticationRule.refusal(true, "10.32.1.7", false)).isEmpty();
  }

  @Test
  void refusesBasicWithoutTlsOutsideDemoModeEvenFromLoopback() {
    assertThat(BasicAuthenticationRule.refusal(false, "127.0.0.1", false)).hasValueSatisfying(reason -> assertThat(reason).contains("HTTPS"));
  }

  @Test
  void allowsBasicWithoutTlsFromLoopbackInDemoMode() {
    assertThat(BasicAuthenticationRule.refusal(false, "127.0.0.1", true)).isEmpty();
    assertThat(BasicAuthenticationRule.refusal(false, "0:0:0:0:0:0:0:1", true)).isEmpty();
    assertThat(BasicAuthenticationRule.refusal(false, "::1", true)).isEmpty();
  }

  @Test
  void refusesBasicWithoutTlsFromAnotherMachineInDemoMode() {
    assertThat(BasicAuthenticationRule.refusal(false, "192.168.1.20", true)).hasValueSatisfying(reason -> assertThat(reason).contains("loopback"));
  }

  @Test
  void neverTakesAHostNameForLoopback() {
    assertThat(BasicAuthenticationRule.isLoopback("localhost")).isFalse();
    assertThat(BasicAuthenticationRule.isLoopback("127.0.0.1.example.org")).isFalse();
  }
}
