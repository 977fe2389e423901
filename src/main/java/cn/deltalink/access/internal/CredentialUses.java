package cn.deltalink.access.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which uses of a good credential are worth an audit entry: the first from an address within the
 * window. A machine client calling the API thousands of times a second with one token is one entry
 * an hour, not thousands a second (ADR 017); refusals are always recorded by the caller.
 */
@Component
class CredentialUses {

  private final Duration window;
  private final Clock clock;
  private final Cache<String, Instant> lastRecorded;

  @Autowired
  CredentialUses(AttemptLimits limits) {
    this(limits.credentialUseWindow(), limits.sourcesKept(), Clock.systemUTC());
  }

  CredentialUses(Duration window, int kept, Clock clock) {
    this.window = window;
    this.clock = clock;
    // an entry older than the window decides nothing any more
    this.lastRecorded = Caffeine.newBuilder().maximumSize(kept).expireAfterWrite(window).build();
  }

  /** True for the first use of {@code credential} from {@code address} within the window, which the caller records. */
  boolean firstInWindow(String credential, String address) {
    Instant now = clock.instant();
    boolean[] first = {false};
    lastRecorded
        .asMap()
        .compute(
            credential + " from " + address,
            (key, last) -> {
              if (last == null || !now.isBefore(last.plus(window))) {
                first[0] = true;
                return now;
              }
              return last;
            });
    return first[0];
  }
}
