package cn.deltalink.access.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a personal API token may live ({@code deltalink.access.tokens.max-lifetime}, whole days)
 * and how long it lives when its owner does not say ({@code default-lifetime}, capped by the maximum).
 */
@ConfigurationProperties("deltalink.access.tokens")
record TokenPolicy(@DefaultValue("365d") Duration maxLifetime, @DefaultValue("90d") Duration defaultLifetime) {

  TokenPolicy {
    if (maxLifetime.toDays() < 1 || maxLifetime.toDays() > 3650) {
      throw new IllegalArgumentException("deltalink.access.tokens.max-lifetime must be between 1 and 3650 days");
    }
    if (defaultLifetime.toDays() < 1) {
      throw new IllegalArgumentException("deltalink.access.tokens.default-lifetime must be at least one day");
    }
  }

  int maxDays() {
    return (int) maxLifetime.toDays();
  }

  int defaultDays() {
    return (int) Math.min(defaultLifetime.toDays(), maxLifetime.toDays());
  }
}
