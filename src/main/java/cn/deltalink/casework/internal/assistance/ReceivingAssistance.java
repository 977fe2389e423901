package cn.deltalink.casework.internal.assistance;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.casework.internal.evidence.CaseFile;
import cn.deltalink.casework.internal.evidence.CaseFiles;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.region.AgencyCode;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The messages of a request at either node. Each changes only a request whose other side is the
 * message's sender; what arrives after the request was closed (a reply crossing a withdrawal) is kept
 * out and logged.
 */
@Component
class ReceivingAssistance {

  private static final Logger log = LoggerFactory.getLogger(ReceivingAssistance.class);

  private final AssistanceRequests requests;
  private final CaseFiles files;
  private final Deadlines deadlines;
  private final Exchange exchange;
  private final Payloads payloads;
  private final CaseworkClock clock;
  private final AuditTrail audit;

  ReceivingAssistance(AssistanceRequests requests, CaseFiles files, Deadlines deadlines, Exchange exchange, Payloads payloads, CaseworkClock clock, AuditTrail audit) {
    this.requests = requests;
    this.files = files;
    this.deadlines = deadlines;
    this.exchange = exchange;
    this.payloads = payloads;
    this.clock = clock;
    this.audit = audit;
  }

  /** At the receiving node: the request arrives and its clock starts. */
  void requested(ReceivedMessage m) {
    var p = payloads.read(m.payloadJson(), AssistanceMessages.Requested.class);
    String self = exchange.localNode().value();
    boolean ours = exchange.members().stream().anyMatch(member -> member.id().value().equals(self) && member.agencies().contains(p.toAgency()));
    if (!ours) {
      throw new IllegalArgumentException("Agency " + p.toAgency() + " is not served by node " + self);
    }
    var details =
        new AssistanceRequest.Details(
            p.id(), null, p.caseNumber(), p.caseType(), m.senderNode().value(), m.senderAgency(), self, p.toAgency(), RequestKind.parse(p.kind()), m.handlingCode().name(), Urgency.parse(p.urgency()),
            p.question(), p.requestedBy(), p.sentAt());
    if (!requests.insert("received", details, RequestState.RECEIVED, m.id())) {
      return;
    }
    for (CaseFile f : p.attachments()) {
      files.announce(new CaseFile(f.id(), m.senderNode().value(), f.name(), f.contentType(), f.size(), f.sm3(), f.parts(), false));
      requests.addFile(p.id(), f.id(), "attachment");
    }
    startClock(details, m.senderAgency());
    audit.record("assistance.received", p.id() + " from " + m.senderAgency(), m.purpose(), AuditOutcome.ok(details.urgency().slug()));
  }

  /** At the receiving node: starts the clock at receipt and tells the requester. */
  private void startClock(AssistanceRequest.Details d, String requesterAgency) {
    Instant now = clock.now();
    Deadlines.Times times = deadlines.times();
    Instant due = times.dueAt(d.urgency(), now);
    Instant remind = times.remindAt(d.urgency(), now);
    requests.startClock(d.id(), now, due, remind, RequestState.RECEIVED);
    exchange.send(
        new OutgoingMessage(AssistanceMessages.RECEIVED, Recipients.of(cn.deltalink.platform.NodeId.of(d.fromNode())), cn.deltalink.exchange.HandlingCode.valueOf(d.handlingCode()),
            AssistanceMessages.PURPOSE, AgencyCode.of(d.toAgency()), payloads.write(new AssistanceMessages.Received(d.id(), now, due, remind)), null));
  }

  /** At the requesting node: the receipt with the clock. */
  void received(ReceivedMessage m) {
    var p = payloads.read(m.payloadJson(), AssistanceMessages.Received.class);
    SentRequest r = sent(p.id(), m);
    if (r.state().closed()) {
      log.info("Receipt of request {} after it was {}", p.id(), r.state().slug());
      return;
    }
    requests.startClock(p.id(), p.receivedAt(), p.dueAt(), p.remindAt(), r.state() == RequestState.SENT ? RequestState.RECEIVED : r.state());
  }

  void assigned(ReceivedMessage m) {
    var p = payloads.read(m.payloadJson(), AssistanceMessages.Assigned.class);
    SentRequest r = sent(p.id(), m);
    if (!r.state().closed()) {
      requests.assign(p.id(), p.assignee());
    }
  }

  void answered(ReceivedMessage m) {
    var p = payloads.read(m.payloadJson(), AssistanceMessages.Answered.class);
    SentRequest r = sent(p.id(), m);
    if (r.state().closed()) {
      log.warn("Answer to request {} arrived after it was {}; not taken", p.id(), r.state().slug());
      return;
    }
    requests.answer(p.id(), RequestState.ANSWERED, p.answer(), null, p.at());
    for (CaseFile f : p.files()) {
      files.announce(new CaseFile(f.id(), m.senderNode().value(), f.name(), f.contentType(), f.size(), f.sm3(), f.parts(), false));
      requests.addFile(p.id(), f.id(), "result");
    }
    audit.record("assistance.answered", p.id().toString(), m.purpose(), AuditOutcome.ok(p.by()));
  }

  void declined(ReceivedMessage m) {
    var p = payloads.read(m.payloadJson(), AssistanceMessages.Declined.class);
    SentRequest r = sent(p.id(), m);
    if (!r.state().closed()) {
      requests.answer(p.id(), RequestState.DECLINED, null, p.reason(), p.at());
    }
  }

  /** At the receiving node: accepted or withdrawn by the requester. */
  void closed(ReceivedMessage m, RequestState state) {
    var p = payloads.read(m.payloadJson(), AssistanceMessages.Closed.class);
    ReceivedRequest r = received(p.id(), m);
    if (!r.state().closed()) {
      requests.close(p.id(), state, p.at());
      audit.record("assistance." + state.slug(), p.id().toString(), m.purpose(), AuditOutcome.ok(p.by()));
    }
  }

  void followedUp(ReceivedMessage m) {
    var p = payloads.read(m.payloadJson(), AssistanceMessages.FollowedUp.class);
    ReceivedRequest r = received(p.id(), m);
    if (r.state().closed()) {
      return;
    }
    requests.followedUp(p.id(), p.question());
    startClock(r.details(), r.details().fromAgency());
  }

  private SentRequest sent(UUID id, ReceivedMessage m) {
    AssistanceRequest r = requests.find(id).orElseThrow(() -> new IllegalArgumentException("No request " + id + " sent from here"));
    if (!(r instanceof SentRequest s) || !s.details().toNode().equals(m.senderNode().value())) {
      throw new IllegalArgumentException("Request " + id + " was not sent to " + m.senderNode());
    }
    return s;
  }

  private ReceivedRequest received(UUID id, ReceivedMessage m) {
    AssistanceRequest r = requests.find(id).orElseThrow(() -> new IllegalArgumentException("No request " + id + " received here"));
    if (!(r instanceof ReceivedRequest s) || !s.details().fromNode().equals(m.senderNode().value())) {
      throw new IllegalArgumentException("Request " + id + " did not come from " + m.senderNode());
    }
    return s;
  }

  /** One handler bean per message type, each handing over to the method above. */
  @Component
  static class Handlers {
    Handlers() {}

    @org.springframework.context.annotation.Bean
    static MessageHandler assistanceRequested(org.springframework.beans.factory.ObjectProvider<ReceivingAssistance> r) {
      return handler(AssistanceMessages.REQUESTED, m -> r.getObject().requested(m));
    }

    @org.springframework.context.annotation.Bean
    static MessageHandler assistanceReceived(org.springframework.beans.factory.ObjectProvider<ReceivingAssistance> r) {
      return handler(AssistanceMessages.RECEIVED, m -> r.getObject().received(m));
    }

    @org.springframework.context.annotation.Bean
    static MessageHandler assistanceAssigned(org.springframework.beans.factory.ObjectProvider<ReceivingAssistance> r) {
      return handler(AssistanceMessages.ASSIGNED, m -> r.getObject().assigned(m));
    }

    @org.springframework.context.annotation.Bean
    static MessageHandler assistanceAnswered(org.springframework.beans.factory.ObjectProvider<ReceivingAssistance> r) {
      return handler(AssistanceMessages.ANSWERED, m -> r.getObject().answered(m));
    }

    @org.springframework.context.annotation.Bean
    static MessageHandler assistanceDeclined(org.springframework.beans.factory.ObjectProvider<ReceivingAssistance> r) {
      return handler(AssistanceMessages.DECLINED, m -> r.getObject().declined(m));
    }

    @org.springframework.context.annotation.Bean
    static MessageHandler assistanceAccepted(org.springframework.beans.factory.ObjectProvider<ReceivingAssistance> r) {
      return handler(AssistanceMessages.ACCEPTED, m -> r.getObject().closed(m, RequestState.ACCEPTED));
    }

    @org.springframework.context.annotation.Bean
    static MessageHandler assistanceWithdrawn(org.springframework.beans.factory.ObjectProvider<ReceivingAssistance> r) {
      return handler(AssistanceMessages.WITHDRAWN, m -> r.getObject().closed(m, RequestState.WITHDRAWN));
    }

    @org.springframework.context.annotation.Bean
    static MessageHandler assistanceFollowedUp(org.springframework.beans.factory.ObjectProvider<ReceivingAssistance> r) {
      return handler(AssistanceMessages.FOLLOWED_UP, m -> r.getObject().followedUp(m));
    }

    private static MessageHandler handler(String type, java.util.function.Consumer<ReceivedMessage> handle) {
      return new MessageHandler() {
        @Override
        public String type() {
          return type;
        }

        @Override
        public void handle(ReceivedMessage message) {
          handle.accept(message);
        }
      };
    }
  }
}
