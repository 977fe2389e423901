package cn.deltalink.exchange.internal;

import cn.deltalink.exchange.internal.core.Sm2;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains the message log: one background thread takes the rows not yet sealed, in the order they
 * became visible, gives each the next chain position and its SM3 hash over the previous hash, and
 * signs the new head with the node key. Only one sealer per database works at a time (advisory
 * lock), so several instances of a node may share the database. Traffic never waits for it.
 */
@Component
class LogSealer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LogSealer.class);
  private static final long LOCK = 0x44454c54414c4f47L;
  private static final int ROUND = 2000;
  /** Chain heads are signed at most this often (and at shutdown): enough to pin the chain, cheap to verify. */
  private static final long SEAL_EVERY_NANOS = 5_000_000_000L;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final NodeIdentity identity;
  private final Worker worker;
  private volatile long lastSeal = System.nanoTime() - SEAL_EVERY_NANOS;
  private volatile boolean closing;

  LogSealer(JdbcTemplate jdbc, TransactionTemplate tx, NodeIdentity identity) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.identity = identity;
    this.worker = new Worker("exchange-log-sealer", 250, this::sealRound);
  }

  /** Seals what is visible now; returns how many entries were sealed. */
  int sealRound() {
    Integer sealed =
        tx.execute(
            s -> {
              if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
                return 0;
              }
              List<String[]> head = jdbc.query("select chain_pos, entry_hash from exchange_log where chain_pos is not null order by chain_pos desc limit 1", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
              long pos = head.isEmpty() ? 0 : Long.parseLong(head.get(0)[0]);
              String prev = head.isEmpty() ? LogChain.GENESIS : head.get(0)[1];
              List<LogChain> rows = jdbc.query("select " + LogChain.COLUMNS + " from exchange_log where chain_pos is null order by seq limit " + ROUND, (rs, i) -> LogChain.of(rs));
              List<Object[]> updates = new ArrayList<>(rows.size());
              for (LogChain row : rows) {
                pos++;
                String hash = row.hash(pos, prev);
                updates.add(new Object[] {pos, prev, hash, row.seq()});
                prev = hash;
              }
              if (!updates.isEmpty()) {
                jdbc.batchUpdate("update exchange_log set chain_pos = ?, prev_hash = ?, entry_hash = ? where seq = ?", updates);
              }
              if (pos > 0 && (closing || System.nanoTime() - lastSeal >= SEAL_EVERY_NANOS)) {
                signHead(pos, prev);
              }
              return rows.size();
            });
    return sealed == null ? 0 : sealed;
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
