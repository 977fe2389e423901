package cn.deltalink.population.internal.register;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The time register changes, imports and sweeps are stamped with: the node's {@link Clock} bean when there is one, the system clock otherwise. */
@Component
public class PopulationClock {

  private final Clock clock;

  PopulationClock(ObjectProvider<Clock> clocks) {
    this.clock = clocks.getIfAvailable(Clock::systemUTC);
  }

  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
