package cn.deltalink.publicservices.internal.application;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.NodeKey;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.platform.UntrustedText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The legs of a hukou transfer after the destination's approval (准迁): the origin moves the person out
 * of its register (迁出) as soon as it holds the approved version, once, and reports it signed; the
 * destination then registers the person (落户), signs that leg too, and the transfer is done.
 */
@Component
public class TransferLegs implements MessageHandler {

  static final String SYSTEM = "system";

  private final Applications applications;
  private final Households households;
  private final Routing routing;
  private final Replicas replicas;
  private final Certifying certifying;
  private final ApplicationMessages messages;
  private final NodeKey key;
  private final ServiceClock clock;
  private final AuditTrail audit;

  TransferLegs(
      Applications applications, Households households, Routing routing, Replicas replicas, Certifying certifying, ApplicationMessages messages, NodeKey key, ServiceClock clock,
      AuditTrail audit) {
    this.applications = applications;
    this.households = households;
    this.routing = routing;
    this.replicas = replicas;
    this.certifying = certifying;
    this.messages = messages;
    this.key = key;
    this.clock = clock;
    this.audit = audit;
  }

  /** At the origin: the approved transfer arrived; move the person out, once. */
  @EventListener
  public void onChange(Replicas.ApplicationChanged changed) {
    Application a = changed.application();
    if (!routing.self().equals(a.originNode()) || a.state() != ApplicationState.MOVE_OUT_PENDING || !a.leg(Leg.Kind.MOVE_OUT).pending()) {
      return;
    }
    Instant now = clock.now();
    if (!applications.markMovedOutHere(a.trackingNumber(), now)) {
      return;
    }
    String refusal = null;
    try {
      households.moveOut(new ResidentIdNumber(a.applicant().residentId()), routing.provinceOf(a.competentNode()), a.trackingNumber().value());
      audit.record("application.move-out", a.trackingNumber().value(), ApplicationMessages.PURPOSE, AuditOutcome.ok("to " + a.competentNode()));
    } catch (RequestRefused e) {
      // not registered here (now): the origin says so instead of moving anyone, and the transfer ends
      refusal = "迁出地 " + routing.self() + "：" + UntrustedText.clipped(String.valueOf(e.getMessage()), 300);
      audit.record("application.move-out", a.trackingNumber().value(), ApplicationMessages.PURPOSE, AuditOutcome.rejected(UntrustedText.clipped(String.valueOf(e.getMessage()), 90)));
    }
    Leg.Status outcome = refusal == null ? Leg.Status.DONE : Leg.Status.REFUSED;
    String signature = sign(a.trackingNumber(), Leg.Kind.MOVE_OUT, outcome, now);
    routing.send(ApplicationMessages.MOVED_OUT, List.of(a.competentNode()), new ApplicationMessages.MovedOut(a.trackingNumber(), refusal == null, refusal, now, SYSTEM, signature),
        replicas.department());
  }

  @Override
  public String type() {
    return ApplicationMessages.MOVED_OUT;
  }

  /** At the destination: the origin moved the person out; register them here and close the transfer. */
  @Override
  public void handle(ReceivedMessage message) {
    ApplicationMessages.MovedOut moved = messages.read(message.payloadJson(), ApplicationMessages.MovedOut.class);
    Application a = applications.lock(moved.trackingNumber()).orElseThrow(() -> new IllegalArgumentException("No application " + moved.trackingNumber() + " here"));
    if (!message.senderNode().value().equals(a.originNode()) || !a.competentNode().equals(routing.self())) {
      throw new IllegalArgumentException("Only the origin of " + moved.trackingNumber() + " reports its move-out, to the destination");
    }
    if (a.state() != ApplicationState.MOVE_OUT_PENDING || !a.leg(Leg.Kind.MOVE_OUT).pending()) {
      return;
    }
    if (!moved.done()) {
      Application refused = a.moveOutRefused(moved.reason() == null ? "迁出地未能办理迁出" : moved.reason(), moved.at(), moved.by(), moved.signature());
      applications.save(refused);
      audit.record("application.move-out-refused", a.trackingNumber().value(), ApplicationMessages.PURPOSE, AuditOutcome.ok("by " + a.originNode()));
      replicas.publish(refused);
      return;
    }
    Application out = a.movedOut(moved.at(), moved.by(), moved.signature());
    households.registerIn(a.applicant(), a.trackingNumber().value(), a.details());
    Instant now = clock.now();
    Application registered = certifying.certify(out.registered(now, SYSTEM, sign(a.trackingNumber(), Leg.Kind.REGISTRATION, Leg.Status.DONE, now)));
    applications.save(registered);
    audit.record("application.register", a.trackingNumber().value(), ApplicationMessages.PURPOSE, AuditOutcome.ok("from " + a.originNode()));
    replicas.publish(registered);
  }

  private String sign(TrackingNumber tn, Leg.Kind kind, Leg.Status outcome, Instant at) {
    return key.sign(Leg.signedText(tn, kind, routing.self(), outcome, at, SYSTEM).getBytes(StandardCharsets.UTF_8));
  }
}
