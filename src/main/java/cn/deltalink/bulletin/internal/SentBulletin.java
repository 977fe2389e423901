package cn.deltalink.bulletin.internal;

import cn.deltalink.exchange.HandlingCode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A bulletin this node wrote or forwarded. Its id is its id everywhere: the owner's id. It is never
 * forwarded or acknowledged here; its targets' delivery and readers are its tracking.
 */
record SentBulletin(
    UUID id,
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
    @Nullable Origin forwardedFrom)
    implements Bulletin {

  SentBulletin {
    targets = List.copyOf(targets);
  }

  @Override
  public UUID idAtOwner() {
    return id;
  }

  @Override
  public Direction direction() {
    return Direction.SENT;
  }

  @Override
  public @Nullable Instant receivedAt() {
    return null;
  }

  @Override
  public boolean forwardable() {
    return false;
  }

  /** The same bulletin, carried by the given exchange message. */
  SentBulletin carriedBy(UUID message) {
    return new SentBulletin(id, owningNode, senderAgency, senderName, title, body, handlingCode, urgency, purpose, toAll, targets, message, createdAt, forwardedFrom);
  }
}
