package cn.deltalink.access.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many credential checks (form login, HTTP Basic, API token) one source address may fail in a
 * period before its further attempts are answered at once, unchecked
 * ({@code deltalink.access.attempts.*}); and how long one use of a good credential from one address
 * stands for the following ones in the audit trail ({@code credential-use-window}).
 */
@ConfigurationProperties("deltalink.access.attempts")
record AttemptLimits(
    @DefaultValue("20") int failuresPerSource,
    @DefaultValue("1m") Duration period,
    @DefaultValue("1h") Duration credentialUseWindow,
    @DefaultValue("100000") int sourcesKept) {

  AttemptLimits {
    if (failuresPerSource < 1) {
      throw new IllegalArgumentException("deltalink.access.attempts.failures-per-source must be at least 1");
    }
    if (period.isNegative() || period.isZero() || credentialUseWindow.isNegative()) {
      throw new IllegalArgumentException("deltalink.access.attempts.period must be positive and credential-use-window not negative");
    }
    if (sourcesKept < 100) {
      throw new IllegalArgumentException("deltalink.access.attempts.sources-kept must be at least 100");
    }
  }
}
