package cn.deltalink.casework.internal.assistance;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.casework.internal.CaseworkClock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the clocks of assistance requests at both nodes, each on its own copy of the deadline: at 75 %
 * of the time both sides are reminded, at the deadline the request is escalated to the supervisors of
 * both agencies (each node's own). The deadlines are stored, so a node that was down catches up when it
 * starts again.
 */
@Component
class AssistanceClocks {

  private static final Logger log = LoggerFactory.getLogger(AssistanceClocks.class);

  private final AssistanceRequests requests;
  private final CaseworkClock clock;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  AssistanceClocks(AssistanceRequests requests, CaseworkClock clock, AuditTrail audit, ApplicationEventPublisher events) {
    this.requests = requests;
    this.clock = clock;
    this.audit = audit;
    this.events = events;
  }

  @Scheduled(initialDelayString = "${deltalink.casework.clock-interval:5s}", fixedDelayString = "${deltalink.casework.clock-interval:5s}")
  @Transactional
  public void tick() {
    var now = clock.now();
    List<UUID> reminded = requests.remindDue(now);
    for (UUID id : reminded) {
      log.warn("Assistance request {}: three quarters of the time to answer have passed", id);
      audit.record("assistance.reminder", id.toString(), AssistanceMessages.PURPOSE, AuditOutcome.ok("75 % of the time passed"));
    }
    List<UUID> escalated = requests.escalateDue(now);
    for (UUID id : escalated) {
      log.warn("Assistance request {}: not answered in time, escalated to the supervisors", id);
      audit.record("assistance.escalated", id.toString(), AssistanceMessages.PURPOSE, AuditOutcome.ok("deadline passed, supervisors alerted"));
      events.publishEvent(new RequestEscalated(id));
    }
  }

  /** A request's deadline passed without an answer: the supervisors are told. */
  record RequestEscalated(UUID id) {}
}
