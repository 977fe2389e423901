package cn.deltalink.bulletin.internal;

import cn.deltalink.bulletin.internal.BulletinMessages.AttachmentPart;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Keeps each {@code bulletin.attachment-part} and completes the file once all its parts are here.
 * Parts are only ever put together with the parts from the bulletin's owning node, so another node
 * cannot slip a part into someone else's file; the SM3 digest announced in the bulletin has the
 * last word.
 */
@Component
class ReceivingAttachmentParts implements MessageHandler {

  private static final int MAX_PARTS = BulletinMessages.partsOf(AttachmentFile.MAX_BYTES);

  private final Bulletins bulletins;
  private final Attachments attachments;
  private final BulletinMessages messages;

  ReceivingAttachmentParts(Bulletins bulletins, Attachments attachments, BulletinMessages messages) {
    this.bulletins = bulletins;
    this.attachments = attachments;
    this.messages = messages;
  }

  @Override
  public String type() {
    return BulletinMessages.ATTACHMENT_PART;
  }

  @Override
  public void handle(ReceivedMessage message) {
    AttachmentPart part = messages.readPart(message.payloadJson());
    if (part.position() < 1 || part.position() > BulletinDraft.MAX_ATTACHMENTS || part.parts() < 1 || part.parts() > MAX_PARTS || part.part() < 1 || part.part() > part.parts()) {
      throw new IllegalArgumentException("Attachment part " + part.part() + "/" + part.parts() + " of file " + part.position() + " is out of range");
    }
    byte[] content;
    try {
      content = Base64.getDecoder().decode(part.base64());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Attachment part " + part.part() + " of bulletin " + part.bulletinId() + " is not valid base64");
    }
    if (content.length == 0 || content.length > BulletinMessages.PART_BYTES) {
      throw new IllegalArgumentException("Attachment part " + part.part() + " of bulletin " + part.bulletinId() + " has " + content.length + " bytes");
    }
    attachments.addPart(part.bulletinId(), part.position(), part.part(), message.senderNode().value(), content);
    // the part names the bulletin by its owner's id: only the sender's own bulletin of that id is completed
    bulletins.localId(message.senderNode().value(), part.bulletinId()).flatMap(bulletins::find).ifPresent(attachments::assemble);
  }
}
