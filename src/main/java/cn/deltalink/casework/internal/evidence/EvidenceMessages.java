package cn.deltalink.casework.internal.evidence;

import java.util.List;

/** The messages that carry evidence to the other nodes of a joint case. */
final class EvidenceMessages {

  static final String ITEM = "casework.evidence-item";
  static final String CUSTODY = "casework.custody-entry";
  static final String PURPOSE = "联合办案证据";

  private EvidenceMessages() {}

  /** {@code casework.evidence-item}: an item, its file announced (its parts follow), its chain so far. */
  record Item(EvidenceItem item, CaseFile file, List<CustodyEntry> custody, cn.deltalink.casework.internal.cases.JointMessages.@org.jspecify.annotations.Nullable JointCase caseCopy) {}

  /** {@code casework.custody-entry}: a new link of an item's chain. */
  record Custody(CustodyEntry entry) {}
}
