package cn.deltalink.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CredentialUsesTest {

  private final MovableClock clock = new MovableClock();
  private final CredentialUses uses = new CredentialUses(Duration.ofHours(1), 1000, clock);

  @Test
  void onlyTheFirstUseFromAnAddressWithinTheWindowIsRecorded() {
    assertThat(uses.firstInWindow("token 7", "10.1.1.1")).isTrue();
    assertThat(uses.firstInWindow("token 7", "10.1.1.1")).isFalse();
    clock.advance(Duration.ofMinutes(59));
    assertThat(uses.firstInWindow("token 7", "10.1.1.1")).isFalse();
  }

  @Test
  void anotherAddressOrAnotherCredentialIsAFirstUseOfItsOwn() {
    assertThat(uses.firstInWindow("token 7", "10.1.1.1")).isTrue();
    assertThat(uses.firstInWindow("token 7", "10.1.1.2")).isTrue();
    assertThat(uses.firstInWindow("token 8", "10.1.1.1")).isTrue();
  }

  @Test
  void afterTheWindowTheNextUseIsRecordedAgain() {
    assertThat(uses.firstInWindow("password of clerk", "10.1.1.1")).isTrue();
    clock.advance(Duration.ofHours(1));
    assertThat(uses.firstInWindow("password of clerk", "10.1.1.1")).isTrue();
    assertThat(uses.firstInWindow("password of clerk", "10.1.1.1")).isFalse();
  }

  @Test
  void aWindowOfZeroRecordsEveryUse() {
    CredentialUses everyUse = new CredentialUses(Duration.ZERO, 1000, clock);
    assertThat(everyUse.firstInWindow("token 7", "10.1.1.1")).isTrue();
    assertThat(everyUse.firstInWindow("token 7", "10.1.1.1")).isTrue();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-30T02:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
