package cn.deltalink.publicservices.internal.application;

import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which node serves which province, and sending an application's messages to the other nodes
 * involved (inside the caller's transaction, through the exchange's outbox). Messages are H2: not to
 * be passed on without the sender's permission.
 */
@Component
public class Routing {

  private final Exchange exchange;
  private final ApplicationMessages messages;

  Routing(Exchange exchange, ApplicationMessages messages) {
    this.exchange = exchange;
    this.messages = messages;
  }

  public String self() {
    return exchange.localNode().value();
  }

  public String provinceOf(String node) {
    return exchange.members().stream().filter(m -> m.id().value().equals(node)).map(Exchange.Member::province).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No member " + node + " in the member directory"));
  }

  public Optional<String> nodeOf(String province) {
    return exchange.members().stream().filter(m -> m.province().equals(province)).map(m -> m.id().value()).findFirst();
  }

  /** The provinces of the other members, in directory order. */
  public List<String> otherProvinces() {
    return exchange.members().stream().filter(m -> !m.id().value().equals(self())).map(Exchange.Member::province).toList();
  }

  public boolean isMember(String node) {
    return exchange.members().stream().anyMatch(m -> m.id().value().equals(node));
  }

  /** Sends to the given nodes other than this one; answers the message id, or empty when nobody else is addressed. */
  public Optional<UUID> send(String type, List<String> nodes, Object payload, AgencyCode agency) {
    List<NodeId> others = nodes.stream().filter(n -> !n.equals(self())).distinct().map(NodeId::of).toList();
    if (others.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(exchange.send(new OutgoingMessage(type, Recipients.of(others), HandlingCode.H2, ApplicationMessages.PURPOSE, agency, messages.write(payload), null)));
  }

  /** The delivery of the message that carried the application to the competent node. */
  public List<Exchange.Delivery> deliveries(UUID messageId) {
    return exchange.deliveries(messageId);
  }
}
