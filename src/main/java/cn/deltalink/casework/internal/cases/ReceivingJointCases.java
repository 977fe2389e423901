package cn.deltalink.casework.internal.cases;

import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.casework.internal.WaitingMessages;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A joint case's copy from its lead node, and what any node of the case adds to it later. A message
 * changes only a case whose nodes include its sender; repeated deliveries add nothing; an entry that
 * overtakes the case's copy waits for it (ADR 041).
 */
public final class ReceivingJointCases {

  private ReceivingJointCases() {}

  /**
   * A case copy that travels inside another message of the lead node (an evidence item for a new
   * participant), so that the item never arrives before its case, whatever the order of delivery.
   */
  @Component
  public static class Copies {
    private final CaseCopy copies;

    Copies(CaseCopy copies) {
      this.copies = copies;
    }

    public void take(JointMessages.JointCase copy, ReceivedMessage message) {
      copies.take(copy, message);
    }
  }

  @Component
  static class CaseCopy implements MessageHandler {
    private final Cases cases;
    private final Entities entities;
    private final Payloads payloads;
    private final ApplicationEventPublisher events;
    private final WaitingMessages waiting;

    CaseCopy(Cases cases, Entities entities, Payloads payloads, ApplicationEventPublisher events, WaitingMessages waiting) {
      this.waiting = waiting;
      this.cases = cases;
      this.entities = entities;
      this.payloads = payloads;
      this.events = events;
    }

    @Override
    public String type() {
      return JointMessages.JOINT_CASE;
    }

    @Override
    public void handle(ReceivedMessage message) {
      take(payloads.read(message.payloadJson(), JointMessages.JointCase.class), message);
    }

    /** Keeps a copy from its lead node: what is new is added, what is here stays. */
    void take(JointMessages.JointCase copy, ReceivedMessage message) {
      if (!copy.leadNode().equals(message.senderNode().value())) {
        throw new IllegalArgumentException("Case " + copy.id() + " is led by " + copy.leadNode() + ", not by the sender " + message.senderNode());
      }
      cases.find(copy.id()).ifPresent(held -> {
        if (!held.leadNode().equals(copy.leadNode())) {
          throw new IllegalArgumentException("Case " + copy.id() + " is held here with another lead node");
        }
      });
      Case c =
          new Case(
              copy.id(), copy.number(), copy.leadNode(), copy.agency(), CaseType.parse(copy.type()), CaseState.parse(copy.state()), copy.title(), copy.summary(), copy.officers(), copy.contact(),
              copy.amount(), true, List.of(), copy.openedAt(), copy.openedAt());
      cases.insert(c);
      copy.participants().forEach(p -> cases.addParticipant(c.id(), p));
      cases.moveTo(c.id(), CaseState.parse(copy.state()), message.createdAt());
      Adding.add(cases, entities, events, c.id(), copy.entities(), copy.links(), copy.timeline(), copy.contact());
      waiting.arrived(c.id());
    }
  }

  @Component
  static class Entry implements MessageHandler {
    private final Cases cases;
    private final Entities entities;
    private final Payloads payloads;
    private final ApplicationEventPublisher events;
    private final WaitingMessages waiting;

    Entry(Cases cases, Entities entities, Payloads payloads, ApplicationEventPublisher events, WaitingMessages waiting) {
      this.waiting = waiting;
      this.cases = cases;
      this.entities = entities;
      this.payloads = payloads;
      this.events = events;
    }

    @Override
    public String type() {
      return JointMessages.JOINT_ENTRY;
    }

    @Override
    public void handle(ReceivedMessage message) {
      JointMessages.JointEntry entry = payloads.read(message.payloadJson(), JointMessages.JointEntry.class);
      var held = cases.find(entry.caseId());
      if (held.isEmpty()) {
        // an entry of a participant can overtake the lead node's copy of the case
        waiting.hold(message, entry.caseId());
        return;
      }
      Case c = held.get();
      String sender = message.senderNode().value();
      if (!c.leadNode().equals(sender) && c.participants().stream().noneMatch(p -> p.node().equals(sender))) {
        throw new IllegalArgumentException("Node " + sender + " takes no part in case " + c.number());
      }
      if (entry.state() != null && sender.equals(c.leadNode())) {
        cases.moveTo(c.id(), CaseState.parse(entry.state()), entry.timeline().at());
      }
      Adding.add(cases, entities, events, c.id(), entry.entities(), entry.links(), List.of(entry.timeline()), c.contact());
    }
  }

  /** Adds what arrived to the case, each part only once and only to this case. */
  private static final class Adding {
    private Adding() {}

    static void add(Cases cases, Entities entities, ApplicationEventPublisher events, java.util.UUID caseId, List<CaseEntity> es, List<EntityLink> links, List<TimelineEntry> timeline, String contact) {
      for (CaseEntity e : es) {
        if (!e.caseId().equals(caseId)) {
          throw new IllegalArgumentException("Entity " + e.id() + " belongs to another case");
        }
        if (entities.insert(e) && e.key() != null) {
          events.publishEvent(new EntityRecorded(caseId, e.type().code(), e.key(), e.agency(), contact, false));
        }
      }
      for (EntityLink l : links) {
        if (l.caseId().equals(caseId)) {
          entities.insertLink(l);
        }
      }
      for (TimelineEntry t : timeline) {
        if (t.caseId().equals(caseId)) {
          entities.insertTimeline(t);
          cases.touch(caseId, t.at());
        }
      }
    }
  }
}
