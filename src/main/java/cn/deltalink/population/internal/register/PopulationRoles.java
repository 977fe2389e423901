package cn.deltalink.population.internal.register;

import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.platform.RequestRefused;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the register: household-registration work is done by window clerks and
 * reviewing officers; investigators and community officers look people up; supervisors and
 * administrators run imports and sweeps.
 */
@Component
public class PopulationRoles {

  /** May open a resident's record (masked by role and purpose). */
  public static final Set<Role> READ = EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWING_OFFICER, Role.INVESTIGATOR, Role.COMMUNITY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);
  /** May add or change residents, one at a time or by CSV import. */
  public static final Set<Role> WRITE = EnumSet.of(Role.REVIEWING_OFFICER, Role.ADMINISTRATOR);
  /** May start a double-registration sweep and see its hits. */
  public static final Set<Role> SWEEP = EnumSet.of(Role.REVIEWING_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);

  private final CurrentOfficer current;

  PopulationRoles(CurrentOfficer current) {
    this.current = current;
  }

  public Officer require(Set<Role> roles, String what) {
    Officer officer = current.get().orElseThrow(() -> RequestRefused.forbidden("Sign in first"));
    if (officer.roles().stream().noneMatch(roles::contains)) {
      throw RequestRefused.forbidden(what + " is for " + String.join(", ", roles.stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList()));
    }
    return officer;
  }

  public boolean holds(Set<Role> roles) {
    return current.get().map(o -> o.roles().stream().anyMatch(roles::contains)).orElse(false);
  }
}
