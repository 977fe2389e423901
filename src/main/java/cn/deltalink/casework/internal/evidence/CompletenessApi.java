package cn.deltalink.casework.internal.evidence;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.casework.internal.cases.Case;
import cn.deltalink.casework.internal.cases.CaseAccess;
import cn.deltalink.evidencerules.Completeness;
import cn.deltalink.evidencerules.EvidenceRules;
import cn.deltalink.platform.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a case holds the evidence its province's rules require (统一证据审查标准), or another
 * province's before a hand-over: the evidence kinds of its items against the evidence rules, with the
 * case's amount as a fact.
 */
@RestController
@Tag(name = "cases")
class CompletenessApi {

  private final CaseAccess access;
  private final EvidenceItems items;
  private final EvidenceRules rules;
  private final AuditTrail audit;

  CompletenessApi(CaseAccess access, EvidenceItems items, EvidenceRules rules, AuditTrail audit) {
    this.access = access;
    this.items = items;
    this.rules = rules;
    this.audit = audit;
  }

  @Operation(
      summary = "What evidence the case holds and lacks under a province's current rules",
      description = "province: a node id (default the case's lead node, i.e. its own province), another province's before a hand-over, or baseline.")
  @GetMapping("/api/v1/cases/{id}/completeness")
  Completeness completeness(@PathVariable UUID id, @RequestParam(required = false) @Nullable String province) {
    Case c = access.require(id, CaseOfficers.READERS, "case.completeness").c();
    String against = province == null || province.isBlank() ? c.leadNode() : province.strip();
    if (!against.matches("[A-Za-z]{2,8}")) {
      throw CASEWORK.invalid("casework.refused.completeness.province");
    }
    against = against.equalsIgnoreCase("baseline") ? "baseline" : against.toUpperCase(Locale.ROOT);
    Map<String, BigDecimal> facts = new HashMap<>();
    if (c.amount() != null) {
      facts.put("amount", c.amount());
    }
    Completeness result;
    try {
      result = rules.check(c.type().code(), against, items.kindsOf(id), facts);
    } catch (IllegalArgumentException e) {
      throw CASEWORK.invalid("casework.refused.rule", e.getMessage());
    }
    audit.record("case.completeness", id + " " + against, "", AuditOutcome.ok(result.missing().size() + " missing"));
    return result;
  }
}
