package cn.deltalink.publicservices.internal.application;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.NodeKey;
import cn.deltalink.access.Role;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.platform.UntrustedText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competent node's reviewer decides (审核): approve (for a transfer, 准迁), ask for more material
 * (back to the window, the clock paused), or refuse with a reason. The finished review leg is signed
 * with this node's key, and the new version goes to every node involved.
 */
@Service
public class DecidingApplications {

  public enum Decision {
    APPROVE,
    MORE_MATERIAL,
    REFUSE;

    public static Decision parse(@Nullable String text) {
      if (text != null) {
        for (Decision d : values()) {
          if (d.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(text.strip())) {
            return d;
          }
        }
      }
      throw RequestRefused.invalid("decision: one of approve, more-material, refuse");
    }
  }

  private final Applications applications;
  private final Replicas replicas;
  private final Certifying certifying;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final ServiceClock clock;
  private final NodeKey key;
  private final Routing routing;

  DecidingApplications(Applications applications, Replicas replicas, Certifying certifying, CurrentOfficer current, AuditTrail audit, ServiceClock clock, NodeKey key, Routing routing) {
    this.applications = applications;
    this.replicas = replicas;
    this.certifying = certifying;
    this.current = current;
    this.audit = audit;
    this.clock = clock;
    this.key = key;
    this.routing = routing;
  }

  @Transactional
  public Application decide(TrackingNumber tn, @Nullable String decisionText, @Nullable String reasonText) {
    return decideAs(tn, decisionText, reasonText, current.get().filter(o -> o.has(Role.REVIEWING_OFFICER))
        .orElseThrow(() -> RequestRefused.forbidden("Only a reviewing officer (REVIEWING_OFFICER) decides applications")));
  }

  /** Decides as the given reviewer (the demo's, with nobody signed in). */
  @Transactional
  public Application decideAs(TrackingNumber tn, @Nullable String decisionText, @Nullable String reasonText, CurrentOfficer.Officer officer) {
    Decision decision = Decision.parse(decisionText);
    String reason = reasonText == null || reasonText.isBlank() ? null : UntrustedText.clipped(reasonText.strip(), 1000);
    if (decision != Decision.APPROVE && reason == null) {
      throw RequestRefused.invalid("reason: asking for more material or refusing needs a reason the applicant will read");
    }
    Application application = applications.lock(tn).orElseThrow(() -> RequestRefused.notFound("No application " + tn + " here"));
    if (!application.competentNode().equals(routing.self())) {
      throw RequestRefused.forbidden("Application " + tn + " is decided at " + application.competentNode() + ", not here");
    }
    Instant now = clock.now();
    Application decided;
    try {
      decided =
          switch (decision) {
            case APPROVE -> application.approved(now, officer.username(), sign(tn, Leg.Kind.REVIEW, Leg.Status.DONE, now, officer.username()));
            case MORE_MATERIAL -> application.moreMaterialAsked(reason, now, officer.username());
            case REFUSE -> application.refused(reason, now, officer.username(), sign(tn, Leg.Kind.REVIEW, Leg.Status.REFUSED, now, officer.username()));
          };
    } catch (IllegalStateException e) {
      audit.record("application.decide", tn.value(), ApplicationMessages.PURPOSE, AuditOutcome.rejected(e.getMessage()));
      throw RequestRefused.conflict(e.getMessage());
    }
    if (decided.state() == ApplicationState.APPROVED) {
      decided = certifying.certify(decided);
    }
    applications.save(decided);
    audit.record("application.decide", tn.value(), ApplicationMessages.PURPOSE, AuditOutcome.ok(decision.name().toLowerCase(Locale.ROOT)));
    replicas.publish(decided);
    return decided;
  }

  String sign(TrackingNumber tn, Leg.Kind kind, Leg.Status outcome, Instant at, String by) {
    return key.sign(Leg.signedText(tn, kind, routing.self(), outcome, at, by).getBytes(StandardCharsets.UTF_8));
  }
}
