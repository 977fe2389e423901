package cn.deltalink.fraud.internal.warning;

import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Takes a warning from another province: only one sent by the message's sender, addressed to this
 * node, on an account of this node's province.
 */
@Component
class ReceivingWarnings implements MessageHandler {

  private final WarningRows rows;
  private final WarningMessages messages;
  private final Exchange exchange;
  private final BranchProvinces provinces;

  ReceivingWarnings(WarningRows rows, WarningMessages messages, Exchange exchange, BranchProvinces provinces) {
    this.rows = rows;
    this.messages = messages;
    this.exchange = exchange;
    this.provinces = provinces;
  }

  @Override
  public String type() {
    return WarningMessages.WARNING;
  }

  @Override
  public void handle(ReceivedMessage message) {
    Warning warning = messages.read(message.payloadJson(), Warning.class);
    if (!warning.senderNode().equals(message.senderNode().value())) {
      throw new IllegalArgumentException("Warning " + warning.id() + " names " + warning.senderNode() + " as its sender, but came from " + message.senderNode());
    }
    String self = exchange.localNode().value();
    if (!warning.receiverNode().equals(self) || !provinces.nodeFor(warning.branchDivisionCode()).value().equals(self)) {
      throw new IllegalArgumentException("Warning " + warning.id() + " is on an account of another province than this node's");
    }
    rows.add(warning, WarningRows.Side.RECEIVED, message.id(), Instant.now().truncatedTo(ChronoUnit.MICROS));
  }
}
