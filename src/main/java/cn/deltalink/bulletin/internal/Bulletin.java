package cn.deltalink.bulletin.internal;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.exchange.HandlingCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A regional bulletin (协查通报) as this node holds it: one it sent, or one it received from the
 * owning node. {@code idAtOwner} is the id the owning node gave it and carries in its messages; a
 * receiver keys it by (owning node, idAtOwner), so another node sending the same id makes another
 * bulletin. {@code id} is this node's own key (the owner's id unless that was taken already).
 * The rules of who may read, acknowledge and pass it on live here (ADR 024, docs/access.md).
 */
record Bulletin(
    UUID id,
    UUID idAtOwner,
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
    return new Bulletin(id, idAtOwner, direction, owningNode, senderAgency, senderName, title, body, handlingCode, urgency, purpose, toAll, targets, message, createdAt, receivedAt, forwardedFrom);
  }

  /** Who may read an H2 or H3 bulletin and its attachments: the roles that work on what it asks for. */
  static final Set<Role> RESTRICTED_READERS = EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR, Role.INVESTIGATOR);

  /** Who may acknowledge (签收) a received bulletin for the province. */
  static final Set<Role> PROVINCE_ACKNOWLEDGERS = EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR);

  /**
   * Whether its handling code restricts who may read it. H0/H1 are for any officer of the node;
   * H2/H3 carry conditions from the sender (SIENA), so only the roles that act on bulletins read them.
   */
  boolean restricted() {
    return handlingCode == HandlingCode.H2 || handlingCode == HandlingCode.H3;
  }

  /**
   * Whether the officer may read it and its attachments. Bulletins are addressed to provinces (nodes),
   * so every bulletin at this node is inside the jurisdiction of each of its officers; the role decides.
   */
  boolean mayRead(Officer officer) {
    return !restricted() || holdsAny(officer, RESTRICTED_READERS);
  }

  /** Why the officer may not acknowledge it for the province, or empty when they may. */
  Optional<Refusal> acknowledgementRefusal(Officer officer) {
    if (direction != Direction.RECEIVED) {
      return Optional.of(Refusal.NOT_RECEIVED);
    }
    if (!mayRead(officer) || !holdsAny(officer, PROVINCE_ACKNOWLEDGERS)) {
      return Optional.of(Refusal.ROLE);
    }
    return Optional.empty();
  }

  boolean mayAcknowledge(Officer officer) {
    return acknowledgementRefusal(officer).isEmpty();
  }

  /**
   * Whether the receiver may pass it on: SIENA's H2 forbids onward sharing without the sender's
   * permission, and H3's further restrictions are not machine-readable, so both stay where they are.
   */
  public boolean forwardable() {
    return direction == Direction.RECEIVED && (handlingCode == HandlingCode.H0 || handlingCode == HandlingCode.H1);
  }

  /** Why the officer may not pass it on, or empty when they may. */
  Optional<Refusal> forwardRefusal(Officer officer) {
    if (direction != Direction.RECEIVED) {
      return Optional.of(Refusal.NOT_RECEIVED);
    }
    if (!holdsAny(officer, PublishingBulletins.SENDERS)) {
      return Optional.of(Refusal.ROLE);
    }
    if (!forwardable()) {
      return Optional.of(Refusal.HANDLING_CODE);
    }
    return Optional.empty();
  }

  /** Whether the officer may forward it: pages show the forward form only then. */
  boolean mayForward(@Nullable Officer officer) {
    return officer != null && forwardRefusal(officer).isEmpty();
  }

  /** The origin a forward of this bulletin names: the first writer, through any number of forwards. */
  Origin origin() {
    return forwardedFrom != null ? forwardedFrom : new Origin(idAtOwner, owningNode, senderAgency, senderName);
  }

  /** The nodes a forward of it may not go to: the ones that wrote or passed it on to us. */
  Set<String> notForwardedTo() {
    return Set.copyOf(List.of(origin().node(), owningNode));
  }

  private static boolean holdsAny(Officer officer, Set<Role> roles) {
    return officer.roles().stream().anyMatch(roles::contains);
  }

  /** Why an officer may not act on a bulletin; the use case turns it into the refusal the officer sees. */
  enum Refusal {
    /** Not a bulletin this node received (one it sent, say): answered as "not in the inbox". */
    NOT_RECEIVED,
    /** The officer's roles do not allow it. */
    ROLE,
    /** The handling code forbids it. */
    HANDLING_CODE
  }
}
