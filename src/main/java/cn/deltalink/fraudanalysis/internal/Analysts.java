package cn.deltalink.fraudanalysis.internal;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may work with transaction data: anti-fraud analysts (反诈中心), supervisors and administrators.
 * Bank account numbers are personal data; every read and every refusal is audited.
 */
@Component
public class Analysts {

  public static final Set<Role> ROLES = EnumSet.of(Role.FRAUD_ANALYST, Role.SUPERVISOR, Role.ADMINISTRATOR);
  public static final String PURPOSE = "anti-fraud analysis";

  private final CurrentOfficer current;
  private final AuditTrail audit;

  Analysts(CurrentOfficer current, AuditTrail audit) {
    this.current = current;
    this.audit = audit;
  }

  /** The analyst acting now; refuses (403, audited) anyone else. */
  public CurrentOfficer.Officer require(String action, String subject) {
    CurrentOfficer.Officer officer = current.get().filter(o -> o.roles().stream().anyMatch(ROLES::contains)).orElse(null);
    if (officer == null) {
      audit.record(action, clip(subject), PURPOSE, AuditOutcome.denied("role"));
      throw Refused.ANALYSIS.forbidden("fraudanalysis.refused.analystsOnly");
    }
    return officer;
  }

  public void audited(String action, String subject, String detail) {
    audit.record(action, clip(subject), PURPOSE, AuditOutcome.ok(detail));
  }

  private static String clip(String subject) {
    return subject.length() > 80 ? subject.substring(0, 80) : subject;
  }
}
