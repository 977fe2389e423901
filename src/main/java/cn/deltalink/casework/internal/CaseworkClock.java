package cn.deltalink.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The time case work runs on: the node's {@link Clock} bean when there is one (tests put in a clock
 * they move), the system clock otherwise. Deadlines are stored, so they survive a restart.
 */
@Component
public class CaseworkClock {

  private final Clock clock;

  CaseworkClock(ObjectProvider<Clock> clocks) {
    this.clock = clocks.getIfAvailable(Clock::systemUTC);
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  public Clock clock() {
    return clock;
  }
}
