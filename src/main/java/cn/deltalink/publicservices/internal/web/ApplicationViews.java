package cn.deltalink.publicservices.internal.web;

import cn.deltalink.access.Masking;
import cn.deltalink.access.PersonalField;
import cn.deltalink.publicservices.internal.application.Application;
import cn.deltalink.publicservices.internal.application.ApplicationMessages;
import cn.deltalink.publicservices.internal.application.ApplicationState;
import cn.deltalink.publicservices.internal.application.Applications;
import cn.deltalink.publicservices.internal.application.Leg;
import cn.deltalink.publicservices.internal.application.Routing;
import cn.deltalink.publicservices.internal.application.ServiceClock;
import cn.deltalink.publicservices.internal.calendar.WorkingDays;
import cn.deltalink.publicservices.internal.catalogue.ServiceCatalogue;
import cn.deltalink.publicservices.internal.catalogue.ServiceItem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Applications as the API and the pages show them: the clock in working days, the legs, the delivery to the competent node. */
@Component
class ApplicationViews {

  /** An application as an officer sees it. */
  record View(
      String trackingNumber,
      String item,
      @Nullable String subtype,
      String itemNameZh,
      String itemNameEn,
      Applicant applicant,
      String intakeNode,
      String competentNode,
      @Nullable String originNode,
      String state,
      Instant submittedAt,
      @Nullable Instant receivedAt,
      @Nullable Instant dueAt,
      @Nullable Instant pausedAt,
      @Nullable Instant remindedAt,
      @Nullable Instant escalatedAt,
      boolean overdue,
      @Nullable Integer workingDaysLeft,
      @Nullable Instant decidedAt,
      @Nullable String decidedBy,
      @Nullable String reason,
      List<LegView> legs,
      @Nullable String waitingOn,
      Instant waitingSince,
      @Nullable Delivery delivery,
      List<String> registeredElsewhere,
      @Nullable String certificateCode,
      Map<String, String> details) {

    /** "Sent, not yet received": the application waits in the outbox for the competent node. */
    public boolean sentNotReceived() {
      return state.equals(ApplicationState.SENT.slug());
    }
  }

  record Applicant(String residentId, String name, @Nullable String phone) {}

  record LegView(String kind, String node, String status, @Nullable Instant doneAt, @Nullable String by, @Nullable String signature) {}

  /** The message that carried the application to the competent node: queued (the node is away), delivered or failed. */
  record Delivery(String state, int attempts, @Nullable Instant deliveredAt, @Nullable String lastError) {}

  /** What the public page shows, without login: no personal data beyond the masked name. */
  record PublicView(
      String trackingNumber, String itemNameZh, String itemNameEn, String applicantName, String state, Instant submittedAt, @Nullable Instant receivedAt, @Nullable Instant dueAt,
      @Nullable String reason, List<PublicLeg> legs, boolean certificate) {}

  record PublicLeg(String kind, String node, String status, @Nullable Instant doneAt) {}

  private final ServiceCatalogue catalogue;
  private final Applications applications;
  private final Routing routing;
  private final WorkingDays workingDays;
  private final ServiceClock clock;
  private final Masking masking;

  ApplicationViews(ServiceCatalogue catalogue, Applications applications, Routing routing, WorkingDays workingDays, ServiceClock clock, Masking masking) {
    this.catalogue = catalogue;
    this.applications = applications;
    this.routing = routing;
    this.workingDays = workingDays;
    this.clock = clock;
    this.masking = masking;
  }

  View of(Application a) {
    Instant now = clock.now();
    ServiceItem item = catalogue.find(a.item(), a.subtype()).orElse(null);
    Integer left = a.dueAt() == null || a.state().closed() ? null : (now.isBefore(a.dueAt()) ? workingDays.elapsed(now, a.dueAt().minusSeconds(1)) : -workingDays.elapsed(a.dueAt(), now));
    return new View(
        a.trackingNumber().value(), a.item(), a.subtype(), item == null ? a.item() : item.nameZh(), item == null ? a.item() : item.nameEn(),
        new Applicant(masking.show(PersonalField.RESIDENT_ID, a.applicant().residentId(), ApplicationMessages.PURPOSE), a.applicant().name(),
            a.applicant().phone() == null ? null : masking.show(PersonalField.MOBILE, a.applicant().phone(), ApplicationMessages.PURPOSE)),
        a.intakeNode(), a.competentNode(), a.originNode(), a.state().slug(), a.submittedAt(), a.receivedAt(), a.dueAt(), a.pausedAt(), a.remindedAt(), a.escalatedAt(),
        a.overdue(now), left, a.decidedAt(), a.decidedBy(), a.reason(), a.legs().stream().map(ApplicationViews::leg).toList(), a.waitingOn(), a.changedAt(), delivery(a),
        a.registeredElsewhere(), a.certificateCode(), a.details());
  }

  PublicView publicly(Application a) {
    ServiceItem item = catalogue.find(a.item(), a.subtype()).orElse(null);
    return new PublicView(
        a.trackingNumber().value(), item == null ? a.item() : item.nameZh(), item == null ? a.item() : item.nameEn(), masking.masked(PersonalField.NAME, a.applicant().name()),
        a.state().slug(), a.submittedAt(), a.receivedAt(), a.dueAt(), a.state() == ApplicationState.REFUSED || a.state() == ApplicationState.MORE_MATERIAL ? a.reason() : null,
        a.legs().stream().map(l -> new PublicLeg(l.kind().slug(), l.node(), l.status().slug(), l.doneAt())).toList(), a.certificateCode() != null);
  }

  /** How long the application has waited on its current step. */
  Duration waited(Application a) {
    return Duration.between(a.changedAt(), clock.now());
  }

  private @Nullable Delivery delivery(Application a) {
    if (!a.intakeNode().equals(routing.self()) || a.competentNode().equals(routing.self())) {
      return null;
    }
    return applications.sentMessage(a.trackingNumber()).flatMap(id -> routing.deliveries(id).stream().findFirst())
        .map(d -> new Delivery(d.state().name().toLowerCase(java.util.Locale.ROOT), d.attempts(), d.deliveredAt(), d.lastError())).orElse(null);
  }

  private static LegView leg(Leg l) {
    return new LegView(l.kind().slug(), l.node(), l.status().slug(), l.doneAt(), l.by(), l.signature());
  }

}
