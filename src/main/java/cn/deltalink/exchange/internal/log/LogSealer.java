package cn.deltalink.exchange.internal.log;

import cn.deltalink.exchange.SealingRoundEnded;
import cn.deltalink.exchange.internal.WorkLocks;
import cn.deltalink.exchange.internal.Worker;
import cn.deltalink.exchange.internal.core.Sm2;
import cn.deltalink.exchange.internal.directory.NodeIdentity;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains the message log: one background thread takes the rows not yet sealed, in the order they
 * became visible, gives each the next chain position and its SM3 hash over the previous hash
 * (appended to the narrow table {@code exchange_log_chain}; the log rows are never rewritten), and
 * signs the new head with the node key. Only one sealer per database works at a time (advisory
 * lock), so several instances of a node may share the database. Traffic never waits for it.
 *
 * <p>Unsealed rows are the log rows without a chain row. So that finding them does not read the
 * whole log, the sealer keeps a horizon (in memory, from 0 at start): a log position up to which
 * every row is sealed. A row's position is drawn inside its transaction, so it belongs to a
 * transaction that had started before the sequence was seen at or past it. Once every transaction
 * that started before the moment the sequence was read at {@code L} has ended, no row at or below
 * {@code L} can still appear, and when those rows are sealed the horizon moves up to {@code L}.
 */
@Component
class LogSealer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LogSealer.class);
  private static final int ROUND = 2000;
  /** Chain heads are signed at most this often (and at shutdown): enough to pin the chain, cheap to verify. */
  private static final long SEAL_EVERY_NANOS = 5_000_000_000L;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final NodeIdentity identity;
  private final Worker worker;
  private volatile long lastSeal = System.nanoTime() - SEAL_EVERY_NANOS;
  private volatile boolean closing;
  /** Every log row with {@code seq <= horizon} is sealed (by this or another instance). */
  private long horizon;
  /** The log sequence as read at {@link #pendingAt}; -1 when none is waiting to be settled. */
  private long pendingSeq = -1;
  private OffsetDateTime pendingAt = OffsetDateTime.MIN;

  LogSealer(JdbcTemplate jdbc, TransactionTemplate tx, NodeIdentity identity, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.identity = identity;
    // Back at once only after a full round; otherwise after the pause: sealing is not in anyone's
    // way, and rounds at a steady pace let the horizon settle, so that each round re-reads few rows.
    this.worker =
        new Worker(
            "exchange-log-sealer",
            250,
            () -> {
              int sealed = sealRound();
              events.publishEvent(new SealingRoundEnded(sealed));
              return sealed >= ROUND ? 1 : 0;
            });
  }

  /** Seals what is visible now; returns how many entries were sealed. */
  synchronized int sealRound() {
    long horizonBefore = horizon;
    long pendingSeqBefore = pendingSeq;
    OffsetDateTime pendingAtBefore = pendingAt;
    try {
      return sealRoundInTransaction();
    } catch (RuntimeException e) {
      // what this round learnt is kept only if its chain rows were committed
      horizon = horizonBefore;
      pendingSeq = pendingSeqBefore;
      pendingAt = pendingAtBefore;
      throw e;
    }
  }

  private int sealRoundInTransaction() {
    Integer sealed =
        tx.execute(
            s -> {
              if (!WorkLocks.LOG_SEALER.tryTake(jdbc)) {
                return 0;
              }
              // every transaction that could hold a position <= pendingSeq has ended: its rows are visible from the next statement on
              boolean settled =
                  pendingSeq >= 0
                      && Boolean.TRUE.equals(jdbc.queryForObject("select not exists (select 1 from pg_stat_activity where xact_start <= ? and pid <> pg_backend_pid())", Boolean.class, pendingAt));
              List<String[]> head = jdbc.query("select chain_pos, entry_hash from exchange_log_chain order by chain_pos desc limit 1", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
              long pos = head.isEmpty() ? 0 : Long.parseLong(head.get(0)[0]);
              String prev = head.isEmpty() ? LogChain.GENESIS : head.get(0)[1];
              List<LogChain> rows = unsealedAboveHorizon();
              long[] positions = new long[rows.size()];
              long[] seqs = new long[rows.size()];
              String[] hashes = new String[rows.size()];
              for (int i = 0; i < rows.size(); i++) {
                pos++;
                prev = rows.get(i).hash(pos, prev);
                positions[i] = pos;
                seqs[i] = rows.get(i).seq();
                hashes[i] = prev;
              }
              if (!rows.isEmpty()) {
                jdbc.update("insert into exchange_log_chain (chain_pos, seq, entry_hash) select * from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]))", positions, seqs, hashes);
              }
              if (settled) {
                long sealedUpTo = rows.size() < ROUND ? pendingSeq : Math.min(pendingSeq, rows.get(rows.size() - 1).seq());
                horizon = Math.max(horizon, sealedUpTo);
                if (sealedUpTo == pendingSeq) {
                  pendingSeq = -1;
                }
              }
              if (pendingSeq < 0) {
                // the sequence is read before the clock (scan before projection): a transaction holding a position <= the value started earlier
                jdbc.query(
                    "select case when is_called then last_value else 0 end, clock_timestamp() from exchange_log_seq_seq",
                    rs -> {
                      pendingSeq = rs.getLong(1);
                      pendingAt = rs.getObject(2, OffsetDateTime.class);
                    });
              }
              if (pos > 0 && (closing || System.nanoTime() - lastSeal >= SEAL_EVERY_NANOS)) {
                signHead(pos, prev);
              }
              return rows.size();
            });
    return sealed == null ? 0 : sealed;
  }

  /**
   * Up to {@link #ROUND} log rows above the horizon without a chain row, in log order. Two range
   * scans on primary and unique keys, filtered here: an anti-join in SQL left the plan to the
   * planner, which (with statistics of a smaller log) hashed the whole chain table on every round.
   */
  private List<LogChain> unsealedAboveHorizon() {
    Set<Long> sealed = new HashSet<>(jdbc.queryForList("select seq from exchange_log_chain where seq > ?", Long.class, horizon));
    return jdbc.query("select " + LogChain.COLUMNS + " from exchange_log where seq > ? order by seq limit ?", (rs, i) -> LogChain.of(rs), horizon, ROUND + sealed.size()).stream()
        .filter(row -> !sealed.contains(row.seq()))
        .limit(ROUND)
        .toList();
  }

  private void signHead(long pos, String hash) {
    Long signed = jdbc.queryForObject("select coalesce(max(chain_pos), 0) from exchange_log_seal", Long.class);
    if (signed != null && signed < pos) {
      jdbc.update("insert into exchange_log_seal (chain_pos, entry_hash, signature) values (?, ?, ?)", pos, hash, Sm2.signBase64(identity.privateKey(), sealText(pos, hash)));
    }
    lastSeal = System.nanoTime();
  }

  static byte[] sealText(long chainPos, String entryHash) {
    return ("DELTALINK-LOG-SEAL/1\nchainPos=" + chainPos + "\nentryHash=" + entryHash + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void start() {
    worker.start();
  }

  @Override
  public void stop() {
    worker.stop();
    closing = true;
    try {
      sealRound();
    } catch (RuntimeException e) {
      log.debug("Last sealing round at shutdown did not run: {}", e.getMessage());
    }
  }

  @Override
  public boolean isRunning() {
    return worker.isRunning();
  }
}
