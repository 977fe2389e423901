package cn.deltalink.bulletin.internal;

import cn.deltalink.bulletin.internal.Bulletin.Origin;
import cn.deltalink.bulletin.internal.BulletinMessages.AttachmentInfo;
import cn.deltalink.bulletin.internal.BulletinMessages.Published;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.platform.NodeId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts a {@code bulletin.published} message from another node into this node's bulletin inbox, once:
 * a bulletin already here from the same node with the same id is ignored. The same id from another
 * node is another bulletin (ids are scoped by their owning node, ADR 024). The sender, its agency, the handling code and the
 * purpose are taken from the verified envelope, not from the payload. A payload that breaks the
 * bulletin rules makes the message fail with the reason instead of being stored half. Attached
 * files are only announced here; their parts follow in {@code bulletin.attachment-part} messages.
 */
@Component
class ReceivingBulletins implements MessageHandler {

  private static final Logger log = LoggerFactory.getLogger(ReceivingBulletins.class);

  private final Bulletins bulletins;
  private final Attachments attachments;
  private final BulletinMessages messages;

  ReceivingBulletins(Bulletins bulletins, Attachments attachments, BulletinMessages messages) {
    this.bulletins = bulletins;
    this.attachments = attachments;
    this.messages = messages;
  }

  @Override
  public String type() {
    return BulletinMessages.PUBLISHED;
  }

  @Override
  public void handle(ReceivedMessage message) {
    Published published = messages.readPublished(message.payloadJson());
    List<AttachmentInfo> files = published.attachments() == null ? List.of() : published.attachments();
    checkAttachments(files);
    List<String> targets = published.targets() == null ? List.of() : published.targets();
    if (targets.size() > 50 || !targets.stream().allMatch(t -> NodeId.isWellFormed(t))) {
      throw new IllegalArgumentException("The bulletin's targets are not node ids");
    }
    Origin origin = published.forwardedFrom();
    String owningNode = message.senderNode().value();
    if (bulletins.localId(owningNode, published.bulletinId()).isPresent()) {
      log.info("Bulletin {} from {} is already in the inbox; message {} ignored", published.bulletinId(), owningNode, message.id());
      return;
    }
    // the owner's id is this node's key too, unless another node's bulletin holds it already
    UUID localId = bulletins.holds(published.bulletinId()) ? UUID.randomUUID() : published.bulletinId();
    ReceivedBulletin bulletin =
        new ReceivedBulletin(
            localId,
            published.bulletinId(),
            owningNode,
            message.senderAgency(),
            Texts.required("senderName", published.senderName(), 100),
            Texts.required("title", published.title(), BulletinDraft.MAX_TITLE),
            Texts.required("body", published.body(), BulletinDraft.MAX_BODY),
            message.handlingCode(),
            Urgency.parse(published.urgency()),
            Texts.optional("purpose", message.purpose(), BulletinDraft.MAX_PURPOSE, BulletinDraft.DEFAULT_PURPOSE),
            published.toAll(),
            targets,
            message.id(),
            published.createdAt(),
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            origin == null ? null : new Origin(origin.bulletinId(), origin.node(), origin.agency(), Texts.required("forwardedFrom.senderName", origin.senderName(), 100)));
    if (bulletins.add(bulletin, null)) {
      attachments.expect(bulletin.id(), files);
      // parts that overtook their bulletin are waiting already
      attachments.assemble(bulletin);
    } else {
      log.info("Bulletin {} from {} is already in the inbox; message {} ignored", bulletin.id(), message.senderNode(), message.id());
    }
  }

  /** The announced files must be what a sender may attach, or the bulletin is not taken. */
  private static void checkAttachments(List<AttachmentInfo> files) {
    if (files.size() > BulletinDraft.MAX_ATTACHMENTS) {
      throw new IllegalArgumentException("A bulletin may carry at most " + BulletinDraft.MAX_ATTACHMENTS + " attachments");
    }
    for (int i = 0; i < files.size(); i++) {
      AttachmentInfo f = files.get(i);
      boolean valid =
          f.position() == i + 1
              && f.size() > 0
              && f.size() <= AttachmentFile.MAX_BYTES
              && f.parts() == BulletinMessages.partsOf(f.size())
              && f.sm3() != null
              && f.sm3().matches("[0-9a-f]{64}")
              && f.name() != null
              && !f.name().isBlank()
              && f.name().length() <= AttachmentFile.MAX_NAME
              && f.contentType() != null
              && f.contentType().length() <= 200;
      if (!valid) {
        throw new IllegalArgumentException("Attachment " + (i + 1) + " of the bulletin is not described as the protocol requires");
      }
    }
  }
}
