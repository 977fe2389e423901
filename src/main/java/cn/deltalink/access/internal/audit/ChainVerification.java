package cn.deltalink.access.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the hash chain from the first entry to the chain head and reports the first entry that
 * does not verify. Entries are read in pages of {@value #PAGE} inside one repeatable-read
 * transaction: memory stays flat however long the trail, and entries appended meanwhile (which
 * commit together with a newer head) are simply not part of this run.
 */
@Component
class ChainVerification {

  static final int PAGE = 1000;

  private final JdbcClient jdbc;
  private final TransactionTemplate snapshot;

  ChainVerification(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
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
    String previous = AuditChain.GENESIS;
    long expected = 1;
    long after = Long.MIN_VALUE;
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
        previous = computed;
        expected++;
      }
      if (page.size() < PAGE) {
        break;
      }
      after = page.get(page.size() - 1).seq();
    }
    return compareWithHead(entries, expected - 1, previous);
  }

  /** The head row is what reveals removed last entries: the chain alone would still link up. */
  private ChainReport compareWithHead(long entries, long last, String lastHash) {
    Optional<Row.Head> head =
        jdbc.sql("select seq, hash from audit_chain_head where id = 1").query((rs, n) -> new Row.Head(rs.getLong("seq"), rs.getString("hash"))).optional();
    if (head.isEmpty()) {
      return ChainReport.broken(entries, null, "The chain head is missing, so removed last entries could not be detected.");
    }
    if (head.get().seq() > last) {
      return ChainReport.broken(entries, last + 1, "Entries " + (last + 1) + " to " + head.get().seq() + " are missing at the end of the trail.");
    }
    if (head.get().seq() < last) {
      return ChainReport.broken(entries, head.get().seq() + 1, "Entries after " + head.get().seq() + " were added outside the audit trail.");
    }
    if (!head.get().hash().equals(lastHash)) {
      return ChainReport.broken(entries, last == 0 ? null : last, "The chain head does not match the last entry.");
    }
    return ChainReport.intact(entries);
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    long seq = rs.getLong("id");
    String hash = rs.getString("hash");
    if (seq < 1) {
      return new Row(seq, null, hash);
    }
    AuditEntry entry = AuditEntries.entry(rs, n);
    return new Row(seq, entry, hash);
  }

  private record Row(long seq, AuditEntry entry, String storedHash) {
    record Head(long seq, String hash) {}
  }
}
