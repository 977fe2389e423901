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
 * A bulletin another node wrote (or forwarded) to this one, keyed here by (owning node, idAtOwner).
 * It knows who may acknowledge it for the province and who may pass it on, and why not.
 */
record ReceivedBulletin(
    UUID id,
    UUID idAtOwner,
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
    Instant receivedAt,
    @Nullable Origin forwardedFrom)
    implements Bulletin {

  /** Who may acknowledge (签收) a received bulletin for the province. */
  static final Set<Role> PROVINCE_ACKNOWLEDGERS = EnumSet.of(Role.DUTY_OFFICER, Role.SUPERVISOR);

  ReceivedBulletin {
    targets = List.copyOf(targets);
  }

  @Override
  public Direction direction() {
    return Direction.RECEIVED;
  }

  /** Whether the officer may acknowledge it for the province: a duty officer or supervisor who may read it. */
  boolean mayAcknowledge(Officer officer) {
    return mayRead(officer) && Bulletin.holdsAny(officer, PROVINCE_ACKNOWLEDGERS);
  }

  /**
   * Whether its handling code lets this node pass it on: SIENA's H2 forbids onward sharing without
   * the sender's permission, and H3's further restrictions are not machine-readable, so both stay.
   */
  @Override
  public boolean forwardable() {
    return handlingCode == HandlingCode.H0 || handlingCode == HandlingCode.H1;
  }

  /** Why the officer may not pass it on, or empty when they may. */
  Optional<Refusal> forwardRefusal(Officer officer) {
    if (!Bulletin.holdsAny(officer, PublishingBulletins.SENDERS)) {
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

  /** The origin a forward of it names: the first writer, through any number of forwards. */
  Origin origin() {
    return forwardedFrom != null ? forwardedFrom : new Origin(idAtOwner, owningNode, senderAgency, senderName);
  }

  /** The nodes a forward of it may not go to: the ones that wrote it or passed it on to us. */
  Set<String> notForwardedTo() {
    return Set.copyOf(List.of(origin().node(), owningNode));
  }

  /** Why an officer may not pass it on; the use case turns it into the refusal the officer sees. */
  enum Refusal {
    /** The officer's roles do not allow forwarding. */
    ROLE,
    /** The handling code forbids onward sharing. */
    HANDLING_CODE
  }
}
