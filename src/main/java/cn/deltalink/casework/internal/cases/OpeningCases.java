package cn.deltalink.casework.internal.cases;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.CaseworkClock;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.platform.UntrustedText;
import cn.deltalink.region.Agencies;
import cn.deltalink.region.Agency;
import cn.deltalink.region.AgencyCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening a case (立案) at an agency of this node, and moving it through its states. */
@Service
public class OpeningCases {

  /** A case as an investigator opens it; the agency defaults to the investigator's own. */
  public record OpenRequest(@Nullable String type, @Nullable String title, @Nullable String summary, @Nullable String agency, @Nullable BigDecimal amount, @Nullable List<String> officers, @Nullable String contact) {}

  private final Cases cases;
  private final SharedTimeline timeline;
  private final CaseOfficers officers;
  private final CaseAccess access;
  private final Agencies agencies;
  private final NodeSettings node;
  private final Exchange exchange;
  private final CaseworkClock clock;
  private final AuditTrail audit;

  OpeningCases(Cases cases, SharedTimeline timeline, CaseOfficers officers, CaseAccess access, Agencies agencies, NodeSettings node, Exchange exchange, CaseworkClock clock, AuditTrail audit) {
    this.cases = cases;
    this.timeline = timeline;
    this.officers = officers;
    this.access = access;
    this.agencies = agencies;
    this.node = node;
    this.exchange = exchange;
    this.clock = clock;
    this.audit = audit;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public Case open(OpenRequest request) {
    Officer officer = officers.require(CaseOfficers.INVESTIGATORS, "case.open", "new case");
    return openAs(request, officer.displayName(), officer);
  }

  /** Opens a case for an officer (the demo opens its cases without a request). */
  @Transactional(noRollbackFor = RequestRefused.class)
  public Case openAs(OpenRequest request, String officerName, @Nullable Officer officer) {
    CaseType type;
    try {
      type = CaseType.parse(text("type", request.type(), 40));
    } catch (IllegalArgumentException e) {
      throw CASEWORK.invalid("casework.refused.rule", e.getMessage());
    }
    String title = text("title", request.title(), 200);
    String summary = request.summary() == null ? "" : UntrustedText.clipped(request.summary().strip(), 4000);
    String agencyCode = request.agency() == null || request.agency().isBlank() ? officer == null ? "" : officer.agencyCode() : request.agency().strip();
    if (!AgencyCode.isWellFormed(agencyCode)) {
      throw CASEWORK.invalid("casework.refused.agency.code", "agency");
    }
    Agency agency = agencies.find(agencyCode).orElseThrow(() -> CASEWORK.invalid("casework.refused.agency.unknown", agencyCode));
    if (!agencyCode.startsWith(node.province())) {
      throw CASEWORK.invalid("casework.refused.agency.otherProvince", agencyCode);
    }
    if (officer != null && !officer.covers(agencyCode)) {
      audit.record("case.open", agencyCode, "", AuditOutcome.denied("outside jurisdiction"));
      throw CASEWORK.forbidden("casework.refused.agency.jurisdiction", agencyCode);
    }
    if (request.amount() != null && (request.amount().signum() < 0 || request.amount().compareTo(new BigDecimal("99999999999999")) > 0)) {
      throw CASEWORK.invalid("casework.refused.amount.range");
    }
    List<String> names = request.officers() == null || request.officers().isEmpty() ? List.of(officerName) : request.officers().stream().map(n -> text("officers", n, 40)).toList();
    if (names.size() > 10) {
      throw CASEWORK.invalid("casework.refused.officers.max");
    }
    String contact = request.contact() == null || request.contact().isBlank() ? officerName + " · " + agency.nameZh() : text("contact", request.contact(), 200);
    var now = clock.now();
    Case c =
        new Case(
            UUID.randomUUID(), cases.nextNumber(agencyCode, now), exchange.localNode().value(), agencyCode, type, CaseState.REGISTERED, title, summary, names, contact,
            request.amount(), false, List.of(), now, now);
    cases.insert(c);
    timeline.record(c, officerName, agencyCode, "opened", type.code() + " " + title);
    audit.record("case.open", c.id() + " " + c.number(), "", AuditOutcome.ok());
    return c;
  }

  @Transactional(noRollbackFor = RequestRefused.class)
  public Case moveTo(UUID caseId, @Nullable String stateText) {
    CaseAccess.Allowed allowed = access.require(caseId, CaseOfficers.WORKERS, "case.state");
    Case c = allowed.c();
    CaseState target;
    try {
      target = CaseState.parse(stateText == null ? "" : stateText);
    } catch (IllegalArgumentException e) {
      throw CASEWORK.invalid("casework.refused.rule", e.getMessage());
    }
    if (!c.ledBy(exchange.localNode().value())) {
      throw CASEWORK.conflict("casework.refused.case.stateAtLead", c.number(), c.leadNode());
    }
    if (!c.state().mayMoveTo(target)) {
      throw CASEWORK.conflict("casework.refused.case.transition", c.state().slug(), target.slug(), String.join(", ", c.state().next().stream().map(CaseState::slug).toList()));
    }
    cases.moveTo(caseId, target, clock.now());
    timeline.record(c, allowed.officer().displayName(), allowed.actingAgency(), "state", c.state().slug() + " → " + target.slug(), List.of(), List.of(), target);
    audit.record("case.state", caseId + " " + target.slug(), "", AuditOutcome.ok());
    return cases.find(caseId).orElseThrow();
  }

  private static String text(String field, @Nullable String value, int max) {
    if (value == null || value.isBlank()) {
      throw CASEWORK.invalid("casework.refused.field.required", field);
    }
    String v = value.strip();
    if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
      throw CASEWORK.invalid("casework.refused.field.tooLong", field, String.valueOf(max));
    }
    return v;
  }
}
