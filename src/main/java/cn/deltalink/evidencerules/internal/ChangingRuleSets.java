package cn.deltalink.evidencerules.internal;

import static cn.deltalink.evidencerules.internal.Refused.EVIDENCE_RULES;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.evidencerules.internal.core.Condition;
import cn.deltalink.evidencerules.internal.core.Rule;
import cn.deltalink.evidencerules.internal.core.RuleSetVersion;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.platform.UntrustedText;
import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.SharedRegister;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A supervisor changes their own province's rule set: the whole new list of requirements becomes the
 * next version, with who, when and why, and goes to every other node through the shared register, so
 * that they check a hand-over against the receiving province's current rules (ADR 033). The baseline
 * and other provinces' variants are not changed here.
 */
@Service
class ChangingRuleSets {

  static final String PURPOSE = "evidence rule set published by its province";

  /** One requirement as an officer enters it. */
  record Line(String kind, String condition) {}

  private final CheckingEvidence checking;
  private final RegionRuleFiles files;
  private final RuleSets ruleSets;
  private final SharedRegister register;
  private final CurrentOfficer current;
  private final AuditTrail audit;
  private final NodeSettings node;
  private final JsonMapper json;
  private final Clock clock = Clock.systemUTC();

  ChangingRuleSets(CheckingEvidence checking, RegionRuleFiles files, RuleSets ruleSets, SharedRegister register, CurrentOfficer current, AuditTrail audit, NodeSettings node, JsonMapper json) {
    this.checking = checking;
    this.files = files;
    this.ruleSets = ruleSets;
    this.register = register;
    this.current = current;
    this.audit = audit;
    this.node = node;
    this.json = json;
  }

  /** Whether the officer signed in may change this node's province's rule sets. */
  boolean mayChange() {
    return current.get().map(o -> o.has(Role.SUPERVISOR)).orElse(false);
  }

  @Transactional
  RuleSetVersion change(String caseType, List<Line> lines, String reason) {
    String type = refusedUnless(() -> checking.knownCaseType(caseType));
    String subject = type + "@" + node.id();
    if (!mayChange()) {
      audit.record("evidence-rules.change", subject, PURPOSE, AuditOutcome.denied("role"));
      throw EVIDENCE_RULES.forbidden("evidencerules.refused.supervisorsOnly");
    }
    String why = reason == null ? "" : UntrustedText.clipped(reason.strip(), 500);
    if (why.isBlank()) {
      throw EVIDENCE_RULES.invalid("evidencerules.refused.reason");
    }
    if (lines.isEmpty() || lines.size() > 60) {
      throw EVIDENCE_RULES.invalid("evidencerules.refused.requirements");
    }
    RuleSetVersion currentVersion = ruleSets.current(type, node.id()).orElseThrow(() -> EVIDENCE_RULES.conflict("evidencerules.refused.ruleSet.none", type, node.id()));
    Set<String> known = new HashSet<>(files.kinds(type).stream().map(k -> k.code()).toList());
    List<Rule> rules = new ArrayList<>();
    for (Line l : lines) {
      if (l == null || l.kind() == null || !known.contains(l.kind())) {
        throw EVIDENCE_RULES.invalid("evidencerules.refused.requirement.kind", String.valueOf(l == null ? null : UntrustedText.clip(l.kind(), 60)), type, String.join(", ", known));
      }
      rules.add(new Rule(l.kind(), refusedUnless(() -> Condition.parse(l.condition() == null ? "" : l.condition()))));
    }
    RuleSetVersion next = refusedUnless(() -> currentVersion.next(rules, current.require().username(), clock.instant(), why));
    ruleSets.store(next);
    String payload = json.writeValueAsString(RuleSetContent.of(next));
    register.publish(
        List.of(new RegisterEntry(RuleSetContent.REGISTER, RuleSetContent.entryId(type, node.id()), next.version(), node.id(), payload)),
        Recipients.everyMember(),
        HandlingCode.H0,
        PURPOSE,
        current.require().agencyCode());
    audit.record("evidence-rules.change", subject + " v" + next.version(), PURPOSE, AuditOutcome.ok());
    return next;
  }

  private static <T> T refusedUnless(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw EVIDENCE_RULES.invalid("evidencerules.refused.rule", e.getMessage());
    }
  }
}
