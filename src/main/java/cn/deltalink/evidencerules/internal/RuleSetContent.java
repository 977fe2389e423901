package cn.deltalink.evidencerules.internal;

import cn.deltalink.evidencerules.internal.core.Condition;
import cn.deltalink.evidencerules.internal.core.Rule;
import cn.deltalink.evidencerules.internal.core.RuleSetVersion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A rule set version as the shared register carries it between nodes (register {@code evidence-rules}). */
record RuleSetContent(String caseType, String scope, int version, String changedBy, String changedAt, String reason, List<Line> rules) {

  /** One requirement. */
  record Line(String kind, String condition) {}

  static final String REGISTER = "evidence-rules";

  static RuleSetContent of(RuleSetVersion v) {
    return new RuleSetContent(v.caseType(), v.scope(), v.version(), v.changedBy(), v.changedAt().toString(), v.reason(), v.rules().stream().map(r -> new Line(r.kind(), r.condition().text())).toList());
  }

  RuleSetVersion toVersion() {
    return new RuleSetVersion(caseType, scope, version, rules.stream().map(l -> new Rule(l.kind(), Condition.parse(l.condition()))).toList(), changedBy, Instant.parse(changedAt), reason);
  }

  /** The register entry's id of a rule set: the same at every node, from case type and province. */
  static UUID entryId(String caseType, String scope) {
    return UUID.nameUUIDFromBytes((REGISTER + ":" + caseType + ":" + scope).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
