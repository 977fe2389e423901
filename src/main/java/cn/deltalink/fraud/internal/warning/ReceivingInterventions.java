package cn.deltalink.fraud.internal.warning;

import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import org.springframework.stereotype.Component;

/** Takes the receiver's intervention on a warning this node sent; only the warning's receiver may report one. */
@Component
class ReceivingInterventions implements MessageHandler {

  private final WarningRows rows;
  private final WarningMessages messages;

  ReceivingInterventions(WarningRows rows, WarningMessages messages) {
    this.rows = rows;
    this.messages = messages;
  }

  @Override
  public String type() {
    return WarningMessages.INTERVENTION;
  }

  @Override
  public void handle(ReceivedMessage message) {
    Intervention intervention = messages.read(message.payloadJson(), Intervention.class);
    WarningRows.Row sent = rows.find(intervention.warningId(), WarningRows.Side.SENT)
        .orElseThrow(() -> new IllegalArgumentException("No warning " + intervention.warningId() + " was sent from here"));
    String sender = message.senderNode().value();
    if (!sent.warning().receiverNode().equals(sender) || !intervention.node().equals(sender)) {
      throw new IllegalArgumentException("Warning " + intervention.warningId() + " went to " + sent.warning().receiverNode() + ", not to " + sender);
    }
    rows.addIntervention(intervention);
  }
}
