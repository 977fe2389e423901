package cn.deltalink.bulletin.internal;

import cn.deltalink.access.AuditOutcome;
import static cn.deltalink.bulletin.internal.Refused.BULLETIN;

import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.AgencyCode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A duty officer or supervisor at a target node acknowledges (签收) a received bulletin for the
 * province ({@link ReceivedBulletin#mayAcknowledge}): recorded here per officer and sent back to the owning
 * node as {@code bulletin.acknowledged}, naming the owner's id and correlated with the bulletin's
 * message. Each officer acknowledges once; asking again returns his acknowledgement and sends
 * nothing. The node counts as acknowledged from its first reader.
 */
@Service
class AcknowledgingBulletins {

  private final Exchange exchange;
  private final Bulletins bulletins;
  private final Acknowledgements acknowledgements;
  private final BulletinMessages messages;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  AcknowledgingBulletins(Exchange exchange, Bulletins bulletins, Acknowledgements acknowledgements, BulletinMessages messages, CurrentOfficer current, AuditTrail audit) {
    this.exchange = exchange;
    this.bulletins = bulletins;
    this.acknowledgements = acknowledgements;
    this.messages = messages;
    this.current = current;
    this.audit = audit;
  }

  /** The officer's acknowledgement, and whether this call made it. */
  record Outcome(Acknowledgement acknowledgement, boolean created) {}

  @Transactional(noRollbackFor = RequestRefused.class)
  Outcome acknowledge(UUID bulletinId, @Nullable String note) {
    Officer officer = current.require();
    ReceivedBulletin bulletin = bulletins.findReceived(bulletinId).orElseThrow(() -> BULLETIN.notFound("bulletin.refused.notInInbox", bulletinId));
    if (!bulletin.mayAcknowledge(officer)) {
      audit.record("bulletin.acknowledge", bulletinId.toString(), bulletin.purpose(), AuditOutcome.denied("role"));
      throw BULLETIN.forbidden("bulletin.refused.acknowledge.role");
    }
    String checkedNote = Texts.optional("note", note, Acknowledgement.MAX_NOTE, "");
    Acknowledgement ack = new Acknowledgement(Instant.now().truncatedTo(ChronoUnit.MICROS), officer.displayName(), officer.agencyCode(), checkedNote.isEmpty() ? null : checkedNote);
    // the row first: the officer's second (or concurrent) acknowledgement finds it and sends nothing
    if (!acknowledgements.addOwn(bulletinId, officer.username(), ack)) {
      audit.record("bulletin.acknowledge", bulletinId.toString(), bulletin.purpose(), AuditOutcome.ok("already acknowledged"));
      return new Outcome(acknowledgements.own(bulletinId, officer.username()).orElseThrow(), false);
    }
    UUID messageId =
        exchange.send(
            new OutgoingMessage(
                BulletinMessages.ACKNOWLEDGED, Recipients.of(NodeId.of(bulletin.owningNode())), bulletin.handlingCode(), bulletin.purpose(), AgencyCode.of(officer.agencyCode()),
                messages.acknowledged(bulletin.idAtOwner(), ack), bulletin.messageId()));
    acknowledgements.markSent(bulletinId, officer.username(), messageId);
    audit.record("bulletin.acknowledge", bulletinId.toString(), bulletin.purpose(), AuditOutcome.ok());
    return new Outcome(ack, true);
  }
}
