package cn.deltalink.publicservices.internal.application;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/**
 * Runs the clocks of the applications this node decides: on the last working day the reviewers are
 * reminded, at the deadline the application is escalated to the supervisor. Deadlines are stored, so
 * a node that was down does the late work when it starts again; the new versions go to every node
 * involved, so the window sees the same clock.
 */
@Component
class ApplicationClocks {

  private static final Logger log = LoggerFactory.getLogger(ApplicationClocks.class);

  private final Applications applications;
  private final Replicas replicas;
  private final Routing routing;
  private final ServiceClock clock;
  private final AuditTrail audit;

  ApplicationClocks(Applications applications, Replicas replicas, Routing routing, ServiceClock clock, AuditTrail audit) {
    this.applications = applications;
    this.replicas = replicas;
    this.routing = routing;
    this.clock = clock;
    this.audit = audit;
  }

  @Scheduled(initialDelayString = "${deltalink.publicservices.clock-interval:30s}", fixedDelayString = "${deltalink.publicservices.clock-interval:30s}")
  @Transactional
  public void tick() {
    Instant now = clock.now();
    for (Application a : applications.toRemind(routing.self(), now)) {
      Application reminded = a.reminded(now);
      applications.save(reminded);
      log.info("Application {}: last working day before its deadline {}", a.trackingNumber(), a.dueAt());
      audit.record("application.reminder", a.trackingNumber().value(), ApplicationMessages.PURPOSE, AuditOutcome.ok("due " + a.dueAt()));
      replicas.publish(reminded);
    }
    for (Application a : applications.toEscalate(routing.self(), now)) {
      Application escalated = a.escalated(now);
      applications.save(escalated);
      log.warn("Application {}: time limit passed, escalated to the supervisor", a.trackingNumber());
      audit.record("application.overdue", a.trackingNumber().value(), ApplicationMessages.PURPOSE, AuditOutcome.ok("escalated to supervisor"));
      replicas.publish(escalated);
    }
  }
}
