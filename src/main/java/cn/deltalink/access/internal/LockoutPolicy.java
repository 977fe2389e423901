package cn.deltalink.access.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many consecutive failed logins lock an account, and for how long
 * ({@code deltalink.access.lockout.max-failures}, {@code deltalink.access.lockout.duration}).
 */
@ConfigurationProperties("deltalink.access.lockout")
record LockoutPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {

  LockoutPolicy {
    if (maxFailures < 1 || maxFailures > 100) {
      throw new IllegalArgumentException("deltalink.access.lockout.max-failures must be between 1 and 100");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("deltalink.access.lockout.duration must be positive");
    }
  }
}
