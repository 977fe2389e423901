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

  ReadingAuditTrail(AuditEntries entries, ChainVerification verification, AuditTrail audit) {
    this.entries = entries;
    this.verification = verification;
    this.audit = audit;
  }

  AuditEntries.Found search(AuditQuery query) {
    AuditEntries.Found found = entries.search(query);
    audit.record("audit.search", query.describe(), "", AuditOutcome.ok(found.entries().size() + " entries"));
    return found;
  }

  ChainReport verify() {
    ChainReport report = verification.verify();
    audit.record("audit.verify", "", "", AuditOutcome.ok(report.intact() ? "intact: " + report.entries() + " entries" : "broken at " + report.firstBrokenEntry()));
    return report;
  }
}
