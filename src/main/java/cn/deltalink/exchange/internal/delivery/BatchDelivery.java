package cn.deltalink.exchange.internal.delivery;

import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.exchange.internal.WorkLocks;
import cn.deltalink.exchange.internal.core.Envelope;
import cn.deltalink.exchange.internal.core.EnvelopeJson;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.directory.TrustedDirectory;
import cn.deltalink.exchange.internal.peer.PeerClient;
import cn.deltalink.exchange.internal.peer.PeerStatus;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One delivery attempt to one peer: takes the due deliveries, posts them as one batch and records the
 * outcome from the peer's signed receipt. A lane holds a transaction-scoped advisory lock during the
 * attempt, so that the same lane of several instances of a node sharing the database never sends at
 * once (one lock per batch: a row lock per delivery would write every row once more).
 * A node that dies mid-request leaves the rows queued for the next attempt; the receiver's
 * exactly-once inbox turns a repeated envelope into a harmless duplicate.
 */
@Component
class BatchDelivery {

  /** A queued delivery with its envelope. */
  record Pending(Envelope envelope, int attempts, String state) {}

  /**
   * The due deliveries, oldest first. The rows are chosen and locked on the delivery table alone,
   * in the order of its partial index, so that the plan stays a short index scan however many
   * messages wait; only the chosen envelopes are then read.
   */
  private static final String DUE =
      """
      with due as (
        select message_id, attempts, state from exchange_delivery
        where peer = ? and state in ('QUEUED', 'DELIVERED') and next_attempt_at <= now() and get_byte(uuid_send(message_id), 15) % ? = ?
        order by next_attempt_at, message_id limit ?)
      select o.*, due.attempts, due.state from due join exchange_outbox o on o.id = due.message_id
      """;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final TrustedDirectory directory;
  private final PeerClient client;
  private final ExchangeSettings settings;
  private final ReceiptHandling receipts;
  private final PeerStatus status;

  BatchDelivery(JdbcTemplate jdbc, TransactionTemplate tx, TrustedDirectory directory, PeerClient client, ExchangeSettings settings, ReceiptHandling receipts, PeerStatus status) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.directory = directory;
    this.client = client;
    this.settings = settings;
    this.receipts = receipts;
    this.status = status;
  }

  /**
   * Delivers one batch of due messages to {@code peer} from lane {@code lane} (0 to lanes - 1);
   * returns how many deliveries it settled or tried. The lanes of a peer split its deliveries by
   * the last byte of the message id (random in a UUIDv7), so that they never pick the same rows.
   */
  int deliverDue(String peer, int lane, int lanes) {
    if (status.heldBack(peer, Instant.now())) {
      return 0;
    }
    Integer handled = tx.execute(s -> deliverLocked(peer, lane, lanes));
    return handled == null ? 0 : handled;
  }

  private int deliverLocked(String peer, int lane, int lanes) {
    if (!WorkLocks.tryTakeDeliveryLane(jdbc, peer, lane)) {
      return 0;
    }
    boolean probing = status.of(peer).map(c -> Boolean.FALSE.equals(c.reachable())).orElse(false);
    List<Pending> due = due(peer, lane, lanes, probing ? 1 : settings.sendBatchSize());
    if (due.isEmpty()) {
      return 0;
    }
    Instant oldest = Instant.now().minus(settings.maxAge());
    List<Pending> expired = due.stream().filter(p -> p.envelope().createdAt().isBefore(oldest)).toList();
    receipts.fail(peer, expired, p -> "not delivered within " + settings.maxAge().toHours() + " h; last error: " + receipts.lastError(p.envelope().id(), peer));
    List<Pending> live = due.stream().filter(p -> !p.envelope().createdAt().isBefore(oldest)).toList();
    if (live.isEmpty()) {
      return due.size();
    }
    Optional<MemberDirectory.Member> member = directory.member(peer);
    if (member.isEmpty()) {
      receipts.fail(peer, live, p -> "the node " + peer + " is no longer in the member directory");
      return due.size();
    }
    PeerClient.Outcome outcome = client.post(member.get().endpoint() + "/exchange/v1/messages", body(live));
    receipts.apply(peer, live, outcome);
    return due.size();
  }

  /**
   * The due deliveries, oldest first, as many as fit one request body (at least one). The rows are
   * fetched a few at a time and reading stops at the byte limit: a queue of large register messages
   * used to be read two hundred at a time, hundreds of megabytes per attempt, of which a few went out.
   */
  private List<Pending> due(String peer, int lane, int lanes, int most) {
    return jdbc.query(
        con -> {
          PreparedStatement statement = con.prepareStatement(DUE);
          statement.setFetchSize(4);
          statement.setString(1, peer);
          statement.setInt(2, lanes);
          statement.setInt(3, lane);
          statement.setInt(4, most);
          return statement;
        },
        rs -> {
          List<Pending> due = new ArrayList<>();
          long bytes = 20;
          while (rs.next()) {
            Pending p = new Pending(envelope(rs), rs.getInt("attempts"), rs.getString("state"));
            long size = p.envelope().payloadBytes() * 2L + 1500;
            if (!due.isEmpty() && bytes + size > settings.sendBatchBytes()) {
              break;
            }
            due.add(p);
            bytes += size;
          }
          return due;
        });
  }

  private static byte[] body(List<Pending> batch) {
    ObjectNode root = EnvelopeJson.mapper().createObjectNode();
    ArrayNode list = root.putArray("envelopes");
    batch.forEach(p -> list.add(EnvelopeJson.write(p.envelope())));
    return EnvelopeJson.mapper().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
  }

  static Envelope envelope(java.sql.ResultSet rs) throws java.sql.SQLException {
    String correlation = rs.getString("correlation_id");
    return new Envelope(
        rs.getObject("id", UUID.class),
        Envelope.VERSION,
        rs.getString("type"),
        rs.getString("sender_node"),
        rs.getString("sender_agency"),
        Arrays.asList(rs.getString("recipients").split(",")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        correlation == null ? null : UUID.fromString(correlation),
        HandlingCode.valueOf(rs.getString("handling_code")),
        rs.getString("purpose"),
        rs.getString("payload"),
        rs.getString("payload_digest"),
        rs.getString("signature"));
  }
}
