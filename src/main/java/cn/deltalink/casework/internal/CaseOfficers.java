package cn.deltalink.casework.internal;

import static cn.deltalink.casework.internal.Refused.CASEWORK;

import cn.deltalink.access.AuditOutcome;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.platform.RequestRefused;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do case work: investigators (办案民警) run cases and requests, supervisors read them, approve
 * details and receive escalations. A refusal is recorded in the audit trail.
 */
@Component
public class CaseOfficers {

  /** Who may read cases, requests and links within their jurisdiction. */
  public static final Set<Role> READERS = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR);
  /** Who may change them. */
  public static final Set<Role> WORKERS = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR);
  /** Who may open cases and send requests. */
  public static final Set<Role> INVESTIGATORS = EnumSet.of(Role.INVESTIGATOR);

  private final CurrentOfficer current;
  private final AuditTrail audit;

  CaseOfficers(CurrentOfficer current, AuditTrail audit) {
    this.current = current;
    this.audit = audit;
  }

  /** The signed-in officer if they hold one of the roles; otherwise refused (403) and audited. */
  public Officer require(Set<Role> roles, String action, String subject) {
    Officer officer = current.get().orElseThrow(() -> CASEWORK.forbidden("casework.refused.signIn"));
    if (officer.roles().stream().noneMatch(roles::contains)) {
      audit.record(action, subject, "", AuditOutcome.denied("role"));
      throw CASEWORK.forbidden("casework.refused.roles");
    }
    return officer;
  }

  /** Refuses (403, audited) unless the officer's jurisdiction covers one of the agencies. */
  public void requireCovers(Officer officer, Iterable<String> agencies, String action, String subject) {
    for (String agency : agencies) {
      if (officer.covers(agency)) {
        return;
      }
    }
    audit.record(action, subject, "", AuditOutcome.denied("outside jurisdiction"));
    throw CASEWORK.forbidden("casework.refused.jurisdiction");
  }
}
