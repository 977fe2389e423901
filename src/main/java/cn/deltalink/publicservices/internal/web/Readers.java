package cn.deltalink.publicservices.internal.web;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import cn.deltalink.platform.RequestRefused;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who may read applications: the window, the reviewers, the supervisor, the administrator. */
@Component
class Readers {

  static final Set<Role> ROLES = EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWING_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);

  private final CurrentOfficer current;

  Readers(CurrentOfficer current) {
    this.current = current;
  }

  CurrentOfficer.Officer require() {
    CurrentOfficer.Officer officer = current.get().orElseThrow(() -> RequestRefused.forbidden("Sign in to read applications"));
    if (officer.roles().stream().noneMatch(ROLES::contains)) {
      throw RequestRefused.forbidden("Applications are read by window clerks, reviewing officers, supervisors and administrators");
    }
    return officer;
  }
}
