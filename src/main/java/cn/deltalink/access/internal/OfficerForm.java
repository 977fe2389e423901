package cn.deltalink.access.internal;

import cn.deltalink.access.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator sends to create an officer, as typed: nothing is trusted yet.
 * {@link OfficerAdministration} validates it.
 */
record OfficerForm(
    @Nullable String username, @Nullable String displayName, @Nullable String agencyCode, @Nullable List<String> roles, @Nullable String password) {

  static final int MAX_DISPLAY_NAME = 100;

  String cleanUsername() {
    return username == null ? "" : username.strip();
  }

  String cleanDisplayName() {
    return displayName == null ? "" : displayName.strip();
  }

  String cleanAgencyCode() {
    return agencyCode == null ? "" : agencyCode.strip();
  }

  /** The roles named, or null when one of them is not a role. */
  static @Nullable Set<Role> parseRoles(@Nullable List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names == null ? new ArrayList<String>() : names) {
      if (name == null) {
        return null;
      }
      try {
        roles.add(Role.valueOf(name.strip()));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return roles;
  }

  /** Whether a display name can be stored: present, not too long, no control characters. Markup is kept as text and escaped when shown. */
  static @Nullable String displayNameProblem(String name) {
    if (name.isEmpty()) {
      return "access.officer.displayName.required";
    }
    if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
      return "access.officer.displayName.tooLong";
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      return "access.officer.displayName.control";
    }
    return null;
  }
}
