package cn.deltalink.evidencerules.internal;

import static cn.deltalink.evidencerules.internal.Refused.EVIDENCE_RULES;

import cn.deltalink.evidencerules.internal.core.RuleSetVersion;
import cn.deltalink.platform.RequestRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The evidence rules (统一证据审查标准) and discretion benchmarks (行政裁量基准): read, compare, change one's own province's rules. */
@RestController
@Tag(name = "evidence-rules", description = "Evidence review standards per case type and province, discretion benchmarks, and their differences")
class EvidenceRulesApi {

  /** A new version of this node's province's rule set. */
  record Change(@Nullable String caseType, @Nullable List<ChangingRuleSets.Line> requirements, @Nullable String reason) {}

  private final RuleViews views;
  private final ChangingRuleSets changing;

  EvidenceRulesApi(RuleViews views, ChangingRuleSets changing) {
    this.views = views;
    this.changing = changing;
  }

  @Operation(
      summary = "A case type's rule set for a province, or the overview",
      description =
          "caseType (theft, telecom-fraud, illegal-fundraising, contract-fraud, …) and province (a node id such as ZJ, or baseline; province@version for an old"
              + " version; default baseline): the requirements (kind, names, condition) with the version's author, time and reason and the history of versions."
              + " Without caseType: every case type with the current version per province.")
  @GetMapping("/api/v1/evidence-rules")
  Object ruleSet(@RequestParam(required = false) @Nullable String caseType, @RequestParam(required = false) @Nullable String province) {
    if (caseType == null || caseType.isBlank()) {
      return views.overview();
    }
    return views.ruleSet(caseType, province == null || province.isBlank() ? RuleSetVersion.BASELINE : province);
  }

  @Operation(
      summary = "Two rule sets of a case type side by side",
      description = "a and b: province (node id or baseline) or province@version. Each evidence kind with its change from a to b: same, added, removed or changed (condition).")
  @GetMapping("/api/v1/evidence-rules/diff")
  RuleViews.RuleSetDiffView diff(@RequestParam String caseType, @RequestParam String a, @RequestParam String b) {
    return views.diff(caseType, a, b);
  }

  @Operation(
      summary = "Change this province's rule set (supervisors): a new version",
      description =
          "{\"caseType\": ..., \"requirements\": [{\"kind\": evidence kind code, \"condition\": e.g. \"amount >= 50000\" or \"\"}], \"reason\": why}. The whole list"
              + " replaces the current one as the next version and is published to every node. Answers 201 with caseType, province and version.")
  @PostMapping(path = "/api/v1/evidence-rules/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> change(@RequestBody Change change) {
    if (change.caseType() == null || change.requirements() == null) {
      throw EVIDENCE_RULES.invalid("evidencerules.refused.required");
    }
    RuleSetVersion v = changing.change(change.caseType(), change.requirements(), change.reason() == null ? "" : change.reason());
    return ResponseEntity.created(URI.create("/api/v1/evidence-rules?caseType=" + v.caseType() + "&province=" + v.scope() + "@" + v.version()))
        .body(Map.of("caseType", v.caseType(), "province", v.scope(), "version", v.version()));
  }

  @Operation(
      summary = "Discretion benchmarks of a violation for a province, or the list of violations",
      description = "violation (theft, fraud, account-lending, fundraising-publicity) and province (node id or baseline, the statutory range): fine (yuan) and detention (days) ranges per circumstance.")
  @GetMapping("/api/v1/discretion-benchmarks")
  Object benchmark(@RequestParam(required = false) @Nullable String violation, @RequestParam(required = false) @Nullable String province) {
    if (violation == null || violation.isBlank()) {
      return views.violations();
    }
    return views.benchmark(violation, province == null || province.isBlank() ? RuleSetVersion.BASELINE : province);
  }

  @Operation(summary = "Two provinces' discretion benchmarks of a violation side by side", description = "a and b: node id or baseline; each circumstance same, added, removed or changed.")
  @GetMapping("/api/v1/discretion-benchmarks/diff")
  RuleViews.BenchmarkDiffView benchmarkDiff(@RequestParam String violation, @RequestParam String a, @RequestParam String b) {
    return views.benchmarkDiff(violation, a, b);
  }
}
