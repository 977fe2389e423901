package cn.deltalink.access.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import cn.deltalink.access.AuditHeads;
import cn.deltalink.access.NodeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the hash chain from the first entry (of the current segment, after an operator's
 * restart) to the chain head and reports the first entry that does not verify; then compares the
 * trail with the heads signed with the node key, kept here and held by peers (ADR 018). Entries are read in pages of {@value #PAGE} inside one repeatable-read
 * transaction: memory stays flat however long the trail, and entries appended meanwhile (which
 * commit together with a newer head) are simply not part of this run.
 */
@Component
class ChainVerification {

  static final int PAGE = 1000;

  private final JdbcClient jdbc;
  private final NodeKey key;
  private final TransactionTemplate snapshot;

  ChainVerification(JdbcClient jdbc, NodeKey key, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.key = key;
    this.snapshot = new TransactionTemplate(transactions);
    this.snapshot.setReadOnly(true);
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  ChainReport verify() {
    return snapshot.execute(status -> verifyInSnapshot());
  }

  private ChainReport verifyInSnapshot() {
    long entries = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    Optional<Head> found =
        jdbc.sql("select epoch, seq, hash, segment_start from audit_chain_head where id = 1")
            .query((rs, n) -> new Head(rs.getInt("epoch"), rs.getLong("seq"), rs.getString("hash"), rs.getLong("segment_start")))
            .optional();
    if (found.isEmpty()) {
      return ChainReport.broken(entries, null, "The chain head is missing, so removed last entries could not be detected.");
    }
    Head head = found.get();
    // a restarted trail is checked from the entry that records the restart; what came before was declared broken there
    long start = head.segmentStart();
    String previous = AuditChain.GENESIS;
    String startHash = null;
    long expected = start;
    long after = start == 1 ? Long.MIN_VALUE : start - 1;
    while (true) {
      List<Row> page =
          jdbc.sql(
                  """
                  select id, at, actor, agency_code, action, subject, purpose, outcome, client_ip, hash
                  from audit_entry where id > :after order by id limit :limit
                  """)
              .param("after", after)
              .param("limit", PAGE)
              .query(ChainVerification::row)
              .list();
      for (Row row : page) {
        if (row.seq() < expected) {
          return ChainReport.broken(entries, row.seq(), "Entry " + row.seq() + " lies outside the chain, which starts at 1.");
        }
        if (row.seq() > expected) {
          return ChainReport.broken(entries, expected, "Entry " + expected + " is missing; the next entry is " + row.seq() + ".");
        }
        String computed = AuditChain.link(previous, row.entry());
        if (!computed.equals(row.storedHash())) {
          return ChainReport.broken(
              entries, row.seq(), "Entry " + row.seq() + " does not match its hash: it was altered, or an earlier entry was rewritten.");
        }
        if (row.seq() == start) {
          startHash = computed;
          if (head.epoch() > 0 && !AuditTrailRestart.ACTION.equals(row.entry().action())) {
            return ChainReport.broken(entries, start, "Entry " + start + " should record the restart of the trail, but does not.");
          }
        }
        previous = computed;
        expected++;
      }
      if (page.size() < PAGE) {
        break;
      }
      after = page.get(page.size() - 1).seq();
    }
    long last = expected - 1;
    ChainReport report = compareWithHead(entries, head, last, previous);
    if (!report.intact()) {
      return report;
    }
    if (head.epoch() > 0 && (startHash == null || !restartSigned(head.epoch(), start, startHash))) {
      return ChainReport.broken(entries, start, "The restart recorded in entry " + start + " was not signed with the node key.");
    }
    return compareWithSignedHeads(entries, head.epoch(), last).orElse(report);
  }

  /** The head row is what reveals removed last entries: the chain alone would still link up. */
  private static ChainReport compareWithHead(long entries, Head head, long last, String lastHash) {
    if (head.seq() > last) {
      return ChainReport.broken(entries, last + 1, "Entries " + (last + 1) + " to " + head.seq() + " are missing at the end of the trail.");
    }
    if (head.seq() < last) {
      return ChainReport.broken(entries, head.seq() + 1, "Entries after " + head.seq() + " were added outside the audit trail.");
    }
    if (!head.hash().equals(lastHash)) {
      return ChainReport.broken(entries, last == 0 ? null : last, "The chain head does not match the last entry.");
    }
    return ChainReport.intact(entries);
  }

  private boolean restartSigned(int epoch, long seq, String hash) {
    return jdbc.sql("select signature from audit_head_seal where epoch = :epoch and seq = :seq and hash = :hash")
        .param("epoch", epoch)
        .param("seq", seq)
        .param("hash", hash)
        .query(String.class)
        .list()
        .stream()
        .anyMatch(signature -> key.verifies(AuditHeads.SignedHead.text(epoch, seq, hash), signature));
  }

  /**
   * The heads signed with the node key, the newest one kept here and the newest one each peer
   * reports holding, must lie on the chain: a trail cut at the end and its head row reset to match
   * links up perfectly, and only a signed head that is longer (or has another hash) reveals it.
   */
  private Optional<ChainReport> compareWithSignedHeads(long entries, int epoch, long last) {
    List<Signed> heads = new ArrayList<>();
    jdbc.sql("select 'this node' as holder, epoch, seq, hash, signature from audit_head_seal where id = (select max(id) from audit_head_seal where epoch = :epoch)")
        .param("epoch", epoch)
        .query(ChainVerification::signed)
        .list()
        .forEach(heads::add);
    jdbc.sql(
            """
            select w.peer as holder, w.epoch, w.seq, w.hash, w.signature from audit_head_witness w
            where w.id in (select max(id) from audit_head_witness group by peer) order by w.peer
            """)
        .query(ChainVerification::signed)
        .list()
        .forEach(heads::add);
    for (Signed head : heads) {
      if (!key.verifies(AuditHeads.SignedHead.text(head.epoch(), head.seq(), head.hash()), head.signature())) {
        return Optional.of(ChainReport.broken(entries, null, "The head held by " + head.holder() + " does not carry this node's signature."));
      }
      if (head.epoch() < epoch) {
        continue; // a head of the trail before the recorded restart
      }
      if (head.epoch() > epoch) {
        return Optional.of(ChainReport.broken(entries, null, head.holder() + " holds a signed head of a later restart (" + head.epoch() + ") than the trail's (" + epoch + "): the trail was cut back."));
      }
      if (head.seq() > last) {
        return Optional.of(
            ChainReport.broken(entries, last + 1, "Entries " + (last + 1) + " to " + head.seq() + " are missing: " + head.holder() + " holds the head signed at entry " + head.seq() + "."));
      }
      Optional<String> stored = jdbc.sql("select hash from audit_entry where id = :seq").param("seq", head.seq()).query(String.class).optional();
      if (stored.isEmpty() || !stored.get().equals(head.hash())) {
        return Optional.of(
            ChainReport.broken(entries, head.seq(), "Entry " + head.seq() + " does not match the head signed there, which " + head.holder() + " holds: the trail was rewritten."));
      }
    }
    return Optional.empty();
  }

  private static Signed signed(ResultSet rs, int n) throws SQLException {
    return new Signed(rs.getString("holder"), rs.getInt("epoch"), rs.getLong("seq"), rs.getString("hash").trim(), rs.getString("signature"));
  }

  private record Signed(String holder, int epoch, long seq, String hash, String signature) {}

  private record Head(int epoch, long seq, String hash, long segmentStart) {}

  private static Row row(ResultSet rs, int n) throws SQLException {
    long seq = rs.getLong("id");
    String hash = rs.getString("hash");
    if (seq < 1) {
      return new Row(seq, null, hash);
    }
    AuditEntry entry = AuditEntries.entry(rs, n);
    return new Row(seq, entry, hash);
  }

  private record Row(long seq, AuditEntry entry, String storedHash) {}
}
