package cn.deltalink.bulletin.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Acknowledgements on both sides: at the sender, per target node of a sent bulletin
 * ({@code bulletin_target}); at a receiver, this node's own ({@code bulletin_acknowledgement}).
 */
@Repository
class Acknowledgements {

  private final JdbcClient jdbc;

  Acknowledgements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void addTargets(UUID bulletinId, List<String> nodes) {
    for (String node : nodes) {
      jdbc.sql("insert into bulletin_target (bulletin_id, node) values (:id, :node)").param("id", bulletinId).param("node", node).update();
    }
  }

  /** Each target of a sent bulletin with its acknowledgement, if one arrived. */
  List<TargetState> targets(UUID bulletinId) {
    return jdbc.sql(
            "select node, acknowledged_at, acknowledged_by, acknowledged_agency, acknowledgement_note from bulletin_target"
                + " where bulletin_id = :id order by node")
        .param("id", bulletinId)
        .query((rs, n) -> new TargetState(rs.getString("node"), acknowledgement(rs, "acknowledged_by", "acknowledged_agency", "acknowledgement_note")))
        .list();
  }

  /**
   * Records a target node's acknowledgement of a sent bulletin unless one is already there (the
   * first one counts). Returns false when the node is not a target of the bulletin.
   */
  boolean recordAtSender(UUID bulletinId, String node, Acknowledgement ack, UUID messageId) {
    boolean target = jdbc.sql("select count(*) from bulletin_target where bulletin_id = :id and node = :node")
            .param("id", bulletinId).param("node", node).query(Long.class).single() > 0;
    if (target) {
      jdbc.sql(
              "update bulletin_target set acknowledged_at = :at, acknowledged_by = :by, acknowledged_agency = :agency,"
                  + " acknowledgement_note = :note, acknowledgement_message_id = :messageId"
                  + " where bulletin_id = :id and node = :node and acknowledged_at is null")
          .param("at", Timestamp.from(ack.acknowledgedAt()))
          .param("by", ack.officerName())
          .param("agency", ack.agencyCode())
          .param("note", ack.note())
          .param("messageId", messageId)
          .param("id", bulletinId)
          .param("node", node)
          .update();
    }
    return target;
  }

  Optional<Acknowledgement> own(UUID bulletinId) {
    return jdbc.sql("select acknowledged_at, officer_name, agency_code, note from bulletin_acknowledgement where bulletin_id = :id")
        .param("id", bulletinId)
        .query((rs, n) -> Objects.requireNonNull(acknowledgement(rs, "officer_name", "agency_code", "note")))
        .optional();
  }

  /** Records this node's acknowledgement of a received bulletin; false when there already is one. */
  boolean addOwn(UUID bulletinId, String username, Acknowledgement ack) {
    return jdbc.sql(
                "insert into bulletin_acknowledgement (bulletin_id, acknowledged_at, officer_username, officer_name, agency_code, note)"
                    + " values (:id, :at, :username, :name, :agency, :note) on conflict do nothing")
            .param("id", bulletinId)
            .param("at", Timestamp.from(ack.acknowledgedAt()))
            .param("username", username)
            .param("name", ack.officerName())
            .param("agency", ack.agencyCode())
            .param("note", ack.note())
            .update()
        == 1;
  }

  /** Notes the message that carries this node's acknowledgement to the sender. */
  void markSent(UUID bulletinId, UUID messageId) {
    jdbc.sql("update bulletin_acknowledgement set message_id = :messageId where bulletin_id = :id").param("messageId", messageId).param("id", bulletinId).update();
  }

  /** A target node and its acknowledgement (empty until it arrives). */
  record TargetState(String node, @Nullable Acknowledgement acknowledgement) {}

  private static @Nullable Acknowledgement acknowledgement(ResultSet rs, String by, String agency, String note) throws SQLException {
    var at = Bulletins.instant(rs, "acknowledged_at");
    return at == null ? null : new Acknowledgement(at, rs.getString(by), rs.getString(agency), rs.getString(note));
  }
}
