package cn.deltalink.casework.internal.cases;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.casework.internal.CaseOfficers;
import cn.deltalink.platform.RequestRefused;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see and work on a case: investigators and supervisors whose jurisdiction covers the lead
 * agency or a participating agency of this node. Every refusal is audited.
 */
@Component
public class CaseAccess {

  private final Cases cases;
  private final CaseOfficers officers;
  private final AuditTrail audit;

  CaseAccess(Cases cases, CaseOfficers officers, AuditTrail audit) {
    this.cases = cases;
    this.officers = officers;
    this.audit = audit;
  }

  /** The case and the officer, if the officer holds one of the roles and covers one of its agencies; 404 or 403 otherwise. */
  public Allowed require(UUID caseId, Set<Role> roles, String action) {
    Officer officer = officers.require(roles, action, caseId.toString());
    Case c = cases.find(caseId).orElseThrow(() -> {
      audit.record(action, caseId.toString(), "", AuditOutcome.rejected("no such case"));
      return CASEWORK.notFound("casework.refused.case.notFound", caseId);
    });
    officers.requireCovers(officer, c.agencies(), action, caseId.toString());
    return new Allowed(c, officer);
  }

  /** A case an officer may work on, and the officer. */
  public record Allowed(Case c, Officer officer) {

    /** The agency the officer acts for in this case: their own when it takes part, else the lead agency. */
    public String actingAgency() {
      return c.takesPart(officer.agencyCode()) ? officer.agencyCode() : c.agencies().stream().filter(officer::covers).findFirst().orElse(c.agency());
    }
  }
}
