package cn.deltalink.bulletin.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Acknowledgements on both sides: at the sender, every reader at every target node of a sent
 * bulletin ({@code bulletin_reader}) and each target's first one ({@code bulletin_target}); at a
 * receiver, one per officer of this node ({@code bulletin_acknowledgement}).
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

  /** Each target of a sent bulletin with its first acknowledgement and all its readers in time order. */
  List<TargetState> targets(UUID bulletinId) {
    Map<String, List<Acknowledgement>> readers = new LinkedHashMap<>();
    jdbc.sql(
            "select node, acknowledged_at, officer_name, agency_code, note from bulletin_reader"
                + " where bulletin_id = :id order by acknowledged_at, officer_name, message_id")
        .param("id", bulletinId)
        .query((rs, n) -> Map.entry(rs.getString("node"), Objects.requireNonNull(acknowledgement(rs, "officer_name", "agency_code", "note"))))
        .list()
        .forEach(r -> readers.computeIfAbsent(r.getKey(), node -> new ArrayList<>()).add(r.getValue()));
    return jdbc.sql(
            "select node, acknowledged_at, acknowledged_by, acknowledged_agency, acknowledgement_note from bulletin_target"
                + " where bulletin_id = :id order by node")
        .param("id", bulletinId)
        .query(
            (rs, n) ->
                new TargetState(
                    rs.getString("node"), acknowledgement(rs, "acknowledged_by", "acknowledged_agency", "acknowledgement_note"), readers.getOrDefault(rs.getString("node"), List.of())))
        .list();
  }

  /**
   * Records a reader's acknowledgement from a target node of a sent bulletin, once per message; the
   * target's own acknowledgement is its earliest reader's. Returns false when the node is not a
   * target of the bulletin.
   */
  boolean recordAtSender(UUID bulletinId, String node, Acknowledgement ack, UUID messageId) {
    boolean target = jdbc.sql("select count(*) from bulletin_target where bulletin_id = :id and node = :node")
            .param("id", bulletinId).param("node", node).query(Long.class).single() > 0;
    if (!target) {
      return false;
    }
    boolean added =
        jdbc.sql(
                    "insert into bulletin_reader (bulletin_id, node, officer_name, agency_code, acknowledged_at, note, message_id)"
                        + " values (:id, :node, :name, :agency, :at, :note, :messageId) on conflict do nothing")
                .param("id", bulletinId)
                .param("node", node)
                .param("name", ack.officerName())
                .param("agency", ack.agencyCode())
                .param("at", Timestamp.from(ack.acknowledgedAt()))
                .param("note", ack.note())
                .param("messageId", messageId)
                .update()
            == 1;
    if (added) {
      // readers' messages may overtake each other: the earliest acknowledgement is the node's
      jdbc.sql(
              "update bulletin_target set acknowledged_at = :at, acknowledged_by = :by, acknowledged_agency = :agency,"
                  + " acknowledgement_note = :note, acknowledgement_message_id = :messageId"
                  + " where bulletin_id = :id and node = :node and (acknowledged_at is null or acknowledged_at > :at)")
          .param("at", Timestamp.from(ack.acknowledgedAt()))
          .param("by", ack.officerName())
          .param("agency", ack.agencyCode())
          .param("note", ack.note())
          .param("messageId", messageId)
          .param("id", bulletinId)
          .param("node", node)
          .update();
    }
    return true;
  }

  /** The given officer's own acknowledgement of a received bulletin. */
  Optional<Acknowledgement> own(UUID bulletinId, String username) {
    return jdbc.sql("select acknowledged_at, officer_name, agency_code, note from bulletin_acknowledgement where bulletin_id = :id and officer_username = :username")
        .param("id", bulletinId)
        .param("username", username)
        .query((rs, n) -> Objects.requireNonNull(acknowledgement(rs, "officer_name", "agency_code", "note")))
        .optional();
  }

  /** Every acknowledgement of a received bulletin at this node, in time order. */
  List<Acknowledgement> atThisNode(UUID bulletinId) {
    return jdbc.sql("select acknowledged_at, officer_name, agency_code, note from bulletin_acknowledgement where bulletin_id = :id order by acknowledged_at, officer_username")
        .param("id", bulletinId)
        .query((rs, n) -> Objects.requireNonNull(acknowledgement(rs, "officer_name", "agency_code", "note")))
        .list();
  }

  /** Records an officer's acknowledgement of a received bulletin; false when he already has one. */
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

  /** Notes the message that carries an officer's acknowledgement to the sender. */
  void markSent(UUID bulletinId, String username, UUID messageId) {
    jdbc.sql("update bulletin_acknowledgement set message_id = :messageId where bulletin_id = :id and officer_username = :username")
        .param("messageId", messageId)
        .param("id", bulletinId)
        .param("username", username)
        .update();
  }

  /** A target node, its first acknowledgement (empty until one arrives) and every reader there. */
  record TargetState(String node, @Nullable Acknowledgement acknowledgement, List<Acknowledgement> readers) {
    TargetState {
      readers = List.copyOf(readers);
    }
  }

  private static @Nullable Acknowledgement acknowledgement(ResultSet rs, String by, String agency, String note) throws SQLException {
    var at = Bulletins.instant(rs, "acknowledged_at");
    return at == null ? null : new Acknowledgement(at, rs.getString(by), rs.getString(agency), rs.getString(note));
  }
}
