package cn.deltalink.register.internal;

import cn.deltalink.region.AgencyCode;

import cn.deltalink.platform.NodeId;

import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.register.RegisterEntry;
import cn.deltalink.register.ReplicaDigest;
import cn.deltalink.register.SharedRegister;
import cn.deltalink.exchange.Recipients;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Publishes this node's entries: stores each version and queues it, in the caller's transaction. */
@Service
class PublishingEntries implements SharedRegister {

  private final Exchange exchange;
  private final RegisterEntries entries;
  private final RegisterMessages messages;

  PublishingEntries(Exchange exchange, RegisterEntries entries, RegisterMessages messages) {
    this.exchange = exchange;
    this.entries = entries;
    this.messages = messages;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void publish(List<RegisterEntry> published, Recipients recipients, HandlingCode handlingCode, String purpose, String senderAgency) {
    String self = exchange.localNode().value();
    Map<String, List<RegisterEntry>> byRegister = published.stream().collect(Collectors.groupingBy(RegisterEntry::register));
    for (var register : byRegister.entrySet()) {
      List<RegisterEntry> list = register.getValue();
      if (list.stream().anyMatch(e -> !e.ownerNode().equals(self))) {
        throw new IllegalArgumentException("A node publishes only the entries it owns");
      }
      if (list.stream().map(RegisterEntry::id).distinct().count() < list.size()) {
        throw new IllegalArgumentException("A publication carries each entry once");
      }
      Map<UUID, RegisterEntries.Held> held = entries.held(register.getKey(), list.stream().map(RegisterEntry::id).toList());
      for (RegisterEntry e : list) {
        RegisterEntries.Held h = held.get(e.id());
        if (h != null && h.version() >= e.version()) {
          throw new IllegalStateException("Entry " + e.id() + " is at version " + h.version() + " already; " + e.version() + " is not newer");
        }
      }
      entries.store(list, recipients.everyone(), recipients.nodes().stream().map(NodeId::value).toList(), handlingCode, Instant.now().truncatedTo(ChronoUnit.MICROS));
      send(register.getKey(), list, recipients, handlingCode, purpose, senderAgency);
    }
  }

  void send(String register, List<RegisterEntry> list, Recipients recipients, HandlingCode handlingCode, String purpose, String senderAgency) {
    for (String payload : messages.published(register, recipients.everyone(), recipients.nodes().stream().map(NodeId::value).toList(), list)) {
      exchange.send(new OutgoingMessage(RegisterMessages.PUBLISHED, recipients, handlingCode, purpose, AgencyCode.of(senderAgency), payload, null));
    }
  }

  @Override
  @Transactional(readOnly = true)
  public List<ReplicaDigest> digest(String register) {
    return entries.digest(register);
  }

  @Override
  @Transactional
  public void requestResync(String register, String senderAgency) {
    exchange.send(new OutgoingMessage(RegisterMessages.RESYNC_REQUESTED, Recipients.everyMember(), HandlingCode.H0, "登记簿重新同步", AgencyCode.of(senderAgency), messages.resyncRequested(register), null));
  }

  @Override
  @Transactional(readOnly = true)
  public long versionOf(String register, UUID id) {
    return entries.version(register, id);
  }
}
