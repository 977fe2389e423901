package cn.deltalink.publicservices.internal.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The time applications run on: the node's {@link Clock} bean when there is one (tests move it), the system clock otherwise. */
@Component
public class ServiceClock {

  private final Clock clock;

  ServiceClock(ObjectProvider<Clock> clocks) {
    this.clock = clocks.getIfAvailable(Clock::systemUTC);
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
