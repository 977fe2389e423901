package cn.deltalink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenPolicyTest {

  @Test
  void theDefaultLifetimeNeverExceedsTheConfiguredMaximum() {
    TokenPolicy policy = new TokenPolicy(Duration.ofDays(30), Duration.ofDays(90));
    assertThat(policy.maxDays()).isEqualTo(30);
    assertThat(policy.defaultDays()).isEqualTo(30);
  }

  @Test
  void aMaximumOfLessThanADayIsRefusedAtStartUp() {
    assertThatThrownBy(() -> new TokenPolicy(Duration.ofHours(12), Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-lifetime");
  }
}
