package cn.deltalink.checkpoint.internal.hits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code checkpoint_hit} table, at the checkpoint's node and at the issuer's alike. */
@Repository
public class Hits {

  private final JdbcTemplate jdbc;

  Hits(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the hit unless a hit with its id, or on the same event and alert, is held; answers whether it was added. */
  public boolean add(Hit h) {
    return jdbc.update(
            """
            insert into checkpoint_hit (id, alert_id, alert_version, issuing_node, checkpoint_node, checkpoint_code, checkpoint_name, event_id, event_kind, event_at, lane,
              read_resident_id, read_name, read_plate, match, score, matched_on, reason, category, action_on_hit, warning_markers, handling_code, not_acted_on_here,
              detected_at, received_at, confirm_by, remind_at, state)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            """,
            h.id(), h.alertId(), h.alertVersion(), h.issuingNode(), h.checkpointNode(), h.checkpointCode(), h.checkpointName(), h.eventId(), h.eventKind(), ts(h.eventAt()), h.lane(),
            h.readResidentId(), h.readName(), h.readPlate(), h.match(), h.score(), h.matchedOn(), h.reason(), h.category(), h.actionOnHit(), String.join(",", h.warningMarkers()),
            h.handlingCode(), h.notActedOnHere(), ts(h.detectedAt()), ts(h.receivedAt()), ts(h.confirmBy()), ts(h.remindAt()), h.state().slug())
        == 1;
  }

  public Optional<Hit> find(UUID id) {
    return jdbc.query("select * from checkpoint_hit where id = ?", Hits::row, id).stream().findFirst();
  }

  public List<Hit> atCheckpoint(String code, int limit) {
    return jdbc.query("select * from checkpoint_hit where checkpoint_code = ? order by detected_at desc limit ?", Hits::row, code, limit);
  }

  /** Hits on alerts this node issued, or at this node's checkpoints, optionally in one state, newest first. */
  public List<Hit> list(@Nullable HitState state, @Nullable String issuingNode, boolean overdueOnly, int limit) {
    StringBuilder sql = new StringBuilder("select * from checkpoint_hit where true");
    List<Object> args = new ArrayList<>();
    if (state != null) {
      sql.append(" and state = ?");
      args.add(state.slug());
    }
    if (issuingNode != null) {
      sql.append(" and issuing_node = ?");
      args.add(issuingNode);
    }
    if (overdueOnly) {
      sql.append(" and overdue_at is not null");
    }
    sql.append(" order by detected_at desc limit ?");
    args.add(limit);
    return jdbc.query(sql.toString(), Hits::row, args.toArray());
  }

  /** Starts the clock, once. */
  public boolean markReceived(UUID id, Instant receivedAt, Instant confirmBy, Instant remindAt) {
    return jdbc.update("update checkpoint_hit set received_at = ?, confirm_by = ?, remind_at = ? where id = ? and received_at is null", ts(receivedAt), ts(confirmBy), ts(remindAt), id) == 1;
  }

  public boolean decide(UUID id, HitState decision, Instant at, String by) {
    return jdbc.update("update checkpoint_hit set state = ?, decided_at = ?, decided_by = ? where id = ? and state = 'awaiting-confirmation'", decision.slug(), ts(at), by, id) == 1;
  }

  public boolean recordOutcome(UUID id, Outcome outcome, Instant at, String by) {
    return jdbc.update("update checkpoint_hit set outcome = ?, outcome_at = ?, outcome_by = ? where id = ?", outcome.slug(), ts(at), by, id) == 1;
  }

  /** The hits whose half time has come without a decision and no reminder yet, marked reminded now. */
  public List<UUID> remindDue(Instant now) {
    return jdbc.queryForList(
        "update checkpoint_hit set reminded_at = ? where state = 'awaiting-confirmation' and remind_at <= ? and reminded_at is null and overdue_at is null returning id",
        UUID.class, ts(now), ts(now));
  }

  /** The hits whose deadline has passed without a decision, marked overdue now. */
  public List<UUID> markOverdue(Instant now) {
    return jdbc.queryForList(
        "update checkpoint_hit set overdue_at = ? where state = 'awaiting-confirmation' and confirm_by <= ? and overdue_at is null returning id", UUID.class, ts(now), ts(now));
  }

  public long count(String where, Object... args) {
    Long n = jdbc.queryForObject("select count(*) from checkpoint_hit where " + where, Long.class, args);
    return n == null ? 0 : n;
  }

  private static @Nullable Timestamp ts(@Nullable Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  public static Hit row(ResultSet rs, int n) throws SQLException {
    String markers = rs.getString("warning_markers");
    String outcome = rs.getString("outcome");
    return new Hit(
        rs.getObject("id", UUID.class),
        rs.getObject("alert_id", UUID.class),
        rs.getLong("alert_version"),
        rs.getString("issuing_node"),
        rs.getString("checkpoint_node"),
        rs.getString("checkpoint_code"),
        rs.getString("checkpoint_name"),
        rs.getString("event_id"),
        rs.getString("event_kind"),
        rs.getTimestamp("event_at").toInstant(),
        rs.getString("lane"),
        rs.getString("read_resident_id"),
        rs.getString("read_name"),
        rs.getString("read_plate"),
        rs.getString("match"),
        rs.getDouble("score"),
        rs.getString("matched_on"),
        rs.getString("reason"),
        rs.getString("category"),
        rs.getString("action_on_hit"),
        markers.isEmpty() ? List.of() : Arrays.asList(markers.split(",")),
        rs.getString("handling_code"),
        rs.getString("not_acted_on_here"),
        rs.getTimestamp("detected_at").toInstant(),
        instant(rs, "received_at"),
        instant(rs, "confirm_by"),
        instant(rs, "remind_at"),
        instant(rs, "reminded_at"),
        instant(rs, "overdue_at"),
        HitState.parse(rs.getString("state")),
        instant(rs, "decided_at"),
        rs.getString("decided_by"),
        outcome == null ? null : Outcome.parse(outcome),
        instant(rs, "outcome_at"),
        rs.getString("outcome_by"));
  }
}
