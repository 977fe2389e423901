package cn.deltalink.casework.internal.assistance;

import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.region.Agencies;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A request as the API and the pages show it at either side, with its clock and, while unreceived, its delivery. */
@Component
public class AssistanceViews {

  public record View(
      UUID id,
      String side,
      String state,
      @Nullable UUID caseId,
      String caseNumber,
      String caseType,
      String fromNode,
      String fromAgency,
      String fromAgencyName,
      String toNode,
      String toAgency,
      String toAgencyName,
      String kind,
      String handlingCode,
      String urgency,
      String question,
      String requestedBy,
      Instant sentAt,
      @Nullable Instant receivedAt,
      @Nullable Instant dueAt,
      @Nullable Instant remindAt,
      boolean overdue,
      boolean reminded,
      boolean escalated,
      @Nullable Long secondsLeft,
      boolean answeredLate,
      @Nullable String assignee,
      @Nullable String answer,
      @Nullable Instant answeredAt,
      @Nullable String declineReason,
      int followUps,
      @Nullable Instant closedAt,
      @Nullable String delivery,
      @Nullable String deliveryError,
      List<AssistanceRequests.RequestFile> files) {}

  private final AssistanceRequests requests;
  private final Agencies agencies;
  private final Exchange exchange;
  private final CaseworkClock clock;

  AssistanceViews(AssistanceRequests requests, Agencies agencies, Exchange exchange, CaseworkClock clock) {
    this.requests = requests;
    this.agencies = agencies;
    this.exchange = exchange;
    this.clock = clock;
  }

  public View of(AssistanceRequest r, Locale locale) {
    Instant now = clock.now();
    var d = r.details();
    var c = r.clock();
    String delivery = null;
    String error = null;
    if (r instanceof SentRequest && r.state() == RequestState.SENT) {
      var deliveries = requests.message(r.id()).map(exchange::deliveries).orElse(List.of());
      if (!deliveries.isEmpty()) {
        delivery = deliveries.get(0).state().name().toLowerCase(Locale.ROOT);
        error = deliveries.get(0).lastError();
      }
    }
    return new View(
        r.id(), r instanceof SentRequest ? "sent" : "received", r.state().slug(), d.caseId(), d.caseNumber(), d.caseType(), d.fromNode(), d.fromAgency(), name(d.fromAgency(), locale), d.toNode(),
        d.toAgency(), name(d.toAgency(), locale), d.kind().slug(), d.handlingCode(), d.urgency().slug(), d.question(), d.requestedBy(), d.sentAt(), c.receivedAt(), c.dueAt(), c.remindAt(),
        c.overdue(r.state(), now), c.reminded(), c.escalated(), c.left(r.state(), now).map(java.time.Duration::toSeconds).orElse(null), r.reply().late(c), r.reply().assignee(), r.reply().answer(),
        r.reply().answeredAt(), r.reply().declineReason(), r.reply().followUps(), r.reply().closedAt(), delivery, error, requests.files(r.id()));
  }

  private String name(String agency, Locale locale) {
    return agencies.find(agency).map(a -> a.name(locale)).orElse(agency);
  }
}
