package cn.deltalink.casework.internal.cases;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.platform.UntrustedText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** The case API: open, list, read (audited, masked), entities and their links, state, participants. */
@RestController
@Tag(name = "cases", description = "Cases with their entities, links, timeline and participants (joint cases)")
@RequestMapping("/api/v1/cases")
class CaseApi {

  record Created(UUID id, String number) {}

  record StateChange(@Nullable String state) {}

  record ParticipantRequest(@Nullable String agency) {}

  record LinkRequest(@Nullable String from, @Nullable String to, @Nullable String relation) {}

  record EntitiesAdded(List<CaseViews.EntityView> entities, boolean created) {}

  private final OpeningCases opening;
  private final RecordingEntities recording;
  private final JoiningCases joining;
  private final Cases cases;
  private final CaseAccess access;
  private final CaseViews views;
  private final CaseOfficers officers;
  private final AuditTrail audit;
  private final List<EntityChecks> checks;

  CaseApi(OpeningCases opening, RecordingEntities recording, JoiningCases joining, Cases cases, CaseAccess access, CaseViews views, CaseOfficers officers, AuditTrail audit, List<EntityChecks> checks) {
    this.opening = opening;
    this.recording = recording;
    this.joining = joining;
    this.cases = cases;
    this.access = access;
    this.views = views;
    this.officers = officers;
    this.audit = audit;
    this.checks = checks;
  }

  @Operation(
      summary = "Open a case at an agency of this node (investigators)",
      description = "{type: theft|telecom-fraud|illegal-fundraising|contract-fraud|trade-secret|environmental|logistics-fraud, title, summary, agency (12 digits; default: yours), amount (yuan), officers [names], contact}")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Created> open(@RequestBody OpeningCases.OpenRequest request) {
    Case c = opening.open(request);
    return ResponseEntity.status(HttpStatus.CREATED).body(new Created(c.id(), c.number()));
  }

  @Operation(summary = "Cases within your jurisdiction, newest first", description = "type, state as codes; limit 1-500.")
  @GetMapping
  List<CaseViews.Summary> list(@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String state, @RequestParam(required = false, defaultValue = "100") int limit) {
    Officer officer = officers.require(CaseOfficers.READERS, "case.list", "cases");
    if (limit < 1 || limit > 500) {
      throw CASEWORK.invalid("casework.refused.limit");
    }
    CaseType t;
    CaseState s;
    try {
      t = type == null || type.isBlank() ? null : CaseType.parse(type);
      s = state == null || state.isBlank() ? null : CaseState.parse(state);
    } catch (IllegalArgumentException e) {
      throw CASEWORK.invalid("casework.refused.rule", e.getMessage());
    }
    Locale locale = LocaleContextHolder.getLocale();
    List<CaseViews.Summary> found = cases.within(prefix(officer), t, s, limit).stream().map(c -> views.summary(c, locale)).toList();
    audit.record("case.list", found.size() + " cases", "", AuditOutcome.ok());
    return found;
  }

  @Operation(summary = "One case with its entities, links and timeline (audited)", description = "Personal data is masked unless your role needs it and you state a purpose.")
  @GetMapping("/{id}")
  CaseViews.View read(@PathVariable UUID id, @RequestParam(required = false, defaultValue = "") String purpose) {
    CaseAccess.Allowed allowed = access.require(id, CaseOfficers.READERS, "case.read");
    String stated = UntrustedText.clipped(purpose.strip(), 200);
    audit.record("case.read", id + " " + allowed.c().number(), stated, AuditOutcome.ok());
    return views.of(allowed.c(), stated, LocaleContextHolder.getLocale());
  }

  @Operation(
      summary = "Record an entity in the case, validated by the identity rules",
      description =
          "{type: person|phone|bank-card|bank-account|payment-account|vehicle|company|address, value, or typed fields: residentId, name, sex, birthDate, phones[], bank, provider, creditCode, divisionCode; linkTo (entity id), relation}. 201 when new, 200 when the identifier is in the case already; each new identifier is then checked against the other provinces' cases (the answer lists the hits).")
  @PostMapping(path = "/{id}/entities", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<EntitiesAdded> addEntity(@PathVariable UUID id, @RequestBody EntityRequest request) {
    RecordingEntities.Added added = recording.add(id, request);
    if (added.created()) {
      checks.forEach(c -> c.check(id, added.entities()));
    }
    List<CaseViews.EntityView> shown = added.entities().stream().map(e -> views.entity(e, "")).toList();
    return ResponseEntity.status(added.created() ? HttpStatus.CREATED : HttpStatus.OK).body(new EntitiesAdded(shown, added.created()));
  }

  @Operation(summary = "Link two entities of the case", description = "{from, to (entity ids), relation}")
  @PostMapping(path = "/{id}/entity-links", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<EntityLink> link(@PathVariable UUID id, @RequestBody LinkRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(recording.link(id, request.from(), request.to(), request.relation()));
  }

  @Operation(summary = "Move the case to another state (at the lead node)", description = "{state: registered|investigating|suspended|solved|transferred|closed}, as the current state allows.")
  @PostMapping(path = "/{id}/state", consumes = MediaType.APPLICATION_JSON_VALUE)
  CaseViews.Summary state(@PathVariable UUID id, @RequestBody StateChange change) {
    return views.summary(opening.moveTo(id, change.state()), LocaleContextHolder.getLocale());
  }

  @Operation(summary = "Make the case joint: add a participating agency (at the lead node)", description = "{agency: 12-digit code}; the case, its entities, timeline and evidence go to the agency's node.")
  @PostMapping(path = "/{id}/participants", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CaseViews.Summary> participant(@PathVariable UUID id, @RequestBody ParticipantRequest request) {
    Case c = joining.addParticipant(id, request.agency());
    return ResponseEntity.status(HttpStatus.CREATED).body(views.summary(c, LocaleContextHolder.getLocale()));
  }

  /** The division prefix of the officer's jurisdiction: the agency codes it covers start with it. */
  static String prefix(Officer officer) {
    return officer.jurisdiction().replaceAll("(00)+$", "");
  }
}
