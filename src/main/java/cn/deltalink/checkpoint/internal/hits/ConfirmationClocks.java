package cn.deltalink.checkpoint.internal.hits;

import cn.deltalink.checkpoint.internal.CheckpointClock;

import cn.deltalink.access.AuditOutcome;

import cn.deltalink.access.AuditTrail;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the confirmation clocks: at half time the duty desk is reminded, at the deadline the hit is
 * marked overdue and the supervisor alerted — at both nodes, each by its own copy of the deadline.
 * The deadlines are stored, so a node that was down does the overdue work when it starts again.
 */
@Component
public class ConfirmationClocks {

  private static final Logger log = LoggerFactory.getLogger(ConfirmationClocks.class);

  private final Hits hits;
  private final CheckpointClock clock;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;

  ConfirmationClocks(Hits hits, CheckpointClock clock, ApplicationEventPublisher events, AuditTrail audit) {
    this.hits = hits;
    this.clock = clock;
    this.events = events;
    this.audit = audit;
  }

  @Scheduled(initialDelayString = "${deltalink.checkpoint.clock-interval:5s}", fixedDelayString = "${deltalink.checkpoint.clock-interval:5s}")
  @Transactional
  public void tick() {
    var now = clock.now();
    List<UUID> reminded = hits.remindDue(now);
    for (UUID id : reminded) {
      log.warn("Hit {}: half the time to confirm has passed", id);
      audit.record("hit.reminder", id.toString(), HitMessages.PURPOSE, AuditOutcome.ok("half time"));
      events.publishEvent(new HitUpdated(id));
    }
    List<UUID> overdue = hits.markOverdue(now);
    for (UUID id : overdue) {
      log.warn("Hit {}: not confirmed in time, supervisor alerted", id);
      audit.record("hit.overdue", id.toString(), HitMessages.PURPOSE, AuditOutcome.ok("escalated to supervisor"));
      events.publishEvent(new HitUpdated(id));
    }
  }
}
