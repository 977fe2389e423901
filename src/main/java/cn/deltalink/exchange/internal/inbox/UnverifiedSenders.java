package cn.deltalink.exchange.internal.inbox;

import cn.deltalink.platform.UntrustedText;
import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the node keeps of requests whose sender it could not verify (ADR 015): a counter per source
 * address with the latest reason, clipped, in a table of at most {@code maxSources} rows. A flood
 * from strangers costs one small row per address, however many requests it sends; the message log
 * and the receipts stay for members whose signature verified.
 */
@Component
class UnverifiedSenders {

  static final int MAX_REASON = 300;

  private final JdbcClient jdbc;
  private final int maxSources;
  private final Clock clock = Clock.systemUTC();

  UnverifiedSenders(JdbcClient jdbc, @Value("${deltalink.exchange.max-unverified-sources:1000}") int maxSources) {
    if (maxSources < 1) {
      throw new IllegalArgumentException("deltalink.exchange.max-unverified-sources must be at least 1");
    }
    this.jdbc = jdbc;
    this.maxSources = maxSources;
  }

  /** Counts a refused request of {@code envelopes} envelopes from {@code source}. */
  void note(String source, int envelopes, @Nullable String claimedSender, String reason) {
    boolean newSource =
        jdbc.sql(
                """
                insert into exchange_unverified_source (source, first_at, last_at, requests, envelopes, claimed_sender, last_reason)
                values (:source, :now, :now, 1, :envelopes, :sender, :reason)
                on conflict (source) do update set last_at = excluded.last_at, requests = exchange_unverified_source.requests + 1,
                  envelopes = exchange_unverified_source.envelopes + excluded.envelopes, claimed_sender = excluded.claimed_sender, last_reason = excluded.last_reason
                returning xmax = 0
                """)
            .param("source", UntrustedText.clipped(source, 64))
            .param("now", Timestamp.from(clock.instant()))
            .param("envelopes", envelopes)
            .param("sender", UntrustedText.clip(claimedSender, 8))
            .param("reason", UntrustedText.clipped(reason, MAX_REASON))
            .query(Boolean.class)
            .single();
    if (newSource) {
      // only a new address can push the table over its size
      jdbc.sql("delete from exchange_unverified_source where source in (select source from exchange_unverified_source order by last_at desc, source offset :max)")
          .param("max", maxSources)
          .update();
    }
  }
}
