package cn.deltalink.casework.internal.linkage;

import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.casework.internal.cases.Case;
import cn.deltalink.casework.internal.cases.CaseEntity;
import cn.deltalink.casework.internal.cases.Cases;
import cn.deltalink.casework.internal.cases.EntityChecks;
import cn.deltalink.casework.internal.cases.EntityRecorded;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The asking side of linkage: each new identifier of a case is asked of every other node (hit/no-hit,
 * audited at both), and each hit recorded as a link of the case; and the owning side's part when an
 * identifier that another node asked about appears here later (a subscription).
 */
@Component
class Linkage implements EntityChecks {

  private final Cases cases;
  private final CaseLinks links;
  private final Exchange exchange;
  private final Payloads payloads;
  private final CaseworkClock clock;
  private final Duration timeout;

  Linkage(Cases cases, CaseLinks links, Exchange exchange, Payloads payloads, CaseworkClock clock, @Value("${deltalink.casework.linkage-timeout:3s}") Duration timeout) {
    this.cases = cases;
    this.links = links;
    this.exchange = exchange;
    this.payloads = payloads;
    this.clock = clock;
    this.timeout = timeout;
  }

  @Override
  public void check(UUID caseId, List<CaseEntity> entities) {
    Case c = cases.find(caseId).orElseThrow();
    for (CaseEntity e : entities) {
      if (e.key() == null) {
        continue;
      }
      for (Exchange.PeerAnswer answer : exchange.query(LinkMessages.QUERY, e.type().code(), e.key(), LinkMessages.PURPOSE, AgencyCode.of(c.agency()), timeout)) {
        if (answer.outcome() == Exchange.QueryOutcome.HIT && answer.owningAgency() != null) {
          links.hit(CaseLink.Side.ASKER, c.id(), e.type().code(), e.key(), answer.node().value(), answer.owningAgency().value(), null, clock.now());
        }
      }
    }
  }

  /** An identifier recorded here that other nodes asked about before: each is told (agency and contact only). */
  @EventListener
  public void recorded(EntityRecorded recorded) {
    if (!recorded.local()) {
      return;
    }
    String self = exchange.localNode().value();
    var now = clock.now();
    for (String[] subscriber : links.subscribers(recorded.entityType(), recorded.key())) {
      if (subscriber[0].equals(self)) {
        continue;
      }
      links.hit(CaseLink.Side.OWNER, recorded.caseId(), recorded.entityType(), recorded.key(), subscriber[0], subscriber[1], null, now);
      exchange.send(
          new OutgoingMessage(LinkMessages.HIT, Recipients.of(NodeId.of(subscriber[0])), HandlingCode.H2, LinkMessages.PURPOSE, AgencyCode.of(recorded.agency()),
              payloads.write(new LinkMessages.Hit(recorded.entityType(), recorded.key(), recorded.agency(), recorded.contact())), null));
    }
  }
}
