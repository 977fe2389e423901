package cn.deltalink.bulletin.internal;

import cn.deltalink.bulletin.internal.Bulletin.Direction;
import cn.deltalink.bulletin.internal.Bulletin.Origin;
import cn.deltalink.exchange.HandlingCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bulletins this node sent or received, in table {@code bulletin}. */
@Repository
class Bulletins {

  private static final String COLUMNS =
      "b.id, b.id_at_owner, b.direction, b.owning_node, b.sender_agency, b.sender_name, b.title, b.body, b.handling_code, b.urgency, b.purpose, b.to_all,"
          + " b.target_nodes, b.message_id, b.created_at, b.received_at, b.forwarded_from, b.original_node, b.original_agency, b.original_sender_name";

  private final JdbcClient jdbc;

  Bulletins(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a bulletin; a received one already here from the same owning node with the same id is
   * left as it is. Returns whether it was new.
   */
  boolean add(Bulletin b, @Nullable String senderUsername) {
    Origin origin = b.forwardedFrom();
    return jdbc.sql(
                """
                insert into bulletin (id, id_at_owner, direction, owning_node, sender_agency, sender_name, sender_username, title, body, handling_code,
                  urgency, purpose, to_all, target_nodes, message_id, created_at, received_at, forwarded_from, original_node, original_agency,
                  original_sender_name)
                values (:id, :idAtOwner, :direction, :owningNode, :senderAgency, :senderName, :senderUsername, :title, :body, :handlingCode, :urgency,
                  :purpose, :toAll, :targets, :messageId, :createdAt, :receivedAt, :forwardedFrom, :originalNode, :originalAgency,
                  :originalSenderName)
                on conflict do nothing
                """)
            .param("id", b.id())
            .param("idAtOwner", b.idAtOwner())
            .param("direction", b.direction().name())
            .param("owningNode", b.owningNode())
            .param("senderAgency", b.senderAgency())
            .param("senderName", b.senderName())
            .param("senderUsername", senderUsername)
            .param("title", b.title())
            .param("body", b.body())
            .param("handlingCode", b.handlingCode().name())
            .param("urgency", b.urgency().code())
            .param("purpose", b.purpose())
            .param("toAll", b.toAll())
            .param("targets", String.join(",", b.targets()))
            .param("messageId", b.messageId())
            .param("createdAt", Timestamp.from(b.createdAt()))
            .param("receivedAt", b.receivedAt() == null ? null : Timestamp.from(b.receivedAt()))
            .param("forwardedFrom", origin == null ? null : origin.bulletinId())
            .param("originalNode", origin == null ? null : origin.node())
            .param("originalAgency", origin == null ? null : origin.agency())
            .param("originalSenderName", origin == null ? null : origin.senderName())
            .update()
        == 1;
  }

  Optional<Bulletin> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from bulletin b where b.id = :id").param("id", id).query(Bulletins::map).optional();
  }

  /** This node's key of the bulletin that {@code owningNode} wrote with its id {@code idAtOwner}. */
  Optional<UUID> localId(String owningNode, UUID idAtOwner) {
    return jdbc.sql("select id from bulletin where owning_node = :node and id_at_owner = :id")
        .param("node", owningNode)
        .param("id", idAtOwner)
        .query(UUID.class)
        .optional();
  }

  /** Whether this node already keys some bulletin (of whichever owner) with the given id. */
  boolean holds(UUID id) {
    return jdbc.sql("select count(*) from bulletin where id = :id").param("id", id).query(Long.class).single() > 0;
  }

  Optional<ReceivedBulletin> findReceived(UUID id) {
    return find(id).filter(ReceivedBulletin.class::isInstance).map(ReceivedBulletin.class::cast);
  }

  /** The bulletin this node sent with the given exchange message. */
  Optional<SentBulletin> findSentWithMessage(UUID messageId) {
    return jdbc.sql("select " + COLUMNS + " from bulletin b where b.message_id = :messageId and b.direction = 'SENT'")
        .param("messageId", messageId)
        .query(Bulletins::map)
        .optional()
        .map(SentBulletin.class::cast);
  }

  /**
   * Received bulletins, newest first, each with how many officers of this node have acknowledged it
   * and whether the given officer is one of them.
   */
  List<Received> inbox(int limit, String username) {
    return jdbc.sql(
            "select " + COLUMNS + ","
                + " (select count(*) from bulletin_acknowledgement a where a.bulletin_id = b.id) as readers,"
                + " exists (select 1 from bulletin_acknowledgement a where a.bulletin_id = b.id and a.officer_username = :username) as yours"
                + " from bulletin b where b.direction = 'RECEIVED' order by b.received_at desc, b.id limit :limit")
        .param("limit", limit)
        .param("username", username)
        .query((rs, n) -> new Received(map(rs, n), rs.getInt("readers"), rs.getBoolean("yours")))
        .list();
  }

  /** Sent bulletins, newest first, with how many targets have acknowledged and how many readers in all. */
  List<Sent> sent(int limit) {
    return jdbc.sql(
            "select " + COLUMNS + ", (select count(*) from bulletin_target t where t.bulletin_id = b.id and t.acknowledged_at is not null) as acks,"
                + " (select count(*) from bulletin_reader r where r.bulletin_id = b.id) as readers"
                + " from bulletin b where b.direction = 'SENT' order by b.created_at desc, b.id limit :limit")
        .param("limit", limit)
        .query((rs, n) -> new Sent(map(rs, n), rs.getInt("acks"), rs.getInt("readers")))
        .list();
  }

  /** How many received bulletins this node has not acknowledged yet. */
  long unacknowledgedCount() {
    return jdbc.sql(
            "select count(*) from bulletin b where b.direction = 'RECEIVED'"
                + " and not exists (select 1 from bulletin_acknowledgement a where a.bulletin_id = b.id)")
        .query(Long.class)
        .single();
  }

  /** How many sent bulletins still wait for at least one target's acknowledgement. */
  long awaitingAcknowledgementCount() {
    return jdbc.sql(
            "select count(*) from bulletin b where b.direction = 'SENT'"
                + " and exists (select 1 from bulletin_target t where t.bulletin_id = b.id and t.acknowledged_at is null)")
        .query(Long.class)
        .single();
  }

  /** A received bulletin with its number of readers here and whether the asking officer is one. */
  record Received(Bulletin bulletin, int readers, boolean acknowledgedByYou) {
    /** Whether anyone at this node has acknowledged it: the node's acknowledgement. */
    public boolean acknowledged() {
      return readers > 0;
    }
  }

  /** A sent bulletin with its number of acknowledged targets and of readers over all targets. */
  record Sent(Bulletin bulletin, int acknowledged, int readers) {}

  private static Bulletin map(ResultSet rs, int row) throws SQLException {
    UUID forwardedFrom = rs.getObject("forwarded_from", UUID.class);
    String targets = rs.getString("target_nodes");
    List<String> targetList = targets.isEmpty() ? List.of() : Arrays.asList(targets.split(","));
    Origin origin =
        forwardedFrom == null
            ? null
            : new Origin(forwardedFrom, rs.getString("original_node"), rs.getString("original_agency"), rs.getString("original_sender_name"));
    UUID id = rs.getObject("id", UUID.class);
    String owningNode = rs.getString("owning_node");
    String senderAgency = rs.getString("sender_agency");
    String senderName = rs.getString("sender_name");
    String title = rs.getString("title");
    String body = rs.getString("body");
    HandlingCode handlingCode = HandlingCode.valueOf(rs.getString("handling_code"));
    Urgency urgency = Urgency.valueOf(rs.getString("urgency").toUpperCase(Locale.ROOT));
    String purpose = rs.getString("purpose");
    boolean toAll = rs.getBoolean("to_all");
    UUID messageId = rs.getObject("message_id", UUID.class);
    Instant createdAt = Objects.requireNonNull(instant(rs, "created_at"));
    if (Direction.valueOf(rs.getString("direction")) == Direction.SENT) {
      return new SentBulletin(id, owningNode, senderAgency, senderName, title, body, handlingCode, urgency, purpose, toAll, targetList, messageId, createdAt, origin);
    }
    return new ReceivedBulletin(
        id, rs.getObject("id_at_owner", UUID.class), owningNode, senderAgency, senderName, title, body, handlingCode, urgency, purpose, toAll, targetList, messageId, createdAt,
        Objects.requireNonNull(instant(rs, "received_at")), origin);
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
