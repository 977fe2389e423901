package cn.deltalink.fraud.internal.warning;

import static cn.deltalink.fraud.internal.Refused.rule;

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
      throw rule("fraud.refused.received.sender", warning.id(), warning.senderNode(), message.senderNode().value());
    }
    String self = exchange.localNode().value();
    if (!warning.receiverNode().equals(self) || !provinces.nodeFor(warning.branchDivisionCode()).value().equals(self)) {
      throw rule("fraud.refused.received.province", warning.id());
    }
    rows.add(warning, WarningRows.Side.RECEIVED, message.id(), Instant.now().truncatedTo(ChronoUnit.MICROS));
  }
}
