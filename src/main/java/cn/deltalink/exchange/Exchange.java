package cn.deltalink.exchange;

import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What modules may ask of the exchange. */
public interface Exchange {

  /**
   * Queues a message for delivery, inside the caller's transaction: if the caller's transaction rolls
   * back, nothing is sent. Returns the message's globally unique id. Fails with
   * {@link IllegalArgumentException} for an unknown recipient node.
   */
  UUID send(OutgoingMessage message);

  /** The delivery state of a sent message at each of its recipients. */
  List<Delivery> deliveries(UUID messageId);

  /**
   * The deliveries of several sent messages in one query (a list page), by message id; a message
   * this node did not send maps to an empty list.
   */
  Map<UUID, List<Delivery>> deliveries(Collection<UUID> messageIds);

  /**
   * Asks every other member (or the named ones) whether it holds anything on an identifier and waits
   * at most {@code timeout} for the answers. Never throws for a slow or unreachable peer: its answer
   * says so. A query needs a stated purpose; it is recorded in this node's audit trail (the current
   * officer, the purpose, the identifier masked, each peer's outcome) and in each answering node's.
   * Each peer answers with the {@link QueryResponder} bean of the query's type, or REFUSED if it has none.
   */
  List<PeerAnswer> query(String type, String identifierType, String identifier, String purpose, AgencyCode askingAgency, Duration timeout);


  /** This node's id in the member directory. */
  NodeId localNode();

  /** The members of the region, this node included. */
  List<Member> members();

  /** The delivery of one message to one recipient node. */
  record Delivery(NodeId node, DeliveryState state, Instant queuedAt, @Nullable Instant deliveredAt, int attempts, @Nullable String lastError) {}

  enum DeliveryState {
    /** Waiting in the outbox, possibly after failed attempts. */
    QUEUED,
    /** Stored in the recipient's inbox; its signed receipt is kept. */
    DELIVERED,
    /** Given up: the reason is in {@code lastError}. */
    FAILED
  }

  /** One node's answer to a hit/no-hit query. */
  record PeerAnswer(NodeId node, QueryOutcome outcome, @Nullable AgencyCode owningAgency) {}

  enum QueryOutcome {
    HIT,
    NO_HIT,
    TIMEOUT,
    UNREACHABLE,
    REFUSED
  }

  /**
   * A member of the region: node id, province code, endpoint, agencies under it. The agencies are
   * text as the coordinator's directory lists them (the protocol takes 1-32 letters or digits).
   */
  record Member(NodeId id, String province, String endpoint, List<String> agencies) {}
}
