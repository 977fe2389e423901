package cn.deltalink.casework.internal.cases;

import java.util.List;
import java.util.UUID;

/**
 * What runs after new entities are committed, on the officer's request: the linkage asks the other
 * provinces about each identifier. An interface here so that cases need not know the linkage.
 */
public interface EntityChecks {

  void check(UUID caseId, List<CaseEntity> entities);
}
