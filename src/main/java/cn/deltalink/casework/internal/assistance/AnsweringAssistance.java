package cn.deltalink.casework.internal.assistance;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import static cn.deltalink.casework.internal.assistance.RequestingAssistance.text;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.casework.internal.evidence.CaseFile;
import cn.deltalink.casework.internal.evidence.CaseFiles;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.AgencyCode;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving side: triage and assignment, the answer with its results and evidence files, or a
 * refusal with its reason. A request the requester withdrew takes no reply.
 */
@Service
public class AnsweringAssistance {

  private final AssistanceRequests requests;
  private final CaseOfficers officers;
  private final AttachedFiles attached;
  private final CaseFiles files;
  private final Exchange exchange;
  private final Payloads payloads;
  private final CaseworkClock clock;
  private final AuditTrail audit;

  AnsweringAssistance(AssistanceRequests requests, CaseOfficers officers, AttachedFiles attached, CaseFiles files, Exchange exchange, Payloads payloads, CaseworkClock clock, AuditTrail audit) {
    this.requests = requests;
    this.officers = officers;
    this.attached = attached;
    this.files = files;
    this.exchange = exchange;
    this.payloads = payloads;
    this.clock = clock;
    this.audit = audit;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public ReceivedRequest assign(UUID id, @Nullable String assigneeText) {
    Officer officer = officers.require(CaseOfficers.WORKERS, "assistance.assign", id.toString());
    ReceivedRequest r = open(id, officer, "assistance.assign");
    String assignee = assigneeText == null || assigneeText.isBlank() ? officer.displayName() : text("assignee", assigneeText, 100);
    requests.assign(id, assignee);
    tell(r, AssistanceMessages.ASSIGNED, new AssistanceMessages.Assigned(id, assignee, clock.now()));
    audit.record("assistance.assign", id + " " + assignee, AssistanceMessages.PURPOSE, AuditOutcome.ok());
    return (ReceivedRequest) requests.find(id).orElseThrow();
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public ReceivedRequest reply(UUID id, @Nullable String answerText, @Nullable List<Attachment> attachments) {
    Officer officer = officers.require(CaseOfficers.WORKERS, "assistance.reply", id.toString());
    ReceivedRequest r = open(id, officer, "assistance.reply");
    String answer = text("answer", answerText, 8000);
    List<CaseFile> results = attached.store(attachments);
    var now = clock.now();
    requests.answer(id, RequestState.ANSWERED, answer, null, now);
    results.forEach(f -> requests.addFile(id, f.id(), "result"));
    tell(r, AssistanceMessages.ANSWERED, new AssistanceMessages.Answered(id, answer, now, officer.displayName(), results));
    results.forEach(f -> files.send(f, List.of(r.details().fromNode()), HandlingCode.valueOf(r.details().handlingCode()), AssistanceMessages.PURPOSE, r.details().toAgency()));
    audit.record("assistance.reply", id.toString(), AssistanceMessages.PURPOSE, AuditOutcome.ok(r.clock().overdue(r.state(), now) ? "after the deadline" : "in time"));
    return (ReceivedRequest) requests.find(id).orElseThrow();
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public ReceivedRequest decline(UUID id, @Nullable String reasonText) {
    Officer officer = officers.require(CaseOfficers.WORKERS, "assistance.decline", id.toString());
    ReceivedRequest r = open(id, officer, "assistance.decline");
    String reason = text("reason", reasonText, 2000);
    var now = clock.now();
    requests.answer(id, RequestState.DECLINED, null, reason, now);
    tell(r, AssistanceMessages.DECLINED, new AssistanceMessages.Declined(id, reason, now, officer.displayName()));
    audit.record("assistance.decline", id.toString(), AssistanceMessages.PURPOSE, AuditOutcome.ok());
    return (ReceivedRequest) requests.find(id).orElseThrow();
  }

  private ReceivedRequest open(UUID id, Officer officer, String action) {
    AssistanceRequest found = requests.find(id).orElseThrow(() -> CASEWORK.notFound("casework.refused.request.notFound", id));
    if (!(found instanceof ReceivedRequest r)) {
      throw CASEWORK.conflict("casework.refused.request.sentHere", id, found.details().toNode());
    }
    officers.requireCovers(officer, List.of(r.details().toAgency()), action, id.toString());
    r.whyNotAnswer().ifPresent(why -> {
      audit.record(action, id.toString(), AssistanceMessages.PURPOSE, AuditOutcome.rejected(r.state().slug()));
      throw CASEWORK.conflict("casework.refused.state", why);
    });
    return r;
  }

  private void tell(ReceivedRequest r, String type, Object payload) {
    exchange.send(
        new OutgoingMessage(type, Recipients.of(NodeId.of(r.details().fromNode())), HandlingCode.valueOf(r.details().handlingCode()), AssistanceMessages.PURPOSE, AgencyCode.of(r.details().toAgency()),
            payloads.write(payload), null));
  }
}
