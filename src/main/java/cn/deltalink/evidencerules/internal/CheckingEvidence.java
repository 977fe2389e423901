package cn.deltalink.evidencerules.internal;

import cn.deltalink.evidencerules.Completeness;
import cn.deltalink.evidencerules.EvidenceKind;
import cn.deltalink.evidencerules.EvidenceRules;
import cn.deltalink.evidencerules.Requirement;
import cn.deltalink.evidencerules.internal.core.Rule;
import cn.deltalink.evidencerules.internal.core.RuleSetVersion;
import cn.deltalink.platform.UntrustedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Checks a case's evidence against a province's current rule set: what is there, what is missing. */
@Service
class CheckingEvidence implements EvidenceRules {

  private final RegionRuleFiles files;
  private final RuleSets ruleSets;

  CheckingEvidence(RegionRuleFiles files, RuleSets ruleSets) {
    this.files = files;
    this.ruleSets = ruleSets;
  }

  @Override
  public Completeness check(String caseType, String province, Set<String> presentEvidenceKinds, Map<String, BigDecimal> facts) {
    String type = knownCaseType(caseType);
    String scope = scope(province);
    Optional<RuleSetVersion> rules = ruleSets.current(type, scope);
    if (rules.isEmpty()) {
      return new Completeness(type, scope, 0, List.of(), List.of());
    }
    List<Requirement> present = new ArrayList<>();
    List<Requirement> missing = new ArrayList<>();
    for (Rule rule : rules.get().rules()) {
      if (rule.appliesTo(facts)) {
        (presentEvidenceKinds.contains(rule.kind()) ? present : missing).add(requirement(type, rule));
      }
    }
    return new Completeness(type, scope, rules.get().version(), present, missing);
  }

  @Override
  public List<EvidenceKind> kinds(String caseType) {
    return files.kinds(caseType);
  }

  @Override
  public List<String> caseTypes() {
    return files.caseTypes().stream().map(CaseType::code).toList();
  }

  Requirement requirement(String caseType, Rule rule) {
    EvidenceKind kind = files.kinds(caseType).stream().filter(k -> k.code().equals(rule.kind())).findFirst().orElse(new EvidenceKind(rule.kind(), rule.kind(), rule.kind()));
    return new Requirement(rule.kind(), kind.nameZh(), kind.nameEn(), rule.condition().text());
  }

  /** The case type's code, or a refusal naming the known ones. */
  String knownCaseType(String caseType) {
    String code = caseType.strip().toLowerCase(Locale.ROOT);
    if (!caseTypes().contains(code)) {
      throw new IllegalArgumentException("Unknown case type '" + UntrustedText.clipped(caseType, 40) + "'; known: " + String.join(", ", caseTypes()));
    }
    return code;
  }

  /** {@code baseline} or a province's node id of the region, or a refusal naming them. */
  String scope(String province) {
    String p = province.strip();
    if (p.equalsIgnoreCase(RuleSetVersion.BASELINE)) {
      return RuleSetVersion.BASELINE;
    }
    String id = p.toUpperCase(Locale.ROOT);
    if (!files.provinces().contains(id)) {
      throw new IllegalArgumentException("Unknown province '" + UntrustedText.clipped(province, 20) + "'; known: baseline, " + String.join(", ", files.provinces()));
    }
    return id;
  }
}
