package cn.deltalink.alert.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code alert_history} table: what happened to this node's own alerts, by whom and why. */
@Repository
class AlertHistory {

  /** One step in an alert's life. {@code doneBy} is an officer's name, or the node when it acted by itself. */
  record Step(long version, String action, String doneBy, @Nullable String note, Instant at) {}

  private final JdbcTemplate jdbc;

  AlertHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(UUID alertId, long version, String action, String doneBy, @Nullable String note, Instant at) {
    jdbc.update(
        "insert into alert_history (alert_id, version, action, done_by, note, at) values (?, ?, ?, ?, ?, ?)",
        alertId, version, action, clip(doneBy, 100), note == null ? null : clip(note, 500), Timestamp.from(at));
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** One step for each alert, all with the same action, in one statement (a bulk publication adds thousands). */
  void recordAll(List<cn.deltalink.alert.WantedAlert> alerts, String action, String doneBy, @Nullable String note) {
    jdbc.update(
        "insert into alert_history (alert_id, version, action, done_by, note, at) select id, version, ?, ?, ?, at from unnest(cast(? as uuid[]), cast(? as bigint[]), cast(? as timestamptz[])) as v(id, version, at)",
        action,
        clip(doneBy, 100),
        note == null ? null : clip(note, 500),
        alerts.stream().map(a -> a.id().toString()).toArray(String[]::new),
        alerts.stream().map(a -> a.version()).toArray(Long[]::new),
        alerts.stream().map(a -> a.changedAt().toString()).toArray(String[]::new));
  }

  List<Step> of(UUID alertId) {
    return jdbc.query(
        "select version, action, done_by, note, at from alert_history where alert_id = ? order by id",
        (rs, n) -> new Step(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()),
        alertId);
  }
}
