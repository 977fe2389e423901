package cn.deltalink.casework.internal.linkage;

import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.casework.internal.cases.Case;
import cn.deltalink.casework.internal.cases.Cases;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.QueryResponder;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.region.AgencyCode;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers the region's linkage queries ({@code casework.entity}) from this node's cases: hit or not,
 * and on a hit the owning agency, never the case. The asker is remembered (a subscription: told when
 * the identifier appears here later), and on a hit each case holding it records who asked, and the
 * asker is sent the agency's contact.
 */
@Component
class EntityResponder implements QueryResponder {

  private final Cases cases;
  private final CaseLinks links;
  private final Exchange exchange;
  private final Payloads payloads;
  private final CaseworkClock clock;
  private final TransactionTemplate transaction;

  EntityResponder(Cases cases, CaseLinks links, Exchange exchange, Payloads payloads, CaseworkClock clock, TransactionTemplate transaction) {
    this.cases = cases;
    this.links = links;
    this.exchange = exchange;
    this.payloads = payloads;
    this.clock = clock;
    this.transaction = transaction;
  }

  @Override
  public String type() {
    return LinkMessages.QUERY;
  }

  @Override
  public HitAnswer answer(HitQuery query) {
    if (!AgencyCode.isWellFormed(query.askingAgency()) || query.identifier().length() > 100 || query.identifierType().length() > 20) {
      return HitAnswer.noHit();
    }
    List<Case> holding = cases.holding(query.identifierType(), query.identifier());
    transaction.executeWithoutResult(
        tx -> {
          var now = clock.now();
          links.subscribe(query.askingNode().value(), query.askingAgency(), query.identifierType(), query.identifier(), now);
          for (Case c : holding) {
            links.hit(CaseLink.Side.OWNER, c.id(), query.identifierType(), query.identifier(), query.askingNode().value(), query.askingAgency(), null, now);
          }
          if (!holding.isEmpty()) {
            Case first = holding.get(0);
            exchange.send(
                new OutgoingMessage(LinkMessages.HIT, Recipients.of(query.askingNode()), HandlingCode.H2, LinkMessages.PURPOSE, AgencyCode.of(first.agency()),
                    payloads.write(new LinkMessages.Hit(query.identifierType(), query.identifier(), first.agency(), first.contact())), null));
          }
        });
    return holding.isEmpty() ? HitAnswer.noHit() : new HitAnswer(true, AgencyCode.of(holding.get(0).agency()));
  }
}
