package cn.deltalink.access.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Jurisdiction;
import cn.deltalink.platform.RequestRefused;
import org.springframework.stereotype.Component;

/** The current officer's jurisdiction, from their agency's division. */
@Component
class OfficerJurisdiction implements Jurisdiction {

  private final CurrentOfficer current;
  private final AuditTrail audit;

  OfficerJurisdiction(CurrentOfficer current, AuditTrail audit) {
    this.current = current;
    this.audit = audit;
  }

  @Override
  public boolean covers(String divisionCode) {
    return current.get().map(officer -> officer.covers(divisionCode)).orElse(false);
  }

  @Override
  public void require(String divisionCode, String action, String subject) {
    if (!covers(divisionCode)) {
      audit.record(action, subject, "", AuditOutcome.denied("outside jurisdiction"));
      throw RequestRefused.forbidden("This concerns division " + divisionCode + ", which is outside your jurisdiction.");
    }
  }
}
