package cn.deltalink.casework.internal.linkage;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.casework.internal.cases.Case;
import cn.deltalink.casework.internal.cases.Cases;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import java.util.List;
import org.springframework.stereotype.Component;

/** Linkage messages: hits with their contact (now or later), requests for details, the owner's decisions. */
final class ReceivingLinks {

  private ReceivingLinks() {}

  @Component
  static class Hit implements MessageHandler {
    private final Cases cases;
    private final CaseLinks links;
    private final Payloads payloads;
    private final CaseworkClock clock;

    Hit(Cases cases, CaseLinks links, Payloads payloads, CaseworkClock clock) {
      this.cases = cases;
      this.links = links;
      this.payloads = payloads;
      this.clock = clock;
    }

    @Override
    public String type() {
      return LinkMessages.HIT;
    }

    @Override
    public void handle(ReceivedMessage message) {
      LinkMessages.Hit hit = payloads.read(message.payloadJson(), LinkMessages.Hit.class);
      for (Case c : cases.holding(hit.entityType(), hit.key())) {
        if (!c.leadNode().equals(message.senderNode().value())) {
          links.hit(CaseLink.Side.ASKER, c.id(), hit.entityType(), hit.key(), message.senderNode().value(), message.senderAgency(), hit.contact(), clock.now());
        }
      }
    }
  }

  @Component
  static class DetailsRequested implements MessageHandler {
    private final Cases cases;
    private final CaseLinks links;
    private final Payloads payloads;
    private final CaseworkClock clock;
    private final AuditTrail audit;

    DetailsRequested(Cases cases, CaseLinks links, Payloads payloads, CaseworkClock clock, AuditTrail audit) {
      this.cases = cases;
      this.links = links;
      this.payloads = payloads;
      this.clock = clock;
      this.audit = audit;
    }

    @Override
    public String type() {
      return LinkMessages.DETAILS_REQUESTED;
    }

    @Override
    public void handle(ReceivedMessage message) {
      LinkMessages.DetailsRequested r = payloads.read(message.payloadJson(), LinkMessages.DetailsRequested.class);
      String node = message.senderNode().value();
      var now = clock.now();
      List<Case> holding = cases.holding(r.entityType(), r.key());
      if (holding.isEmpty()) {
        throw new IllegalArgumentException("No case here holds the identifier of link " + r.linkId());
      }
      for (Case c : holding) {
        links.hit(CaseLink.Side.OWNER, c.id(), r.entityType(), r.key(), node, r.askingAgency(), null, now);
      }
      for (CaseLink owned : links.owned(r.entityType(), r.key(), node, r.askingAgency())) {
        links.requested(owned.id(), r.linkId(), r.purpose(), now);
      }
      audit.record("link.details-requested", r.linkId() + " from " + node + " " + r.askingAgency() + " case " + r.caseNumber(), r.purpose(), AuditOutcome.ok(r.officer()));
    }
  }

  @Component
  static class DetailsDecided implements MessageHandler {
    private final CaseLinks links;
    private final Payloads payloads;
    private final CaseworkClock clock;
    private final AuditTrail audit;

    DetailsDecided(CaseLinks links, Payloads payloads, CaseworkClock clock, AuditTrail audit) {
      this.links = links;
      this.payloads = payloads;
      this.clock = clock;
      this.audit = audit;
    }

    @Override
    public String type() {
      return LinkMessages.DETAILS_DECIDED;
    }

    @Override
    public void handle(ReceivedMessage message) {
      LinkMessages.DetailsDecided d = payloads.read(message.payloadJson(), LinkMessages.DetailsDecided.class);
      CaseLink link = links.find(d.linkId()).orElseThrow(() -> new IllegalArgumentException("No link " + d.linkId() + " here"));
      if (link.side() != CaseLink.Side.ASKER || !link.remoteNode().equals(message.senderNode().value())) {
        throw new IllegalArgumentException("Link " + d.linkId() + " does not point to " + message.senderNode());
      }
      links.decided(link.id(), d.approved(), d.refusal(), d.details(), clock.now(), d.by());
      audit.record("link.details-" + (d.approved() ? "approved" : "refused"), link.id().toString(), message.purpose(), AuditOutcome.ok(d.by()));
    }
  }
}
