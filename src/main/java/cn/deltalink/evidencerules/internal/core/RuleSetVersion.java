package cn.deltalink.evidencerules.internal.core;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One version of the rules of a case type in one scope (the regional baseline or a province's
 * variant), with who changed it, when and why. A version holds the whole resolved list, so that
 * reading or diffing an old version does not depend on the baseline it was derived from.
 *
 * @param scope {@link #BASELINE} or a province's node id
 */
public record RuleSetVersion(String caseType, String scope, int version, List<Rule> rules, String changedBy, Instant changedAt, String reason) {

  public static final String BASELINE = "baseline";

  public RuleSetVersion {
    rules = List.copyOf(rules);
    if (version < 1) {
      throw new IllegalArgumentException("A rule set's version starts at 1");
    }
    Set<String> kinds = new HashSet<>();
    for (Rule r : rules) {
      if (!kinds.add(r.kind())) {
        throw new IllegalArgumentException("The rule set names evidence kind '" + r.kind() + "' twice");
      }
    }
  }

  /** The next version with other rules, by an officer with a reason. */
  public RuleSetVersion next(List<Rule> changed, String by, Instant at, String why) {
    return new RuleSetVersion(caseType, scope, version + 1, changed, by, at, why);
  }
}
