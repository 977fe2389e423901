package cn.deltalink.alert.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code alert_photo} table: the newest version held of each alert's photo. */
@Repository
class AlertPhotos {

  private final JdbcTemplate jdbc;

  AlertPhotos(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<AlertPhoto> find(UUID alertId) {
    return jdbc.query(
            "select alert_id, version, content_type, content, sm3 from alert_photo where alert_id = ?",
            (rs, n) -> new AlertPhoto(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getBytes(4), rs.getString(5)),
            alertId)
        .stream()
        .findFirst();
  }

  /** The version held of the alert's photo; 0 when none was ever held (a removal keeps its version in the register). */
  boolean has(UUID alertId) {
    Integer n = jdbc.queryForObject("select count(*) from alert_photo where alert_id = ?", Integer.class, alertId);
    return n != null && n > 0;
  }

  /** Stores the photo unless a newer version is held. */
  void store(AlertPhoto photo, String issuingNode, Instant at) {
    jdbc.update(
        """
        insert into alert_photo (alert_id, version, issuing_node, content_type, content, sm3, changed_at) values (?, ?, ?, ?, ?, ?, ?)
        on conflict (alert_id) do update set version = excluded.version, content_type = excluded.content_type, content = excluded.content,
          sm3 = excluded.sm3, changed_at = excluded.changed_at
          where alert_photo.version < excluded.version
        """,
        photo.alertId(), photo.version(), issuingNode, photo.contentType(), photo.content(), photo.sm3(), Timestamp.from(at));
  }

  void remove(UUID alertId) {
    jdbc.update("delete from alert_photo where alert_id = ?", alertId);
  }
}
