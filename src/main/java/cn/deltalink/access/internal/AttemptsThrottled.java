package cn.deltalink.access.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed credential checks from this address: the attempt was answered without being checked. */
class AttemptsThrottled extends AuthenticationException {

  private final Duration retryAfter;

  AttemptsThrottled(Duration retryAfter) {
    super("Too many failed sign-in attempts from this address; try again in " + Math.max(1, retryAfter.toSeconds()) + " s.");
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, at least one, as the Retry-After header wants them. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
