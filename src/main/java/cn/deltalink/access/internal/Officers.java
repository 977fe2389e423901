package cn.deltalink.access.internal;

import cn.deltalink.access.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
      @Nullable String passwordHash,
      String agencyCode,
      boolean enabled,
      int failedLogins,
      @Nullable Instant lockedUntil,
      @Nullable Instant passwordChangedAt,
      Set<Role> roles) {

    boolean lockedAt(Instant now) {
      return lockedUntil != null && lockedUntil.isAfter(now);
    }
  }

  /** The lock state after a failed login: the failures counted so far, and the lock if one is now set. */
  record Failure(int failures, @Nullable Instant lockedUntil) {}

  private static final String SELECT =
      """
      select o.username, o.display_name, o.password_hash, o.agency_code, o.enabled, o.failed_logins, o.locked_until, o.password_changed_at,
             array_remove(array_agg(r.role), null) as roles
      from officer o left join officer_role r on r.username = o.username
      """;

  private final JdbcClient jdbc;

  Officers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Account> find(String username) {
    return jdbc.sql(SELECT + " where o.username = :u group by o.username").param("u", username).query(Officers::account).optional();
  }

  List<Account> all() {
    return jdbc.sql(SELECT + " group by o.username order by o.username").query(Officers::account).list();
  }

  boolean exists(String username) {
    return jdbc.sql("select count(*) from officer where username = :u").param("u", username).query(Integer.class).single() > 0;
  }

  boolean none() {
    return jdbc.sql("select not exists (select 1 from officer)").query(Boolean.class).single();
  }

  @Transactional
  void create(String username, String displayName, @Nullable String passwordHash, String agencyCode, Set<Role> roles) {
    jdbc.sql("insert into officer (username, display_name, password_hash, agency_code, password_changed_at) values (:u, :d, :p, :a, now())")
        .param("u", username)
        .param("d", displayName)
        .param("p", passwordHash)
        .param("a", agencyCode)
        .update();
    insertRoles(username, roles);
  }

  void setEnabled(String username, boolean enabled) {
    jdbc.sql("update officer set enabled = :e where username = :u").param("e", enabled).param("u", username).update();
  }

  @Transactional
  void setRoles(String username, Set<Role> roles) {
    jdbc.sql("delete from officer_role where username = :u").param("u", username).update();
    insertRoles(username, roles);
  }

  /**
   * Stores a new password and when it was set: sessions that signed in before then end at their next
   * request ({@link SessionRefresh}). The instant comes from the node's clock, as the sessions' do.
   */
  void setPasswordHash(String username, String passwordHash, Instant changedAt) {
    jdbc.sql("update officer set password_hash = :p, password_changed_at = :at where username = :u")
        .param("p", passwordHash)
        .param("at", OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC))
        .param("u", username)
        .update();
  }

  /** The same password hashed by a stronger scheme: not a change of password, so no session ends. */
  void rehashPassword(String username, String passwordHash) {
    jdbc.sql("update officer set password_hash = :p where username = :u").param("p", passwordHash).param("u", username).update();
  }

  /**
   * Counts one failed login in a single statement, so that parallel attempts cannot slip past the
   * limit. Reaching the limit sets the lock and starts the count again, so that after the lock ends
   * an officer again has the full number of attempts.
   */
  Failure countFailure(String username, int maxFailures, Instant lockUntil) {
    return jdbc.sql(
            """
            update officer set
              locked_until = case when failed_logins + 1 >= :max then :until else locked_until end,
              failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end
            where username = :u
            returning case when failed_logins = 0 then :max else failed_logins end as failures,
                      case when failed_logins = 0 then locked_until end as locked
            """)
        .param("max", maxFailures)
        .param("until", OffsetDateTime.ofInstant(lockUntil, ZoneOffset.UTC))
        .param("u", username)
        .query((rs, n) -> new Failure(rs.getInt("failures"), instant(rs, "locked")))
        .single();
  }

  void clearFailures(String username) {
    jdbc.sql("update officer set failed_logins = 0, locked_until = null where username = :u and (failed_logins <> 0 or locked_until is not null)")
        .param("u", username)
        .update();
  }

  private void insertRoles(String username, Set<Role> roles) {
    for (Role role : roles) {
      jdbc.sql("insert into officer_role (username, role) values (:u, :r)").param("u", username).param("r", role.name()).update();
    }
  }

  private static Account account(ResultSet rs, int n) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Array array = rs.getArray("roles");
    if (array != null) {
      for (Object name : (Object[]) array.getArray()) {
        roles.add(Role.valueOf((String) name));
      }
    }
    return new Account(
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        rs.getString("agency_code"),
        rs.getBoolean("enabled"),
        rs.getInt("failed_logins"),
        instant(rs, "locked_until"),
        instant(rs, "password_changed_at"),
        roles);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
