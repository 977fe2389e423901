package cn.deltalink.evidencerules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What other modules (case work) ask of the evidence rules: the case types known, the evidence kinds of
 * a case type, and whether a case holds what a province's current rule set requires.
 */
public interface EvidenceRules {

  /**
   * Checks a case against the current rule set of a province (a node id such as {@code ZJ}, or
   * {@code baseline} for the regional baseline). A requirement whose condition is true on the facts,
   * or cannot be decided because a fact it names is absent, is required: a hand-over check should
   * rather ask for one document too many than let one slip.
   *
   * @param caseType a code of {@link #caseTypes()}, e.g. {@code telecom-fraud}
   * @param presentEvidenceKinds the evidence kind codes the case holds
   * @param facts named numbers of the case, e.g. {@code amount} (yuan), {@code victims}, {@code times}
   * @throws IllegalArgumentException for an unknown case type or province
   */
  Completeness check(String caseType, String province, Set<String> presentEvidenceKinds, Map<String, BigDecimal> facts);

  /** The evidence kinds the rule sets of a case type may name, in their listed order; empty for an unknown type. */
  List<EvidenceKind> kinds(String caseType);

  /** The case type codes known here, those with rule sets first. */
  List<String> caseTypes();
}
