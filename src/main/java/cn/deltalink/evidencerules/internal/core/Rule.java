package cn.deltalink.evidencerules.internal.core;

import java.math.BigDecimal;
import java.util.Map;

/** One line of a rule set: an evidence kind the case needs, and when. */
public record Rule(String kind, Condition condition) {

  public Rule {
    if (!kind.matches("[a-z][a-z0-9-]{0,59}")) {
      throw new IllegalArgumentException("'" + kind + "' is not an evidence kind code (lower-case letters, digits and hyphens)");
    }
  }

  public boolean appliesTo(Map<String, BigDecimal> facts) {
    return condition.appliesTo(facts);
  }
}
