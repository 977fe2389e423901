package cn.deltalink.bulletin.internal;

import cn.deltalink.access.AuditOutcome;
import static cn.deltalink.bulletin.internal.Refused.BULLETIN;

import cn.deltalink.access.AuditTrail;
import cn.deltalink.access.CurrentOfficer;
import cn.deltalink.access.CurrentOfficer.Officer;
import cn.deltalink.access.Role;
import cn.deltalink.bulletin.internal.Bulletin.Origin;
import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.region.AgencyCode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes bulletins and passes received ones on. The bulletin row and its {@code bulletin.published}
 * message are written in one transaction, so a bulletin exists exactly when its message is queued.
 */
@Service
class PublishingBulletins {

  /** The roles that may send a bulletin or forward one. */
  static final Set<Role> SENDERS = EnumSet.of(Role.INVESTIGATOR, Role.DUTY_OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR);

  private final Exchange exchange;
  private final Bulletins bulletins;
  private final Acknowledgements acknowledgements;
  private final Attachments attachments;
  private final BulletinMessages messages;
  private final CurrentOfficer current;
  private final AuditTrail audit;

  PublishingBulletins(
      Exchange exchange, Bulletins bulletins, Acknowledgements acknowledgements, Attachments attachments, BulletinMessages messages, CurrentOfficer current, AuditTrail audit) {
    this.exchange = exchange;
    this.bulletins = bulletins;
    this.acknowledgements = acknowledgements;
    this.attachments = attachments;
    this.messages = messages;
    this.current = current;
    this.audit = audit;
  }

  static boolean maySend(@Nullable Officer officer) {
    return officer != null && officer.roles().stream().anyMatch(SENDERS::contains);
  }

  @Transactional
  UUID publish(BulletinDraft draft) {
    Officer officer = sender();
    List<String> targets = draft.targets().resolve(memberIds(), exchange.localNode().value(), Set.of());
    SentBulletin bulletin = send(draft, targets, draft.attachments(), officer, null);
    audit.record("bulletin.create", bulletin.id().toString(), bulletin.purpose(), AuditOutcome.ok());
    return bulletin.id();
  }

  /**
   * Passes a received bulletin on to other provinces as a new bulletin that names the original and
   * its sender. Refusals are audited, so nothing but the audit entry is written before them.
   */
  @Transactional(noRollbackFor = RequestRefused.class)
  UUID forward(UUID originalId, Targets requested, @Nullable String purpose) {
    Officer officer = sender();
    ReceivedBulletin original = bulletins.findReceived(originalId).orElseThrow(() -> BULLETIN.notFound("bulletin.refused.notInInbox", originalId));
    String statedPurpose = Texts.optional("purpose", purpose, BulletinDraft.MAX_PURPOSE, original.purpose());
    ReceivedBulletin.Refusal refusal = original.forwardRefusal(officer).orElse(null);
    if (refusal != null) {
      audit.record("bulletin.forward", originalId.toString(), statedPurpose, AuditOutcome.denied(String.valueOf(original.handlingCode())));
      throw switch (refusal) {
        case ROLE -> BULLETIN.forbidden("bulletin.refused.role");
        case HANDLING_CODE -> BULLETIN.forbidden("bulletin.refused.forward.handling", original.handlingCode().name());
      };
    }
    Origin origin = original.origin();
    List<String> targets = requested.resolve(memberIds(), exchange.localNode().value(), original.notForwardedTo());
    List<AttachmentFile> files = attachments.files(originalId);
    if (files.size() < attachments.list(originalId).size()) {
      throw BULLETIN.conflict("bulletin.refused.forward.arriving", originalId);
    }
    var draft = new BulletinDraft(original.title(), original.body(), original.handlingCode(), original.urgency(), requested, statedPurpose, files);
    SentBulletin forward = send(draft, targets, files, officer, origin);
    audit.record("bulletin.forward", originalId + " -> " + forward.id() + " " + String.join(",", targets), statedPurpose, AuditOutcome.ok());
    return forward.id();
  }

  private SentBulletin send(BulletinDraft draft, List<String> targets, List<AttachmentFile> files, Officer officer, @Nullable Origin origin) {
    UUID id = UUID.randomUUID();
    boolean toAll = draft.targets().everyone() && origin == null;
    SentBulletin unsent =
        new SentBulletin(id, exchange.localNode().value(), officer.agencyCode(), officer.displayName(), draft.title(), draft.body(), draft.handlingCode(),
            draft.urgency(), draft.purpose(), toAll, targets, id, Instant.now().truncatedTo(ChronoUnit.MICROS), origin);
    // "all" goes out as a publication to every member; a forward leaves the original's nodes out, so it names its targets
    Recipients recipients = toAll ? Recipients.everyMember() : Recipients.of(targets.stream().map(NodeId::of).toList());
    UUID messageId =
        exchange.send(new OutgoingMessage(BulletinMessages.PUBLISHED, recipients, draft.handlingCode(), draft.purpose(), AgencyCode.of(officer.agencyCode()), messages.published(unsent, files), null));
    for (String part : messages.parts(id, files)) {
      exchange.send(new OutgoingMessage(BulletinMessages.ATTACHMENT_PART, recipients, draft.handlingCode(), draft.purpose(), AgencyCode.of(officer.agencyCode()), part, messageId));
    }
    SentBulletin bulletin = unsent.carriedBy(messageId);
    bulletins.add(bulletin, officer.username());
    acknowledgements.addTargets(id, targets);
    attachments.add(id, files);
    return bulletin;
  }

  private Officer sender() {
    Officer officer = current.require();
    if (!maySend(officer)) {
      throw BULLETIN.forbidden("bulletin.refused.role");
    }
    return officer;
  }

  private List<String> memberIds() {
    return exchange.members().stream().map(Exchange.Member::id).map(NodeId::value).toList();
  }
}
