package cn.deltalink.exchange.internal.tracking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each message stands, for the tracking API and page. Outgoing messages are tracked per
 * recipient: queued, delivered (the peer says it stored it, its receipt is not verified yet),
 * acknowledged (signed receipt verified and kept) or failed. Incoming ones: received, processed
 * or failed.
 */
@Component
class MessageTracking {

  static final Set<String> OUTGOING_STATES = Set.of("queued", "delivered", "acknowledged", "failed");
  static final Set<String> INCOMING_STATES = Set.of("received", "processed", "failed");
  static final int PAGE_SIZE = 50;

  /** One message at one peer, as a row of the list. */
  record Tracked(
      UUID id,
      String direction,
      String peer,
      String type,
      String handlingCode,
      String state,
      Instant createdAt,
      @Nullable Instant deliveredAt,
      @Nullable Instant acknowledgedAt,
      @Nullable Instant processedAt,
      int attempts,
      @Nullable Instant lastAttemptAt,
      @Nullable String lastError,
      @Nullable UUID receiptId,
      @Nullable UUID correlationId) {}

  /** The outgoing and incoming traffic with one peer. */
  record PeerSummary(String peer, long queued, long delivered, long acknowledged, long failed, @Nullable Instant oldestUndelivered, long received, long failedIncoming) {}

  private static final String OUTGOING =
      """
      select o.id, 'outgoing' as direction, d.peer, o.type, o.handling_code, lower(d.state) as state, o.created_at, d.delivered_at, d.acknowledged_at,
             null::timestamptz as processed_at, d.attempts, d.last_attempt_at, d.last_error, d.receipt_id, o.correlation_id
      from exchange_delivery d join exchange_outbox o on o.id = d.message_id
      where (cast(:peer as varchar) is null or d.peer = :peer) and (cast(:state as varchar) is null or d.state = upper(:state)) and (cast(:id as uuid) is null or o.id = :id)
      """;
  private static final String INCOMING =
      """
      select i.id, 'incoming' as direction, i.sender_node as peer, i.type, i.handling_code, lower(i.state) as state, i.created_at, i.received_at as delivered_at, null::timestamptz as acknowledged_at,
             i.processed_at, 1 as attempts, i.received_at as last_attempt_at, i.last_error, i.receipt_id, i.correlation_id
      from exchange_inbox i
      where (cast(:peer as varchar) is null or i.sender_node = :peer) and (cast(:state as varchar) is null or i.state = upper(:state)) and (cast(:id as uuid) is null or i.id = :id)
      """;

  private final JdbcClient jdbc;

  MessageTracking(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One page of tracked messages, newest first.
   *
   * @param direction {@code outgoing}, {@code incoming} or null for both
   * @param state one of the states of the direction, or null
   */
  List<Tracked> list(@Nullable String peer, @Nullable String state, @Nullable String direction, int page) {
    String normalState = state == null ? null : state.toLowerCase(Locale.ROOT);
    boolean outgoing = direction == null || direction.equals("outgoing");
    boolean incoming = direction == null || direction.equals("incoming");
    List<String> parts = new ArrayList<>();
    if (outgoing && (normalState == null || OUTGOING_STATES.contains(normalState))) {
      parts.add(OUTGOING);
    }
    if (incoming && (normalState == null || INCOMING_STATES.contains(normalState))) {
      parts.add(INCOMING);
    }
    if (parts.isEmpty()) {
      return List.of();
    }
    String sql = String.join(" union all ", parts) + " order by created_at desc, id, peer limit " + PAGE_SIZE + " offset " + ((long) page * PAGE_SIZE);
    return jdbc.sql(sql).param("peer", peer).param("state", normalState).param("id", null).query((rs, i) -> tracked(rs)).list();
  }

  /** Every row of one message: its deliveries if this node sent it, its inbox row if it received it. */
  List<Tracked> message(UUID id) {
    return jdbc.sql(OUTGOING + " union all " + INCOMING + " order by peer").param("peer", null).param("state", null).param("id", id).query((rs, i) -> tracked(rs)).list();
  }

  List<PeerSummary> peers(List<String> peers) {
    return peers.stream().map(this::summary).toList();
  }

  Optional<Instant> oldestUndelivered() {
    return jdbc.sql("select min(queued_at) from exchange_delivery where state in ('QUEUED', 'DELIVERED')").query((rs, i) -> instant(rs.getObject(1, OffsetDateTime.class))).optional();
  }

  private PeerSummary summary(String peer) {
    return jdbc.sql(
            """
            select count(*) filter (where state = 'QUEUED') as queued, count(*) filter (where state = 'DELIVERED') as delivered,
                   count(*) filter (where state = 'ACKNOWLEDGED') as acknowledged, count(*) filter (where state = 'FAILED') as failed,
                   min(queued_at) filter (where state in ('QUEUED', 'DELIVERED')) as oldest,
                   (select count(*) from exchange_inbox where sender_node = :peer) as received,
                   (select count(*) from exchange_inbox where sender_node = :peer and state = 'FAILED') as failed_incoming
            from exchange_delivery where peer = :peer
            """)
        .param("peer", peer)
        .query(
            (rs, i) ->
                new PeerSummary(
                    peer, rs.getLong("queued"), rs.getLong("delivered"), rs.getLong("acknowledged"), rs.getLong("failed"), instant(rs.getObject("oldest", OffsetDateTime.class)), rs.getLong("received"),
                    rs.getLong("failed_incoming")))
        .single();
  }

  private static Tracked tracked(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Tracked(
        rs.getObject("id", UUID.class),
        rs.getString("direction"),
        rs.getString("peer"),
        rs.getString("type"),
        rs.getString("handling_code"),
        rs.getString("state"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        instant(rs.getObject("delivered_at", OffsetDateTime.class)),
        instant(rs.getObject("acknowledged_at", OffsetDateTime.class)),
        instant(rs.getObject("processed_at", OffsetDateTime.class)),
        rs.getInt("attempts"),
        instant(rs.getObject("last_attempt_at", OffsetDateTime.class)),
        rs.getString("last_error"),
        rs.getObject("receipt_id", UUID.class),
        rs.getObject("correlation_id", UUID.class));
  }

  private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
