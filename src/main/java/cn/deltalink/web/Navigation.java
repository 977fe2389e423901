package cn.deltalink.web;

import cn.deltalink.access.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The menu of the page shell: entries grouped by line of work, each entry with the roles that see it
 * (empty: every officer). The bar shows one item per group, a drop-down when the officer sees more than
 * one of its entries, so that it fits a 1280 px screen however many modules the node runs.
 */
final class Navigation {

  /** One menu entry: its path, the message key of its label, the roles that see it. */
  record Entry(String path, String label, Set<Role> roles) {
    boolean visibleTo(Set<Role> held) {
      return roles.isEmpty() || held.stream().anyMatch(roles::contains);
    }
  }

  /** A group of entries under one label in the bar. */
  record Menu(String label, List<Entry> entries) {
    Menu visibleTo(Set<Role> held) {
      return new Menu(label, entries.stream().filter(e -> e.visibleTo(held)).toList());
    }

    /** One visible entry is shown as a plain link, more as a drop-down. */
    public boolean single() {
      return entries.size() == 1;
    }
  }

  private static final Set<Role> EVERY_OFFICER = Set.of();

  static final List<Menu> MENUS =
      List.of(
          new Menu("nav.home", List.of(new Entry("/", "nav.home", EVERY_OFFICER))),
          new Menu("nav.bulletins", List.of(new Entry("/bulletins", "nav.bulletins", EVERY_OFFICER))),
          new Menu(
              "nav.group.control",
              List.of(
                  new Entry("/alerts", "nav.alerts", EVERY_OFFICER),
                  new Entry("/checkpoints", "nav.checkpoints", EnumSet.of(Role.CHECKPOINT_OFFICER, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR)),
                  new Entry("/hits", "nav.hits", EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR)),
                  new Entry("/statistics/checkpoints", "nav.statistics", EnumSet.of(Role.SUPERVISOR, Role.DUTY_OFFICER, Role.ADMINISTRATOR)))),
          new Menu(
              "nav.group.services",
              List.of(
                  new Entry("/services", "nav.services", EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWING_OFFICER, Role.SUPERVISOR)),
                  new Entry("/population", "nav.population", EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWING_OFFICER, Role.INVESTIGATOR, Role.COMMUNITY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR)),
                  new Entry("/population/sweeps", "nav.sweeps", EnumSet.of(Role.REVIEWING_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR)),
                  new Entry("/public/certificates/verification", "nav.certificates", EVERY_OFFICER))),
          new Menu(
              "nav.group.cases",
              List.of(
                  new Entry("/cases", "casework.nav.cases", EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR)),
                  new Entry("/assistance", "casework.nav.assistance", EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR)),
                  new Entry("/evidence-rules", "nav.evidenceRules", EnumSet.of(Role.INVESTIGATOR, Role.FRAUD_ANALYST, Role.SUPERVISOR, Role.REVIEWING_OFFICER)))),
          new Menu(
              "nav.group.fraud",
              List.of(
                  new Entry("/fraud", "nav.fraud", EnumSet.of(Role.FRAUD_ANALYST, Role.INVESTIGATOR, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR)),
                  new Entry("/fraud-analysis", "nav.fraudAnalysis", EnumSet.of(Role.FRAUD_ANALYST, Role.SUPERVISOR, Role.ADMINISTRATOR)),
                  new Entry("/statistics/fraud", "nav.fraudStatistics", EnumSet.of(Role.FRAUD_ANALYST, Role.SUPERVISOR, Role.DUTY_OFFICER, Role.ADMINISTRATOR)))),
          new Menu(
              "nav.group.system",
              List.of(
                  new Entry("/identifiers", "nav.identifiers", EVERY_OFFICER),
                  new Entry("/regions", "nav.regions", EVERY_OFFICER),
                  new Entry("/exchange", "nav.exchange", EnumSet.of(Role.ADMINISTRATOR, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.AUDITOR)),
                  new Entry("/admin/officers", "nav.officers", EnumSet.of(Role.ADMINISTRATOR)),
                  new Entry("/audit", "nav.audit", EnumSet.of(Role.AUDITOR, Role.ADMINISTRATOR)))));

  private Navigation() {}

  /** The bar's groups an officer with these roles sees, each with only the entries they see. */
  static List<Menu> menusFor(Set<Role> roles) {
    return MENUS.stream().map(m -> m.visibleTo(roles)).filter(m -> !m.entries().isEmpty()).toList();
  }

  /** Every entry an officer with these roles sees, in menu order (the home page's tiles). */
  static List<Entry> visibleTo(Set<Role> roles) {
    return menusFor(roles).stream().flatMap(m -> m.entries().stream()).toList();
  }
}
