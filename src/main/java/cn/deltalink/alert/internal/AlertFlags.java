package cn.deltalink.alert.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code alert_flag} table: "not acted on here" flags, this node's own and (at the issuer) other nodes'. */
@Repository
class AlertFlags {

  /** One node's flag on an alert. */
  record Flag(UUID alertId, String node, String reason, String flaggedBy, Instant flaggedAt) {}

  private final JdbcTemplate jdbc;

  AlertFlags(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Sets or replaces the node's flag. */
  void put(Flag flag) {
    jdbc.update(
        """
        insert into alert_flag (alert_id, node, reason, flagged_by, flagged_at) values (?, ?, ?, ?, ?)
        on conflict (alert_id, node) do update set reason = excluded.reason, flagged_by = excluded.flagged_by, flagged_at = excluded.flagged_at
        """,
        flag.alertId(),
        flag.node(),
        flag.reason(),
        flag.flaggedBy(),
        Timestamp.from(flag.flaggedAt()));
  }

  List<Flag> of(UUID alertId) {
    return jdbc.query(
        "select alert_id, node, reason, flagged_by, flagged_at from alert_flag where alert_id = ? order by node",
        (rs, n) -> new Flag(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()),
        alertId);
  }

  Optional<String> reason(UUID alertId, String node) {
    return jdbc.queryForList("select reason from alert_flag where alert_id = ? and node = ?", String.class, alertId, node).stream().findFirst();
  }
}
