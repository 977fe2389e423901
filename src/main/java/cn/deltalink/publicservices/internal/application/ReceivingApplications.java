package cn.deltalink.publicservices.internal.application;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.publicservices.internal.calendar.WorkingDays;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * At the competent node: an application arrives from an intake window. The clock starts now, here (if
 * it waited in an outbox while this node was down, it starts when it arrives): the deadline is the
 * item's time limit in working days; the new version goes back to the window.
 */
@Component
public class ReceivingApplications implements MessageHandler {

  private final Applications applications;
  private final MaterialVault vault;
  private final ApplicationMessages messages;
  private final Replicas replicas;
  private final WorkingDays workingDays;
  private final ServiceClock clock;
  private final AuditTrail audit;
  private final Routing routing;

  ReceivingApplications(
      Applications applications, MaterialVault vault, ApplicationMessages messages, Replicas replicas, WorkingDays workingDays, ServiceClock clock, AuditTrail audit, Routing routing) {
    this.applications = applications;
    this.vault = vault;
    this.messages = messages;
    this.replicas = replicas;
    this.workingDays = workingDays;
    this.clock = clock;
    this.audit = audit;
    this.routing = routing;
  }

  @Override
  public String type() {
    return ApplicationMessages.SUBMITTED;
  }

  @Override
  public void handle(ReceivedMessage message) {
    ApplicationMessages.Submitted submitted = messages.read(message.payloadJson(), ApplicationMessages.Submitted.class);
    Application sent = submitted.application();
    if (!sent.intakeNode().equals(message.senderNode().value()) || !sent.competentNode().equals(routing.self()) || sent.state() != ApplicationState.SENT) {
      throw new IllegalArgumentException("Application " + sent.trackingNumber() + " names another intake or competent node than its envelope, or is not new");
    }
    if (applications.find(sent.trackingNumber()).isPresent()) {
      return;
    }
    applications.save(sent);
    for (ApplicationMessages.Material m : submitted.materials()) {
      vault.store(sent.trackingNumber(), new MaterialVault.Material(m.name(), m.content()), clock.now());
    }
    receive(sent);
  }

  /** Starts the clock of an application this node is competent for, stored here already. */
  Application receive(Application sent) {
    Instant now = clock.now();
    Instant due = workingDays.deadline(now, sent.timeLimitWorkingDays());
    Application received = sent.received(now, due, workingDays.reminder(due));
    applications.save(received);
    audit.record("application.receive", received.trackingNumber().value(), ApplicationMessages.PURPOSE, AuditOutcome.ok("due " + due));
    replicas.publish(received);
    return received;
  }
}
