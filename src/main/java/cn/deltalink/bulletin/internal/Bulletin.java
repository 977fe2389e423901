package cn.deltalink.bulletin.internal;

import cn.deltalink.exchange.HandlingCode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A regional bulletin (协查通报) as this node holds it: one it sent, or one it received from the
 * owning node. The id is the same on every node.
 */
record Bulletin(
    UUID id,
    Direction direction,
    String owningNode,
    String senderAgency,
    String senderName,
    String title,
    String body,
    HandlingCode handlingCode,
    Urgency urgency,
    String purpose,
    boolean toAll,
    List<String> targets,
    UUID messageId,
    Instant createdAt,
    @Nullable Instant receivedAt,
    @Nullable Origin forwardedFrom) {

  Bulletin {
    targets = List.copyOf(targets);
  }

  enum Direction {
    SENT,
    RECEIVED
  }

  /** The bulletin a forward passes on, and who wrote it. */
  record Origin(UUID bulletinId, String node, String agency, String senderName) {}

  /** The same bulletin, carried by the given exchange message. */
  Bulletin carriedBy(UUID message) {
    return new Bulletin(id, direction, owningNode, senderAgency, senderName, title, body, handlingCode, urgency, purpose, toAll, targets, message, createdAt, receivedAt, forwardedFrom);
  }

  /**
   * Whether the receiver may pass it on: SIENA's H2 forbids onward sharing without the sender's
   * permission, and H3's further restrictions are not machine-readable, so both stay where they are.
   */
  public boolean forwardable() {
    return direction == Direction.RECEIVED && (handlingCode == HandlingCode.H0 || handlingCode == HandlingCode.H1);
  }
}
