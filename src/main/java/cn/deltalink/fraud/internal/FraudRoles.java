package cn.deltalink.fraud.internal;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Who may do what in the fraud module: the rows of docs/access.md, in one place for the API and the pages. */
public final class FraudRoles {

  /** Record risk entries by hand. */
  public static final Set<Role> RECORDERS = EnumSet.of(Role.FRAUD_ANALYST, Role.INVESTIGATOR, Role.ADMINISTRATOR);
  /** Read the risk database, reports and statistics. */
  public static final Set<Role> READERS = EnumSet.of(Role.FRAUD_ANALYST, Role.INVESTIGATOR, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);
  /** Screen lists: the readers and the partner banks and telecoms. */
  public static final Set<Role> SCREENERS = EnumSet.of(Role.FRAUD_ANALYST, Role.INVESTIGATOR, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR, Role.PARTNER);
  /** Take victim reports. */
  public static final Set<Role> REPORT_TAKERS = EnumSet.of(Role.FRAUD_ANALYST, Role.INVESTIGATOR, Role.DUTY_OFFICER, Role.ADMINISTRATOR);
  /** Read warnings sent and received. */
  public static final Set<Role> WARNING_READERS = EnumSet.of(Role.FRAUD_ANALYST, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);
  /** Send warnings by hand. */
  public static final Set<Role> WARNING_SENDERS = EnumSet.of(Role.FRAUD_ANALYST, Role.ADMINISTRATOR);
  /** Record interventions on received warnings: the anti-fraud centre and the command centre. */
  public static final Set<Role> INTERVENERS = EnumSet.of(Role.FRAUD_ANALYST, Role.DUTY_OFFICER, Role.ADMINISTRATOR);
  /** Read the statistics. */
  public static final Set<Role> STATISTICS = EnumSet.of(Role.FRAUD_ANALYST, Role.SUPERVISOR, Role.DUTY_OFFICER, Role.ADMINISTRATOR);

  private FraudRoles() {}

  public static boolean holds(@Nullable Officer officer, Set<Role> roles) {
    return officer != null && officer.roles().stream().anyMatch(roles::contains);
  }
}
