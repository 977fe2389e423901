package cn.deltalink.access;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The signed-in officer of the current request, as other modules may know them. */
public interface CurrentOfficer {

  /** The officer acting in this request, or empty for anonymous and node-to-node requests. */
  Optional<Officer> get();

  /** The officer acting in this request; fails when nobody is signed in. */
  default Officer require() {
    return get().orElseThrow(() -> new IllegalStateException("No officer is signed in"));
  }

  /** An officer: login name, display name, agency code, the division code of their jurisdiction, roles. */
  record Officer(String username, String displayName, String agencyCode, String jurisdiction, Set<Role> roles) implements Serializable {

    public Officer {
      EnumSet<Role> held = EnumSet.noneOf(Role.class);
      held.addAll(roles);
      roles = Collections.unmodifiableSet(held);
    }

    public boolean has(Role role) {
      return roles.contains(role);
    }

    /**
     * Whether a GB/T 2260 division code (or a code that starts with one, such as an agency code) lies
     * inside this officer's jurisdiction: a provincial department covers its province, a city bureau
     * its city, a county bureau its county.
     */
    public boolean covers(String divisionCode) {
      String prefix = jurisdiction.replaceAll("(00)+$", "");
      return !divisionCode.isBlank() && divisionCode.startsWith(prefix);
    }
  }
}
