package cn.deltalink.fraud.internal.warning;

import static cn.deltalink.fraud.internal.Refused.rule;

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
        .orElseThrow(() -> rule("fraud.refused.received.notSent", intervention.warningId()));
    String sender = message.senderNode().value();
    if (!sent.warning().receiverNode().equals(sender) || !intervention.node().equals(sender)) {
      throw rule("fraud.refused.received.receiver", intervention.warningId(), sent.warning().receiverNode(), sender);
    }
    rows.addIntervention(intervention);
  }
}
