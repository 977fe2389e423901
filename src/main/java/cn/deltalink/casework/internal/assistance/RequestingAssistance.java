package cn.deltalink.casework.internal.assistance;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.Payloads;
import cn.deltalink.casework.internal.cases.Case;
import cn.deltalink.casework.internal.cases.CaseAccess;
import cn.deltalink.casework.internal.cases.Cases;
import cn.deltalink.casework.internal.cases.JoiningCases;
import cn.deltalink.casework.internal.cases.SharedTimeline;
import cn.deltalink.casework.internal.evidence.CaseFile;
import cn.deltalink.casework.internal.evidence.CaseFiles;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyCode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requesting side: sending a request from a case to an agency of another province, then
 * accepting the answer, following it up, or withdrawing the request. Each step is a message to the
 * receiving node, queued in the same transaction.
 */
@Service
public class RequestingAssistance {

  /** A request as an investigator sends it. */
  public record SendRequest(
      @Nullable String caseId, @Nullable String toAgency, @Nullable String kind, @Nullable String urgency, @Nullable String handlingCode, @Nullable String question, @Nullable List<Attachment> attachments) {}

  private final AssistanceRequests requests;
  private final CaseAccess access;
  private final Cases cases;
  private final JoiningCases joining;
  private final SharedTimeline timeline;
  private final CaseOfficers officers;
  private final Agencies agencies;
  private final AttachedFiles attached;
  private final CaseFiles files;
  private final Exchange exchange;
  private final Payloads payloads;
  private final CaseworkClock clock;
  private final AuditTrail audit;

  RequestingAssistance(
      AssistanceRequests requests, CaseAccess access, Cases cases, JoiningCases joining, SharedTimeline timeline, CaseOfficers officers, Agencies agencies, AttachedFiles attached, CaseFiles files,
      Exchange exchange, Payloads payloads, CaseworkClock clock, AuditTrail audit) {
    this.requests = requests;
    this.access = access;
    this.cases = cases;
    this.joining = joining;
    this.timeline = timeline;
    this.officers = officers;
    this.agencies = agencies;
    this.attached = attached;
    this.files = files;
    this.exchange = exchange;
    this.payloads = payloads;
    this.clock = clock;
    this.audit = audit;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public SentRequest send(SendRequest request) {
    UUID caseId = uuid("caseId", request.caseId());
    CaseAccess.Allowed allowed = access.require(caseId, CaseOfficers.INVESTIGATORS, "assistance.send");
    return sendFrom(allowed.c(), allowed.actingAgency(), allowed.officer().displayName(), request);
  }

  /** Sends a request from a case on behalf of an agency (the demo sends its requests this way). */
  @Transactional(noRollbackFor = RequestRefused.class)
  public SentRequest sendFrom(Case c, String fromAgency, String officerName, SendRequest request) {
    if (!c.state().open()) {
      throw CASEWORK.conflict("casework.refused.case.closed", c.number());
    }
    String to = request.toAgency() == null ? "" : request.toAgency().strip();
    if (!AgencyCode.isWellFormed(to)) {
      throw CASEWORK.invalid("casework.refused.agency.code", "toAgency");
    }
    Agency agency = agencies.find(to).orElseThrow(() -> {
      audit.record("assistance.send", to, AssistanceMessages.PURPOSE, AuditOutcome.rejected("unknown agency"));
      return CASEWORK.invalid("casework.refused.agency.unknown", to);
    });
    String self = exchange.localNode().value();
    String toNode = joining.nodeOf(to).orElseThrow(() -> CASEWORK.invalid("casework.refused.agency.noNode", to));
    if (toNode.equals(self)) {
      throw CASEWORK.invalid("casework.refused.request.sameProvince", to);
    }
    RequestKind kind;
    Urgency urgency;
    HandlingCode code;
    try {
      kind = RequestKind.parse(required("kind", request.kind()));
      urgency = Urgency.parse(required("urgency", request.urgency()));
      code = request.handlingCode() == null || request.handlingCode().isBlank() ? HandlingCode.H2 : HandlingCode.valueOf(request.handlingCode().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw (e.getMessage().startsWith("No enum") ? CASEWORK.invalid("casework.refused.request.handlingCode") : CASEWORK.invalid("casework.refused.rule", e.getMessage()));
    }
    String question = text("question", request.question(), 4000);
    List<CaseFile> stored = attached.store(request.attachments());
    var now = clock.now();
    var details = new AssistanceRequest.Details(UUID.randomUUID(), c.id(), c.number(), c.type().code(), self, fromAgency, toNode, to, kind, code.name(), urgency, question, officerName, now);
    requests.insert("sent", details, RequestState.SENT, null);
    stored.forEach(f -> requests.addFile(details.id(), f.id(), "attachment"));
    UUID message =
        exchange.send(
            new OutgoingMessage(
                AssistanceMessages.REQUESTED, Recipients.of(NodeId.of(toNode)), code, AssistanceMessages.PURPOSE, AgencyCode.of(fromAgency),
                payloads.write(new AssistanceMessages.Requested(details.id(), c.number(), c.type().code(), to, kind.slug(), urgency.slug(), question, officerName, now, stored)), null));
    requests.setMessage(details.id(), message);
    stored.forEach(f -> files.send(f, List.of(toNode), code, AssistanceMessages.PURPOSE, fromAgency));
    timeline.record(c, officerName, fromAgency, "request", kind.slug() + " → " + agency.nameZh() + " (" + urgency.slug() + ")");
    audit.record("assistance.send", details.id() + " → " + to, AssistanceMessages.PURPOSE, AuditOutcome.ok());
    return (SentRequest) requests.find(details.id()).orElseThrow();
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public SentRequest accept(UUID id) {
    Officer officer = officers.require(CaseOfficers.INVESTIGATORS, "assistance.accept", id.toString());
    SentRequest r = sent(id, officer, "assistance.accept");
    r.whyNotAccept().ifPresent(why -> {
      throw CASEWORK.conflict("casework.refused.state", why);
    });
    var now = clock.now();
    requests.close(id, RequestState.ACCEPTED, now);
    tell(r, AssistanceMessages.ACCEPTED, new AssistanceMessages.Closed(id, now, officer.displayName()));
    note(r, officer, "request", "accepted " + r.details().kind().slug());
    audit.record("assistance.accept", id.toString(), AssistanceMessages.PURPOSE, AuditOutcome.ok());
    return (SentRequest) requests.find(id).orElseThrow();
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public SentRequest followUp(UUID id, @Nullable String questionText) {
    Officer officer = officers.require(CaseOfficers.INVESTIGATORS, "assistance.follow-up", id.toString());
    SentRequest r = sent(id, officer, "assistance.follow-up");
    r.whyNotFollowUp().ifPresent(why -> {
      throw CASEWORK.conflict("casework.refused.state", why);
    });
    String question = text("question", questionText, 2000);
    requests.followUp(id, question);
    tell(r, AssistanceMessages.FOLLOWED_UP, new AssistanceMessages.FollowedUp(id, question, clock.now(), officer.displayName()));
    note(r, officer, "request", "follow-up " + r.details().kind().slug());
    audit.record("assistance.follow-up", id.toString(), AssistanceMessages.PURPOSE, AuditOutcome.ok());
    return (SentRequest) requests.find(id).orElseThrow();
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public SentRequest withdraw(UUID id) {
    Officer officer = officers.require(CaseOfficers.INVESTIGATORS, "assistance.withdraw", id.toString());
    SentRequest r = sent(id, officer, "assistance.withdraw");
    r.whyNotWithdraw().ifPresent(why -> {
      throw CASEWORK.conflict("casework.refused.state", why);
    });
    var now = clock.now();
    requests.close(id, RequestState.WITHDRAWN, now);
    tell(r, AssistanceMessages.WITHDRAWN, new AssistanceMessages.Closed(id, now, officer.displayName()));
    note(r, officer, "request", "withdrawn " + r.details().kind().slug());
    audit.record("assistance.withdraw", id.toString(), AssistanceMessages.PURPOSE, AuditOutcome.ok());
    return (SentRequest) requests.find(id).orElseThrow();
  }

  private SentRequest sent(UUID id, Officer officer, String action) {
    AssistanceRequest r = requests.find(id).orElseThrow(() -> CASEWORK.notFound("casework.refused.request.notFound", id));
    if (!(r instanceof SentRequest s)) {
      throw CASEWORK.conflict("casework.refused.request.receivedHere", id, r.details().fromNode());
    }
    officers.requireCovers(officer, List.of(s.details().fromAgency()), action, id.toString());
    return s;
  }

  private void tell(SentRequest r, String type, Object payload) {
    exchange.send(
        new OutgoingMessage(type, Recipients.of(NodeId.of(r.details().toNode())), HandlingCode.valueOf(r.details().handlingCode()), AssistanceMessages.PURPOSE, AgencyCode.of(r.details().fromAgency()),
            payloads.write(payload), null));
  }

  private void note(SentRequest r, Officer officer, String kind, String text) {
    Optional.ofNullable(r.details().caseId()).flatMap(cases::find).ifPresent(c -> timeline.record(c, officer.displayName(), r.details().fromAgency(), kind, text));
  }

  static UUID uuid(String field, @Nullable String text) {
    try {
      return UUID.fromString(required(field, text).strip());
    } catch (IllegalArgumentException e) {
      throw CASEWORK.invalid("casework.refused.field.uuid", field);
    }
  }

  static String required(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw CASEWORK.invalid("casework.refused.field.required", field);
    }
    return value;
  }

  static String text(String field, @Nullable String value, int max) {
    String v = required(field, value).strip();
    if (v.length() > max || v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw CASEWORK.invalid("casework.refused.field.tooLong", field, String.valueOf(max));
    }
    return v;
  }
}
