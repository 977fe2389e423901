package cn.deltalink.access.internal.audit;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditHeads.SignedHead;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operator's way out of a broken audit trail (docs/operations.md): started with
 * {@code DELTALINK_AUDIT_RESTART="<reason>"}, a node whose trail does not verify begins a new chain
 * segment. Its first entry ({@value #ACTION}) records what verification found and the operator's
 * reason, links to nothing before it, and its head is signed with the node key at once, so that
 * nobody who can only write to the database can fake a restart. Verification then checks the trail
 * from that entry on; heads that peers hold of the earlier segment no longer count (a higher epoch).
 * An intact trail is never restarted.
 */
@Component
class AuditTrailRestart {

  static final String ACTION = "audit.restarted";
  private static final Logger log = LoggerFactory.getLogger(AuditTrailRestart.class);

  private final JdbcClient jdbc;
  private final ChainVerification verification;
  private final AuditHeadSeals seals;
  private final TrailCondition condition;
  private final TransactionTemplate tx;
  private final @Nullable String requested;
  private final Clock clock = Clock.systemUTC();

  AuditTrailRestart(
      JdbcClient jdbc,
      ChainVerification verification,
      AuditHeadSeals seals,
      TrailCondition condition,
      PlatformTransactionManager transactions,
      @Value("${deltalink.audit.restart:}") @Nullable String requested) {
    this.jdbc = jdbc;
    this.verification = verification;
    this.seals = seals;
    this.condition = condition;
    this.tx = new TransactionTemplate(transactions);
    this.requested = requested;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    if (requested == null || requested.isBlank()) {
      return;
    }
    if (restartIfBroken(requested.strip()).isEmpty()) {
      log.warn("DELTALINK_AUDIT_RESTART is set, but the audit trail is intact: nothing restarted. Remove the variable.");
    }
  }

  /** Restarts the trail if it does not verify; returns the signed head of the new segment, or empty when the trail is intact. */
  Optional<SignedHead> restartIfBroken(String reason) {
    ChainReport report = verification.verify();
    if (report.intact()) {
      condition.intact();
      return Optional.empty();
    }
    SignedHead head = restart(report, reason);
    log.warn("The audit trail was broken ({}); a new segment starts at entry {} (epoch {}). Remove DELTALINK_AUDIT_RESTART.", report.reason(), head.seq(), head.epoch());
    return Optional.of(head);
  }

  /** Starts a new segment recording {@code found} and the operator's {@code reason}; returns its signed head. */
  private SignedHead restart(ChainReport found, String reason) {
    SignedHead head =
        tx.execute(
            status -> {
              jdbc.sql("select 1 from audit_chain_head where id = 1 for update").query(Integer.class).optional();
              int epoch =
                  jdbc.sql(
                          """
                          select greatest((select max(epoch) from audit_chain_head), (select max(epoch) from audit_head_seal),
                                          (select max(epoch) from audit_head_witness), 0) + 1
                          """)
                      .query(Integer.class)
                      .single();
              long seq = jdbc.sql("select coalesce(max(id), 0) + 1 from audit_entry").query(Long.class).single();
              AuditEntry entry =
                  new AuditEntry(seq, clock.instant(), "node", null, ACTION, "epoch " + epoch + ": " + found.reason(), reason, "ok", null);
              String hash = AuditChain.link(AuditChain.GENESIS, entry);
              AuditEntryRows.insert(jdbc, entry, AuditOutcome.Kind.OK, hash);
              jdbc.sql(
                      """
                      insert into audit_chain_head (id, seq, hash, epoch, segment_start) values (1, :seq, :hash, :epoch, :seq)
                      on conflict (id) do update set seq = excluded.seq, hash = excluded.hash, epoch = excluded.epoch, segment_start = excluded.segment_start
                      """)
                  .param("seq", seq)
                  .param("hash", hash)
                  .param("epoch", epoch)
                  .update();
              return seals.sign(epoch, seq, hash);
            });
    condition.intact();
    return head;
  }
}
