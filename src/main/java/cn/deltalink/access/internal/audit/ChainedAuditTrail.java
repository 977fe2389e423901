package cn.deltalink.access.internal.audit;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.AuditTrailBroken;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends entries to the hash-chained audit trail. Each append runs in its own short transaction
 * that locks the chain head row, so concurrent writers are put in one order and every entry links to
 * the one committed before it (ADR 007). Running apart from the caller's transaction also keeps the
 * record of a refused request when the caller's work is rolled back.
 */
@Component
public class ChainedAuditTrail implements AuditTrail {

  static final String HEAD_MISSING = "the chain head is missing (the trail was emptied or cut in the database)";

  private final JdbcClient jdbc;
  private final CurrentOfficer current;
  private final TrailCondition condition;
  private final TransactionTemplate ownTransaction;
  private final Clock clock = Clock.systemUTC();

  ChainedAuditTrail(JdbcClient jdbc, CurrentOfficer current, TrailCondition condition, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.current = current;
    this.condition = condition;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void record(String action, String subject, String purpose, AuditOutcome outcome) {
    Optional<Officer> officer = current.get();
    String actor = officer.map(Officer::username).orElseGet(ClientAddress::anonymousActor);
    recordFor(actor, officer.map(Officer::agencyCode).orElse(null), action, subject, purpose, outcome);
  }

  /**
   * Records an action whose actor is not (yet) the signed-in officer: a login attempt under the name
   * typed in, or the node itself at start-up. Fails with {@link AuditTrailBroken} when the chain head
   * is gone: an entry that links to nothing would hide the break, so the action is refused instead.
   */
  public void recordFor(String actor, @Nullable String agencyCode, String action, String subject, String purpose, AuditOutcome outcome) {
    String clientIp = ClientAddress.current().orElse(null);
    ownTransaction.executeWithoutResult(
        status -> {
          Head head =
              jdbc.sql("select seq, hash from audit_chain_head where id = 1 for update")
                  .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                  .optional()
                  .orElseThrow(
                      () -> {
                        condition.broken(HEAD_MISSING);
                        return new AuditTrailBroken(HEAD_MISSING);
                      });
          AuditEntry entry = new AuditEntry(head.seq() + 1, clock.instant(), actor, agencyCode, action, subject, purpose, outcome.text(), clientIp);
          String hash = AuditChain.link(head.hash(), entry);
          AuditEntryRows.insert(jdbc, entry, outcome.kind(), hash);
          jdbc.sql("update audit_chain_head set seq = :seq, hash = :hash where id = 1").param("seq", entry.seq()).param("hash", hash).update();
        });
  }

  private record Head(long seq, String hash) {}
}
