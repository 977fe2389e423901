package cn.deltalink.access.internal.audit;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import org.springframework.stereotype.Component;

/** Auditors search and verify the trail; both are reads of who saw what, so both are audited too. */
@Component
class ReadingAuditTrail {

  private final AuditEntries entries;
  private final ChainVerification verification;
  private final AuditTrail audit;
  private final TrailCondition condition;

  ReadingAuditTrail(AuditEntries entries, ChainVerification verification, AuditTrail audit, TrailCondition condition) {
    this.entries = entries;
    this.verification = verification;
    this.audit = audit;
    this.condition = condition;
  }

  AuditEntries.Found search(AuditQuery query) {
    AuditEntries.Found found = entries.search(query);
    audit.record("audit.search", query.describe(), "", AuditOutcome.ok(found.entries().size() + " entries"));
    return found;
  }

  ChainReport verify() {
    ChainReport report = verification.verify();
    if (report.intact()) {
      condition.intact();
    } else {
      condition.broken(report.reason());
    }
    audit.record("audit.verify", "", "", AuditOutcome.ok(report.intact() ? "intact: " + report.entries() + " entries" : "broken at " + report.firstBrokenEntry()));
    return report;
  }
}
