package cn.deltalink.access.internal;

import cn.deltalink.access.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The officers of this node, stored in {@code officer} and {@code officer_role}. */
@Repository
class Officers {

  /** An officer account as stored. */
  record Account(
      String username,
      String displayName,
      String passwordHash,
      String agencyCode,
      boolean enabled,
      int failedLogins,
      Instant lockedUntil,
      Set<Role> roles) {}

  private final JdbcClient jdbc;

  Officers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Account> find(String username) {
    return jdbc.sql(
            "select username, display_name, password_hash, agency_code, enabled, failed_logins, locked_until from officer where username = :u")
        .param("u", username)
        .query((rs, n) -> new Account(
            rs.getString("username"),
            rs.getString("display_name"),
            rs.getString("password_hash"),
            rs.getString("agency_code"),
            rs.getBoolean("enabled"),
            rs.getInt("failed_logins"),
            Optional.ofNullable(rs.getTimestamp("locked_until")).map(java.sql.Timestamp::toInstant).orElse(null),
            rolesOf(username)))
        .optional();
  }

  Set<Role> rolesOf(String username) {
    List<String> names = jdbc.sql("select role from officer_role where username = :u").param("u", username).query(String.class).list();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    names.forEach(n -> roles.add(Role.valueOf(n)));
    return roles;
  }

  boolean exists(String username) {
    return jdbc.sql("select count(*) from officer where username = :u").param("u", username).query(Integer.class).single() > 0;
  }

  @Transactional
  void create(String username, String displayName, String passwordHash, String agencyCode, Set<Role> roles) {
    jdbc.sql("insert into officer (username, display_name, password_hash, agency_code) values (:u, :d, :p, :a)")
        .param("u", username)
        .param("d", displayName)
        .param("p", passwordHash)
        .param("a", agencyCode)
        .update();
    for (Role role : roles) {
      jdbc.sql("insert into officer_role (username, role) values (:u, :r)").param("u", username).param("r", role.name()).update();
    }
  }
}
