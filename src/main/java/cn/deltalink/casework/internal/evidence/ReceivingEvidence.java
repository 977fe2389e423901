package cn.deltalink.casework.internal.evidence;

import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.casework.internal.WaitingMessages;
import cn.deltalink.casework.internal.cases.Case;
import cn.deltalink.casework.internal.cases.Cases;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Evidence from the other nodes of a joint case: items with their files announced and their chains, and
 * later custody entries. Taken only from a node of the case; what arrives twice is kept once. Entries
 * are stored as signed: the verification, not the receipt, says whether they hold. What arrives before
 * its subject (an entry before its item, an item before its case) waits and is taken when the subject
 * comes (ADR 041).
 */
final class ReceivingEvidence {

  private ReceivingEvidence() {}

  private static Case caseOf(Cases cases, UUID caseId, String sender) {
    Case c = cases.find(caseId).orElseThrow(() -> new IllegalArgumentException("No case " + caseId + " here"));
    if (!c.leadNode().equals(sender) && c.participants().stream().noneMatch(p -> p.node().equals(sender))) {
      throw new IllegalArgumentException("Node " + sender + " takes no part in case " + c.number());
    }
    return c;
  }

  @Component
  static class Item implements MessageHandler {
    private final Cases cases;
    private final EvidenceItems items;
    private final CaseFiles files;
    private final Payloads payloads;
    private final cn.deltalink.casework.internal.cases.ReceivingJointCases.Copies copies;
    private final WaitingMessages waiting;

    Item(Cases cases, EvidenceItems items, CaseFiles files, Payloads payloads, cn.deltalink.casework.internal.cases.ReceivingJointCases.Copies copies, WaitingMessages waiting) {
      this.copies = copies;
      this.waiting = waiting;
      this.cases = cases;
      this.items = items;
      this.files = files;
      this.payloads = payloads;
    }

    @Override
    public String type() {
      return EvidenceMessages.ITEM;
    }

    @Override
    public void handle(ReceivedMessage message) {
      EvidenceMessages.Item p = payloads.read(message.payloadJson(), EvidenceMessages.Item.class);
      if (p.caseCopy() != null && p.caseCopy().id().equals(p.item().caseId()) && cases.find(p.item().caseId()).isEmpty()) {
        copies.take(p.caseCopy(), message);
      }
      if (cases.find(p.item().caseId()).isEmpty()) {
        waiting.hold(message, p.item().caseId());
        return;
      }
      caseOf(cases, p.item().caseId(), message.senderNode().value());
      if (!p.file().id().equals(p.item().fileId()) || !p.file().sm3().equals(p.item().sm3())) {
        throw new IllegalArgumentException("Evidence item " + p.item().id() + " names another file than the one announced");
      }
      files.announce(new CaseFile(p.file().id(), p.file().ownerNode(), p.file().name(), p.file().contentType(), p.file().size(), p.file().sm3(), p.file().parts(), false));
      items.insert(p.item());
      p.custody().stream().filter(e -> e.evidenceId().equals(p.item().id())).forEach(items::insert);
      waiting.arrived(p.item().id());
    }
  }

  @Component
  static class Custody implements MessageHandler {
    private final Cases cases;
    private final EvidenceItems items;
    private final Payloads payloads;
    private final WaitingMessages waiting;

    Custody(Cases cases, EvidenceItems items, Payloads payloads, WaitingMessages waiting) {
      this.waiting = waiting;
      this.cases = cases;
      this.items = items;
      this.payloads = payloads;
    }

    @Override
    public String type() {
      return EvidenceMessages.CUSTODY;
    }

    @Override
    public void handle(ReceivedMessage message) {
      CustodyEntry entry = payloads.read(message.payloadJson(), EvidenceMessages.Custody.class).entry();
      if (!entry.node().equals(message.senderNode().value())) {
        throw new IllegalArgumentException("A custody entry comes from the node that recorded it");
      }
      var item = items.find(entry.evidenceId());
      if (item.isEmpty()) {
        waiting.hold(message, entry.evidenceId());
        return;
      }
      caseOf(cases, item.get().caseId(), message.senderNode().value());
      items.insert(entry);
    }
  }
}
