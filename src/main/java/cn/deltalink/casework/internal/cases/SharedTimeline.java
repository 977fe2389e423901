package cn.deltalink.casework.internal.cases;

import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes an action to a case's timeline and, for a joint case, sends it with what it added to the
 * case's other nodes, inside the caller's transaction.
 */
@Component
public class SharedTimeline {

  private final Entities entities;
  private final Exchange exchange;
  private final Payloads payloads;
  private final CaseworkClock clock;

  SharedTimeline(Entities entities, Exchange exchange, Payloads payloads, CaseworkClock clock) {
    this.entities = entities;
    this.exchange = exchange;
    this.payloads = payloads;
    this.clock = clock;
  }

  public TimelineEntry record(Case c, String officer, String agency, String kind, String text) {
    return record(c, officer, agency, kind, text, List.of(), List.of(), null);
  }

  public TimelineEntry record(Case c, String officer, String agency, String kind, String text, List<CaseEntity> added, List<EntityLink> links, @Nullable CaseState state) {
    String self = exchange.localNode().value();
    TimelineEntry entry = new TimelineEntry(UUID.randomUUID(), c.id(), self, agency, officer, clock.now(), kind, text);
    entities.insertTimeline(entry);
    List<String> others = c.otherNodes(self);
    if (c.joint() && !others.isEmpty()) {
      exchange.send(
          new OutgoingMessage(
              JointMessages.JOINT_ENTRY,
              Recipients.of(others.stream().map(NodeId::of).toList()),
              HandlingCode.H2,
              JointMessages.PURPOSE,
              AgencyCode.of(agency),
              payloads.write(new JointMessages.JointEntry(c.id(), entry, added, links, state == null ? null : state.slug())),
              null));
    }
    return entry;
  }
}
