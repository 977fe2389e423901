package cn.deltalink.evidencerules;

import java.util.List;

/**
 * A case checked against one province's rule set: which required evidence it holds and which it lacks.
 *
 * @param ruleSetVersion the version of the province's rule set the check used (0 for a case type without rules)
 */
public record Completeness(String caseType, String province, int ruleSetVersion, List<Requirement> present, List<Requirement> missing) {

  public Completeness {
    present = List.copyOf(present);
    missing = List.copyOf(missing);
  }

  /** Whether nothing required is missing. */
  public boolean complete() {
    return missing.isEmpty();
  }
}
