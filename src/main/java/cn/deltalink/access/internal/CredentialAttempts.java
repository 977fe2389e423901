package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.internal.audit.ChainedAuditTrail;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The allowance of failed credential checks per source address (a Bucket4j token bucket each). A
 * check takes one token before anything is looked up and gives it back when the credential was
 * good, so only failures use the allowance up. When it is used up, attempts are refused at once:
 * no password hash is computed, nothing is read from the database and nothing is appended to the
 * audit trail, whose chain head is one lock for the whole node. The refusals are counted in memory
 * and written as one audit entry per address and report period (ADR 017).
 */
@Component
class CredentialAttempts {

  private final AttemptLimits limits;
  private final ChainedAuditTrail audit;
  private final TimeMeter time;
  private final Cache<String, Source> sources;

  /** One address: its bucket and the attempts refused since the last report. */
  private record Source(Bucket bucket, AtomicLong refused) {}

  @Autowired
  CredentialAttempts(AttemptLimits limits, ChainedAuditTrail audit) {
    this(limits, audit, Clock.systemUTC());
  }

  CredentialAttempts(AttemptLimits limits, ChainedAuditTrail audit, Clock clock) {
    this.limits = limits;
    this.audit = audit;
    this.time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
    // a source idle for two periods has its full allowance again anyway, so it can be forgotten
    this.sources = Caffeine.newBuilder().maximumSize(limits.sourcesKept()).expireAfterAccess(limits.period().multipliedBy(2)).build();
  }

  /** Takes one attempt from the address's allowance, or refuses the attempt when none is left. */
  void take(String address) {
    Source source = sources.get(address, this::newSource);
    ConsumptionProbe probe = source.bucket().tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      source.refused().incrementAndGet();
      throw new AttemptsThrottled(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
  }

  /** The credential was good: the attempt does not count against the address. */
  void succeeded(String address) {
    Source source = sources.getIfPresent(address);
    if (source != null) {
      source.bucket().addTokens(1);
    }
  }

  /** Writes one audit entry for each address whose attempts were refused since the last report. */
  @Scheduled(initialDelayString = "${deltalink.access.attempts.period:1m}", fixedDelayString = "${deltalink.access.attempts.period:1m}")
  void report() {
    for (Map.Entry<String, Source> entry : sources.asMap().entrySet()) {
      long refused = entry.getValue().refused().getAndSet(0);
      if (refused > 0) {
        audit.recordFor("anonymous", null, "login.throttled", entry.getKey(), "", AuditOutcome.failed(refused + " attempts refused unchecked"));
      }
    }
  }

  private Source newSource(String address) {
    Bucket bucket =
        Bucket.builder()
            .addLimit(limit -> limit.capacity(limits.failuresPerSource()).refillGreedy(limits.failuresPerSource(), limits.period()))
            .withCustomTimePrecision(time)
            .build();
    return new Source(bucket, new AtomicLong());
  }
}
