package cn.deltalink.register.internal;

import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.RegisterReplica;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes {@code register.published} messages: keeps each entry version that is newer than the one
 * held (so messages may arrive twice or out of order), and hands those to the register's replica.
 * An entry that another node owns here is ignored: only its owner changes it.
 */
@Component
class ReceivingEntries implements MessageHandler {

  private static final Logger log = LoggerFactory.getLogger(ReceivingEntries.class);

  private final RegisterEntries entries;
  private final RegisterMessages messages;
  private final Map<String, RegisterReplica> replicas;

  ReceivingEntries(RegisterEntries entries, RegisterMessages messages, List<RegisterReplica> replicas) {
    this.entries = entries;
    this.messages = messages;
    this.replicas = replicas.stream().collect(Collectors.toMap(RegisterReplica::register, Function.identity()));
  }

  @Override
  public String type() {
    return RegisterMessages.PUBLISHED;
  }

  @Override
  public void handle(ReceivedMessage message) {
    RegisterMessages.Published published = messages.readPublished(message.payloadJson(), message.senderNode().value());
    RegisterReplica replica = replicas.get(published.register());
    if (replica == null) {
      throw new IllegalArgumentException("This node keeps no register named '" + published.register() + "'");
    }
    Map<UUID, RegisterEntries.Held> held = entries.held(published.register(), published.entries().stream().map(RegisterEntry::id).toList());
    List<RegisterEntry> newer =
        published.entries().stream()
            .filter(
                e -> {
                  RegisterEntries.Held h = held.get(e.id());
                  if (h != null && !h.ownerNode().equals(e.ownerNode())) {
                    log.warn("Entry {} of register {} is owned by {}; {} may not change it", e.id(), e.register(), h.ownerNode(), e.ownerNode());
                    return false;
                  }
                  return h == null || h.version() < e.version();
                })
            .collect(Collectors.toMap(RegisterEntry::id, Function.identity(), (a, b) -> a.version() >= b.version() ? a : b, java.util.LinkedHashMap::new))
            .values()
            .stream()
            .toList();
    if (newer.isEmpty()) {
      return;
    }
    entries.store(newer, published.toAll(), published.targets(), message.handlingCode(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    replica.apply(newer);
  }
}
