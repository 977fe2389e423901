package cn.deltalink.bulletin.internal;

import cn.deltalink.bulletin.internal.BulletinMessages.Acknowledged;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import org.springframework.stereotype.Component;

/**
 * Records at the sender a reader's {@code bulletin.acknowledged} from a target node: every reader is
 * kept, and the target's earliest one is the node's acknowledgement. The message must answer (by
 * correlation id) a bulletin this node sent, and come from one of its targets; otherwise it fails
 * with the reason. The same message delivered again adds nothing.
 */
@Component
class ReceivingAcknowledgements implements MessageHandler {

  private final Bulletins bulletins;
  private final Acknowledgements acknowledgements;
  private final BulletinMessages messages;

  ReceivingAcknowledgements(Bulletins bulletins, Acknowledgements acknowledgements, BulletinMessages messages) {
    this.bulletins = bulletins;
    this.acknowledgements = acknowledgements;
    this.messages = messages;
  }

  @Override
  public String type() {
    return BulletinMessages.ACKNOWLEDGED;
  }

  @Override
  public void handle(ReceivedMessage message) {
    if (message.correlationId() == null) {
      throw new IllegalArgumentException("An acknowledgement must name the bulletin's message as its correlation id");
    }
    Acknowledged acknowledged = messages.readAcknowledged(message.payloadJson());
    SentBulletin bulletin =
        bulletins
            .findSentWithMessage(message.correlationId())
            .filter(b -> b.id().equals(acknowledged.bulletinId()))
            .orElseThrow(() -> new IllegalArgumentException("This node sent no bulletin " + acknowledged.bulletinId() + " with message " + message.correlationId()));
    String note = Texts.optional("note", acknowledged.note(), Acknowledgement.MAX_NOTE, "");
    Acknowledgement ack =
        new Acknowledgement(acknowledged.acknowledgedAt(), Texts.required("officerName", acknowledged.officerName(), 100), message.senderAgency(), note.isEmpty() ? null : note);
    if (!acknowledgements.recordAtSender(bulletin.id(), message.senderNode().value(), ack, message.id())) {
      throw new IllegalArgumentException("Node " + message.senderNode() + " is not a target of bulletin " + bulletin.id());
    }
  }
}
