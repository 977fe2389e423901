package cn.deltalink.casework.internal.assistance;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.casework.internal.evidence.CaseFiles;
import cn.deltalink.platform.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The assistance request API at both sides: send, inbox and outbox with their clocks, answer, decline, accept, follow up, withdraw, breaches. */
@RestController
@Tag(name = "assistance-requests", description = "Assistance requests (协查请求) between agencies of different provinces, with their clocks")
@RequestMapping("/api/v1/assistance-requests")
class AssistanceApi {

  record Reply(@Nullable String answer, @Nullable List<Attachment> attachments) {}

  record Decline(@Nullable String reason) {}

  record Assign(@Nullable String assignee) {}

  record FollowUp(@Nullable String question) {}

  record Breach(String province, String agency, String agencyName, long requests, long inTime, long late, long overdue, long notReceived) {}

  private final RequestingAssistance requesting;
  private final AnsweringAssistance answering;
  private final AssistanceRequests requests;
  private final AssistanceViews views;
  private final CaseOfficers officers;
  private final CaseFiles files;
  private final CaseworkClock clock;
  private final AuditTrail audit;
  private final cn.deltalink.region.Agencies agencies;

  AssistanceApi(RequestingAssistance requesting, AnsweringAssistance answering, AssistanceRequests requests, AssistanceViews views, CaseOfficers officers, CaseFiles files, CaseworkClock clock, AuditTrail audit, cn.deltalink.region.Agencies agencies) {
    this.agencies = agencies;
    this.requesting = requesting;
    this.answering = answering;
    this.requests = requests;
    this.views = views;
    this.officers = officers;
    this.files = files;
    this.clock = clock;
    this.audit = audit;
  }

  @Operation(
      summary = "Send an assistance request from a case to an agency of another province (investigators)",
      description =
          "{caseId, toAgency (12 digits), kind: locate-person|identify-account-holder|obtain-evidence|interview|arrest|freeze-funds|verify-identity|search|other, urgency: urgent|normal|complex, handlingCode: H0-H3 (default H2), question, attachments: [{name, contentType, contentBase64}] (at most 5 of 5 MiB)}. dueAt appears once the receiving node has it: the clock runs from receipt.")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<AssistanceViews.View> send(@RequestBody RequestingAssistance.SendRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(views.of(requesting.send(request), LocaleContextHolder.getLocale()));
  }

  @Operation(summary = "Requests received by the agencies you cover, earliest deadline first", description = "state; overdue=true; limit 1-500.")
  @GetMapping("/inbox")
  List<AssistanceViews.View> inbox(@RequestParam(required = false) @Nullable String state, @RequestParam(required = false, defaultValue = "false") boolean overdue, @RequestParam(required = false, defaultValue = "100") int limit) {
    return list("received", state, overdue, limit);
  }

  @Operation(summary = "Requests sent by the agencies you cover", description = "state; overdue=true; limit 1-500.")
  @GetMapping("/outbox")
  List<AssistanceViews.View> outbox(@RequestParam(required = false) @Nullable String state, @RequestParam(required = false, defaultValue = "false") boolean overdue, @RequestParam(required = false, defaultValue = "100") int limit) {
    return list("sent", state, overdue, limit);
  }

  @Operation(summary = "Breaches per province and answering agency: requests answered in time, late, overdue now, not yet received")
  @GetMapping("/breaches")
  List<Breach> breaches() {
    officers.require(CaseOfficers.READERS, "assistance.breaches", "breaches");
    var locale = LocaleContextHolder.getLocale();
    List<Breach> rows =
        requests.breaches(clock.now()).stream()
            .map(b -> new Breach(b.agency().substring(0, 2), b.agency(), agencies.find(b.agency()).map(a -> a.name(locale)).orElse(b.agency()), b.requests(), b.inTime(), b.late(), b.overdue(), b.notReceived()))
            .toList();
    audit.record("assistance.breaches", rows.size() + " agencies", "", AuditOutcome.ok());
    return rows;
  }

  @Operation(summary = "One request with its clock, at either side (audited)")
  @GetMapping("/{id}")
  AssistanceViews.View read(@PathVariable UUID id) {
    Officer officer = officers.require(CaseOfficers.READERS, "assistance.read", id.toString());
    AssistanceRequest r = requests.find(id).orElseThrow(() -> CASEWORK.notFound("casework.refused.request.notFound", id));
    officers.requireCovers(officer, List.of(r instanceof SentRequest ? r.details().fromAgency() : r.details().toAgency()), "assistance.read", id.toString());
    audit.record("assistance.read", id.toString(), AssistanceMessages.PURPOSE, AuditOutcome.ok());
    return views.of(r, LocaleContextHolder.getLocale());
  }

  @Operation(summary = "A file of the request (attachment or result), once all its parts are here")
  @GetMapping("/{id}/files/{fileId}")
  ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId) {
    read(id);
    var file = requests.files(id).stream().filter(f -> f.id().equals(fileId)).findFirst().orElseThrow(() -> CASEWORK.notFound("casework.refused.file.notInRequest", fileId, id));
    byte[] content = files.content(fileId).orElseThrow(() -> CASEWORK.conflict("casework.refused.file.arriving", file.name()));
    audit.record("assistance.file", id + " " + fileId, AssistanceMessages.PURPOSE, AuditOutcome.ok());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(file.contentType()))
        .body(content);
  }

  @Operation(summary = "Assign a received request to an officer (triage)", description = "{assignee}: a name; default yourself.")
  @PostMapping(path = "/{id}/assign", consumes = MediaType.APPLICATION_JSON_VALUE)
  AssistanceViews.View assign(@PathVariable UUID id, @RequestBody Assign request) {
    return views.of(answering.assign(id, request.assignee()), LocaleContextHolder.getLocale());
  }

  @Operation(summary = "Answer a received request with results and evidence files", description = "{answer, attachments: [{name, contentType, contentBase64}]}; refused (409) once the requester withdrew it.")
  @PostMapping(path = "/{id}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
  AssistanceViews.View reply(@PathVariable UUID id, @RequestBody Reply request) {
    return views.of(answering.reply(id, request.answer(), request.attachments()), LocaleContextHolder.getLocale());
  }

  @Operation(summary = "Decline a received request with a reason", description = "{reason}")
  @PostMapping(path = "/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
  AssistanceViews.View decline(@PathVariable UUID id, @RequestBody Decline request) {
    return views.of(answering.decline(id, request.reason()), LocaleContextHolder.getLocale());
  }

  @Operation(summary = "Accept the answer to a sent request (closes it)")
  @PostMapping("/{id}/accept")
  AssistanceViews.View accept(@PathVariable UUID id) {
    return views.of(requesting.accept(id), LocaleContextHolder.getLocale());
  }

  @Operation(summary = "Follow up an answer or a refusal with a further question (the clock starts again at receipt)", description = "{question}")
  @PostMapping(path = "/{id}/follow-up", consumes = MediaType.APPLICATION_JSON_VALUE)
  AssistanceViews.View followUp(@PathVariable UUID id, @RequestBody FollowUp request) {
    return views.of(requesting.followUp(id, request.question()), LocaleContextHolder.getLocale());
  }

  @Operation(summary = "Withdraw a sent request; the receiving agency can no longer reply")
  @PostMapping("/{id}/withdraw")
  AssistanceViews.View withdraw(@PathVariable UUID id) {
    return views.of(requesting.withdraw(id), LocaleContextHolder.getLocale());
  }

  private List<AssistanceViews.View> list(String side, @Nullable String state, boolean overdue, int limit) {
    Officer officer = officers.require(CaseOfficers.READERS, "assistance.list", side);
    if (limit < 1 || limit > 500) {
      throw CASEWORK.invalid("casework.refused.limit");
    }
    RequestState s;
    try {
      s = state == null || state.isBlank() ? null : RequestState.parse(state.strip().toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CASEWORK.invalid("casework.refused.request.stateFilter");
    }
    String prefix = officer.jurisdiction().replaceAll("(00)+$", "");
    var locale = LocaleContextHolder.getLocale();
    List<AssistanceViews.View> found = requests.list(side, s, overdue, prefix, clock.now(), limit).stream().map(r -> views.of(r, locale)).toList();
    audit.record("assistance.list", side + " " + found.size(), AssistanceMessages.PURPOSE, AuditOutcome.ok());
    return found;
  }
}
