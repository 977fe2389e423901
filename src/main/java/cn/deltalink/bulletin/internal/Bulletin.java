package cn.deltalink.bulletin.internal;

import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.exchange.HandlingCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A regional bulletin (协查通报) as this node holds it: one it sent ({@link SentBulletin}) or one it
 * received from the owning node ({@link ReceivedBulletin}). {@code idAtOwner} is the id the owning
 * node gave it and carries in its messages; a receiver keys a received bulletin by (owning node,
 * idAtOwner), so another node sending the same id makes another bulletin. {@code id} is this node's
 * own key. The rule of who may read it lives here, what may be done with a received one in
 * {@link ReceivedBulletin} (ADR 024, docs/access.md).
 */
sealed interface Bulletin permits SentBulletin, ReceivedBulletin {

  /** Who may read an H2 or H3 bulletin and its attachments: the roles that work on what it asks for. */
  Set<Role> RESTRICTED_READERS = EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR, Role.INVESTIGATOR);

  UUID id();

  UUID idAtOwner();

  Direction direction();

  String owningNode();

  String senderAgency();

  String senderName();

  String title();

  String body();

  HandlingCode handlingCode();

  Urgency urgency();

  String purpose();

  boolean toAll();

  /** The node ids the sender addressed (informational at a receiver). */
  List<String> targets();

  /** The exchange message that carried it: sent by this node, or received from the owning node. */
  UUID messageId();

  Instant createdAt();

  /** When this node received it; empty for a bulletin it sent. */
  @Nullable Instant receivedAt();

  /** The bulletin a forward passes on and who wrote it; empty for an original. */
  @Nullable Origin forwardedFrom();

  /** Whether this node may pass it on: only a received H0/H1 bulletin ({@link ReceivedBulletin#forwardable}). */
  boolean forwardable();

  /**
   * Whether its handling code restricts who may read it. H0/H1 are for any officer of the node;
   * H2/H3 carry conditions from the sender (SIENA), so only the roles that act on bulletins read them.
   */
  default boolean restricted() {
    return handlingCode() == HandlingCode.H2 || handlingCode() == HandlingCode.H3;
  }

  /**
   * Whether the officer may read it, its tracking and its attachments. Bulletins are addressed to
   * provinces (nodes), so every bulletin at this node is inside the jurisdiction of each of its
   * officers; the role decides.
   */
  default boolean mayRead(Officer officer) {
    return !restricted() || holdsAny(officer, RESTRICTED_READERS);
  }

  static boolean holdsAny(Officer officer, Set<Role> roles) {
    return officer.roles().stream().anyMatch(roles::contains);
  }

  enum Direction {
    SENT,
    RECEIVED
  }

  /** The bulletin a forward passes on (by its owner's id), and who wrote it. */
  record Origin(UUID bulletinId, String node, String agency, String senderName) {}
}
