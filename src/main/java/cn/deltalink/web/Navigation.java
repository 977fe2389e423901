package cn.deltalink.web;

import cn.deltalink.access.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The menu of the page shell: each entry with the roles that see it (empty: every officer). */
final class Navigation {

  /** One menu entry: its path, the message key of its label, the roles that see it. */
  record Entry(String path, String label, Set<Role> roles) {
    boolean visibleTo(Set<Role> held) {
      return roles.isEmpty() || held.stream().anyMatch(roles::contains);
    }
  }

  static final List<Entry> ENTRIES =
      List.of(
          new Entry("/", "nav.home", Set.of()),
          new Entry("/bulletins", "nav.bulletins", Set.of()),
          new Entry("/alerts", "nav.alerts", Set.of()),
          new Entry("/checkpoints", "nav.checkpoints", EnumSet.of(Role.CHECKPOINT_OFFICER, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR)),
          new Entry("/hits", "nav.hits", EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR)),
          new Entry("/statistics/checkpoints", "nav.statistics", EnumSet.of(Role.SUPERVISOR, Role.DUTY_OFFICER, Role.ADMINISTRATOR)),
          new Entry("/fraud", "nav.fraud", EnumSet.of(Role.FRAUD_ANALYST, Role.INVESTIGATOR, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR)),
          new Entry("/fraud-analysis", "nav.fraudAnalysis", EnumSet.of(Role.FRAUD_ANALYST, Role.SUPERVISOR, Role.ADMINISTRATOR)),
          new Entry("/statistics/fraud", "nav.fraudStatistics", EnumSet.of(Role.FRAUD_ANALYST, Role.SUPERVISOR, Role.DUTY_OFFICER, Role.ADMINISTRATOR)),
          new Entry("/identifiers", "nav.identifiers", Set.of()),
          new Entry("/regions", "nav.regions", Set.of()),
          new Entry("/exchange", "nav.exchange", EnumSet.of(Role.ADMINISTRATOR, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.AUDITOR)),
          new Entry("/admin/officers", "nav.officers", EnumSet.of(Role.ADMINISTRATOR)),
          new Entry("/audit", "nav.audit", EnumSet.of(Role.AUDITOR, Role.ADMINISTRATOR)));

  private Navigation() {}

  static List<Entry> visibleTo(Set<Role> roles) {
    return ENTRIES.stream().filter(e -> e.visibleTo(roles)).toList();
  }
}
