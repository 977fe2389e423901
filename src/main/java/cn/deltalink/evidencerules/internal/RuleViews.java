package cn.deltalink.evidencerules.internal;

import static cn.deltalink.evidencerules.internal.Refused.EVIDENCE_RULES;

import cn.deltalink.evidencerules.EvidenceKind;
import cn.deltalink.evidencerules.Requirement;
import cn.deltalink.evidencerules.internal.core.BenchmarkDiff;
import cn.deltalink.evidencerules.internal.core.FineRange;
import cn.deltalink.evidencerules.internal.core.RuleSetDiff;
import cn.deltalink.evidencerules.internal.core.RuleSetVersion;
import cn.deltalink.platform.RequestRefused;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Rule sets, benchmarks and their diffs as the API and the pages show them. */
@Component
class RuleViews {

  /** A rule set version with its requirements and the history of its versions. */
  record RuleSetView(String caseType, String caseTypeZh, String caseTypeEn, String province, int version, String changedBy, Instant changedAt, String reason, List<Requirement> requirements, List<RuleSets.Header> history) {}

  /** One side of a diff: a province (or the baseline) at a version. */
  record Side(String province, int version) {}

  /** One line of a rule set diff. */
  record DiffLine(String kind, String nameZh, String nameEn, String change, @Nullable String a, @Nullable String b) {}

  record RuleSetDiffView(String caseType, Side a, Side b, long differences, List<DiffLine> lines) {}

  record Overview(String caseType, String nameZh, String nameEn, Map<String, Integer> versions) {}

  record BenchmarkView(String violation, String nameZh, String nameEn, String province, List<FineRange> ranges) {}

  record BenchmarkLine(String circumstance, String change, @Nullable FineRange a, @Nullable FineRange b) {}

  record BenchmarkDiffView(String violation, String nameZh, String nameEn, String a, String b, long differences, List<BenchmarkLine> lines) {}

  private final CheckingEvidence checking;
  private final RegionRuleFiles files;
  private final RuleSets ruleSets;
  private final DiscretionBenchmarks benchmarks;

  RuleViews(CheckingEvidence checking, RegionRuleFiles files, RuleSets ruleSets, DiscretionBenchmarks benchmarks) {
    this.checking = checking;
    this.files = files;
    this.ruleSets = ruleSets;
    this.benchmarks = benchmarks;
  }

  List<Overview> overview() {
    return files.caseTypes().stream().map(t -> new Overview(t.code(), t.nameZh(), t.nameEn(), ruleSets.currentVersions(t.code()))).toList();
  }

  List<String> scopes() {
    List<String> scopes = new java.util.ArrayList<>();
    scopes.add(RuleSetVersion.BASELINE);
    scopes.addAll(files.provinces());
    return scopes;
  }

  RuleSetView ruleSet(String caseType, String provinceAtVersion) {
    RuleSetVersion v = version(caseType, provinceAtVersion);
    CaseType type = files.caseTypes().stream().filter(t -> t.code().equals(v.caseType())).findFirst().orElseThrow();
    return new RuleSetView(
        v.caseType(), type.nameZh(), type.nameEn(), v.scope(), v.version(), v.changedBy(), v.changedAt(), v.reason(),
        v.rules().stream().map(r -> checking.requirement(v.caseType(), r)).toList(), ruleSets.history(v.caseType(), v.scope()));
  }

  RuleSetDiffView diff(String caseType, String a, String b) {
    RuleSetVersion first = version(caseType, a);
    RuleSetVersion second = version(caseType, b);
    RuleSetDiff diff = RuleSetDiff.between(first.rules(), second.rules());
    List<DiffLine> lines =
        diff.lines().stream()
            .map(l -> {
              EvidenceKind kind = checking.kinds(first.caseType()).stream().filter(k -> k.code().equals(l.kind())).findFirst().orElse(new EvidenceKind(l.kind(), l.kind(), l.kind()));
              return new DiffLine(l.kind(), kind.nameZh(), kind.nameEn(), l.change().slug(), l.a() == null ? null : l.a().condition().text(), l.b() == null ? null : l.b().condition().text());
            })
            .toList();
    return new RuleSetDiffView(first.caseType(), new Side(first.scope(), first.version()), new Side(second.scope(), second.version()), diff.differences(), lines);
  }

  /** {@code JS}, {@code js@2} or {@code baseline}: the current or the given version, or a 4xx refusal. */
  RuleSetVersion version(String caseType, String provinceAtVersion) {
    String type;
    String scope;
    try {
      type = checking.knownCaseType(caseType);
      String[] parts = provinceAtVersion.strip().split("@", 2);
      scope = checking.scope(parts[0]);
      if (parts.length == 2) {
        if (!parts[1].matches("[0-9]{1,6}")) {
          throw EVIDENCE_RULES.invalid("evidencerules.refused.version.format");
        }
        int number = Integer.parseInt(parts[1]);
        return ruleSets.version(type, scope, number).orElseThrow(() -> EVIDENCE_RULES.notFound("evidencerules.refused.version.notFound", caseType(type), String.valueOf(number), parts[0].strip()));
      }
    } catch (IllegalArgumentException e) {
      throw EVIDENCE_RULES.invalid("evidencerules.refused.rule", e.getMessage());
    }
    return ruleSets.current(type, scope).orElseThrow(() -> EVIDENCE_RULES.notFound("evidencerules.refused.ruleSet.notFound", caseType(type), scope));
  }

  private static String caseType(String type) {
    return "Case type " + type;
  }

  List<Violation> violations() {
    return benchmarks.violations();
  }

  BenchmarkView benchmark(String violation, String province) {
    Violation v = violation(violation);
    String scope = scope(province);
    return new BenchmarkView(v.code(), v.nameZh(), v.nameEn(), scope, benchmarks.ranges(v.code(), scope));
  }

  BenchmarkDiffView benchmarkDiff(String violation, String a, String b) {
    Violation v = violation(violation);
    String first = scope(a);
    String second = scope(b);
    BenchmarkDiff diff = BenchmarkDiff.between(benchmarks.ranges(v.code(), first), benchmarks.ranges(v.code(), second));
    List<BenchmarkLine> lines = diff.lines().stream().map(l -> new BenchmarkLine(l.circumstance(), l.change().slug(), l.a(), l.b())).toList();
    return new BenchmarkDiffView(v.code(), v.nameZh(), v.nameEn(), first, second, lines.stream().filter(l -> !l.change().equals("same")).count(), lines);
  }

  private Violation violation(String code) {
    String c = code.strip().toLowerCase(Locale.ROOT);
    return benchmarks.violation(c).orElseThrow(() -> EVIDENCE_RULES.invalid("evidencerules.refused.violation.unknown", String.join(", ", benchmarks.violations().stream().map(Violation::code).toList())));
  }

  private String scope(String province) {
    try {
      return checking.scope(province);
    } catch (IllegalArgumentException e) {
      throw EVIDENCE_RULES.invalid("evidencerules.refused.rule", e.getMessage());
    }
  }
}
