package cn.deltalink.exchange.internal.outbox;

import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.exchange.internal.core.Envelope;
import cn.deltalink.exchange.internal.core.EnvelopeJson;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.core.Timestamps;
import cn.deltalink.exchange.internal.core.UuidV7;
import cn.deltalink.exchange.internal.delivery.Dispatcher;
import cn.deltalink.exchange.internal.directory.NodeIdentity;
import cn.deltalink.exchange.internal.directory.TrustedDirectory;
import cn.deltalink.exchange.internal.query.HitQueries;
import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The exchange as modules see it. {@link #send} signs the envelope and writes it with one delivery
 * row per recipient into the outbox inside the caller's transaction (transactional outbox, ADR
 * 010): the message leaves only if the caller's change commits, and the dispatcher is woken right
 * after that commit. The envelopes of one transaction are written together just before it commits
 * ({@link PendingSends}), one statement for all of them.
 */
@Component
class TransactionalOutbox implements Exchange {

  private final JdbcTemplate jdbc;
  private final NodeIdentity identity;
  private final TrustedDirectory directory;
  private final ExchangeSettings settings;
  private final Dispatcher dispatcher;
  private final HitQueries queries;
  private final OutboxWriter writer;
  /** This outbox's key for its pending sends in a transaction (several nodes may share a JVM). */
  private final Object pendingKey = new Object();

  TransactionalOutbox(JdbcTemplate jdbc, NodeIdentity identity, TrustedDirectory directory, ExchangeSettings settings, Dispatcher dispatcher, HitQueries queries, OutboxWriter writer) {
    this.jdbc = jdbc;
    this.writer = writer;
    this.identity = identity;
    this.directory = directory;
    this.settings = settings;
    this.dispatcher = dispatcher;
    this.queries = queries;
  }

  /** {@inheritDoc} A named recipient equal to this node itself is skipped: nothing travels to oneself. */
  @Override
  @Transactional(propagation = Propagation.REQUIRED)
  public UUID send(OutgoingMessage message) {
    Set<String> peers = new LinkedHashSet<>();
    List<String> recipients;
    if (message.recipients().everyone()) {
      directory.peers().forEach(p -> peers.add(p.id()));
      recipients = List.of(Envelope.ALL);
    } else {
      for (NodeId id : message.recipients().nodes()) {
        String node = id.value();
        if (directory.member(node).isEmpty()) {
          throw new IllegalArgumentException("The member directory has no node '" + node + "'");
        }
        if (!node.equals(identity.id())) {
          peers.add(node);
        }
      }
      recipients = message.recipients().nodes().stream().map(NodeId::value).distinct().toList();
    }
    requireJson(message.payloadJson());
    Envelope envelope =
        Envelope.signed(
            UuidV7.next(),
            message.type(),
            identity.id(),
            message.senderAgency().value(),
            recipients,
            Timestamps.now(),
            message.correlationId(),
            message.handlingCode(),
            message.purpose(),
            message.payloadJson(),
            identity.privateKey());
    if (envelope.payloadBytes() > settings.maxPayloadBytes()) {
      throw new IllegalArgumentException("The payload has " + envelope.payloadBytes() + " bytes; a message carries at most " + settings.maxPayloadBytes());
    }
    OutboxWriter.Queued queued = new OutboxWriter.Queued(envelope, peers);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      PendingSends.of(pendingKey, writer, dispatcher::wake).add(queued);
    } else {
      writer.write(List.of(queued));
      peers.forEach(dispatcher::wake);
    }
    return envelope.id();
  }

  @Override
  public List<Delivery> deliveries(UUID messageId) {
    Optional<OutboxWriter.Queued> held = PendingSends.held(pendingKey, messageId);
    if (held.isPresent()) {
      Instant queued = held.get().envelope().createdAt();
      return held.get().peers().stream().sorted().map(peer -> new Delivery(NodeId.of(peer), DeliveryState.QUEUED, queued, null, 0, null)).toList();
    }
    return jdbc.query("select peer, state, queued_at, acknowledged_at, attempts, last_error from exchange_delivery where message_id = ? order by peer", (rs, i) -> delivery(rs), messageId);
  }

  @Override
  public Map<UUID, List<Delivery>> deliveries(Collection<UUID> messageIds) {
    Map<UUID, List<Delivery>> byMessage = new LinkedHashMap<>();
    List<String> stored = new ArrayList<>();
    for (UUID id : messageIds) {
      byMessage.put(id, new ArrayList<>());
      if (PendingSends.held(pendingKey, id).isPresent()) {
        byMessage.put(id, deliveries(id));
      } else {
        stored.add(id.toString());
      }
    }
    if (!stored.isEmpty()) {
      jdbc.query(
          "select message_id, peer, state, queued_at, acknowledged_at, attempts, last_error from exchange_delivery where message_id = any (cast(? as uuid[])) order by message_id, peer",
          (RowCallbackHandler) rs -> byMessage.get(rs.getObject("message_id", UUID.class)).add(delivery(rs)),
          (Object) stored.toArray(String[]::new));
    }
    byMessage.replaceAll((id, list) -> List.copyOf(list));
    return byMessage;
  }

  private static Delivery delivery(ResultSet rs) throws SQLException {
    return new Delivery(
                NodeId.of(rs.getString("peer")),
                switch (rs.getString("state")) {
                  case "ACKNOWLEDGED" -> DeliveryState.DELIVERED;
                  case "FAILED" -> DeliveryState.FAILED;
                  default -> DeliveryState.QUEUED;
                },
                rs.getObject("queued_at", OffsetDateTime.class).toInstant(),
                instant(rs.getObject("acknowledged_at", OffsetDateTime.class)),
                rs.getInt("attempts"),
                rs.getString("last_error"));
  }

  @Override
  public List<PeerAnswer> query(String type, String identifierType, String identifier, String purpose, AgencyCode askingAgency, Duration timeout) {
    return queries.ask(type, identifierType, identifier, purpose, askingAgency.value(), timeout);
  }

  @Override
  public NodeId localNode() {
    return NodeId.of(identity.id());
  }

  @Override
  public List<Member> members() {
    return directory.directory().members().stream().map(TransactionalOutbox::member).toList();
  }

  private static Member member(MemberDirectory.Member m) {
    return new Member(NodeId.of(m.id()), m.province(), m.endpoint(), m.agencies());
  }

  private static void requireJson(String payload) {
    try {
      EnvelopeJson.requireDocument(payload);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The message cannot be sent: " + e.getMessage());
    }
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
