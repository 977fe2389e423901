package cn.deltalink.exchange.internal.tracking;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who may watch the exchange: administrators, duty officers, supervisors and auditors. */
@Component
class TrackingAccess {

  static final Set<Role> WATCHERS = EnumSet.of(Role.ADMINISTRATOR, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.AUDITOR);

  private final CurrentOfficer current;

  TrackingAccess(CurrentOfficer current) {
    this.current = current;
  }

  boolean mayWatch() {
    return current.get().map(o -> o.roles().stream().anyMatch(WATCHERS::contains)).orElse(false);
  }

  boolean mayAdminister() {
    return current.get().map(o -> o.has(Role.ADMINISTRATOR)).orElse(false);
  }
}
