package cn.deltalink.register.internal;

import cn.deltalink.region.AgencyCode;

import cn.deltalink.platform.NodeId;

import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeSettings;
import cn.deltalink.region.Agencies;
import cn.deltalink.register.RegisterEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers {@code register.resync-requested}: sends the asking node the current version of every
 * entry this node owns in that register and addressed to it. The receiver keeps only what is newer,
 * so an answer to a node that already holds everything changes nothing there.
 */
@Component
class AnsweringResync implements MessageHandler {

  private static final Logger log = LoggerFactory.getLogger(AnsweringResync.class);

  private final Exchange exchange;
  private final RegisterEntries entries;
  private final RegisterMessages messages;
  private final Agencies agencies;
  private final NodeSettings node;

  AnsweringResync(Exchange exchange, RegisterEntries entries, RegisterMessages messages, Agencies agencies, NodeSettings node) {
    this.agencies = agencies;
    this.node = node;
    this.exchange = exchange;
    this.entries = entries;
    this.messages = messages;
  }

  @Override
  public String type() {
    return RegisterMessages.RESYNC_REQUESTED;
  }

  @Override
  public void handle(ReceivedMessage message) {
    String register = messages.readResyncRequested(message.payloadJson());
    String asking = message.senderNode().value();
    Map<HandlingCode, List<RegisterEntry>> byCode = new LinkedHashMap<>();
    entries.forEachOwned(
        register,
        exchange.localNode().value(),
        stored -> {
          if (stored.addressedTo(asking)) {
            byCode.computeIfAbsent(stored.handlingCode(), c -> new ArrayList<>()).add(stored.entry());
          }
        });
    byCode.forEach(
        (code, list) -> {
          for (String payload : messages.published(register, false, List.of(asking), list)) {
            exchange.send(new OutgoingMessage(RegisterMessages.PUBLISHED, Recipients.of(NodeId.of(asking)), code, "登记簿重新同步", AgencyCode.of(ownAgency()), payload, message.id()));
          }
        });
    log.info("Resync of register {} for {}: {} entries queued", register, asking, byCode.values().stream().mapToInt(List::size).sum());
  }

  /** The answer goes out under this node's own provincial department. */
  private String ownAgency() {
    return agencies.provincialDepartment(node.province()).code();
  }
}
