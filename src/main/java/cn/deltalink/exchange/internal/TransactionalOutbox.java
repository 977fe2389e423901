package cn.deltalink.exchange.internal;

import cn.deltalink.exchange.Exchange;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.internal.core.Envelope;
import cn.deltalink.exchange.internal.core.EnvelopeJson;
import cn.deltalink.exchange.internal.core.MemberDirectory;
import cn.deltalink.exchange.internal.core.Timestamps;
import cn.deltalink.exchange.internal.core.UuidV7;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The exchange as modules see it. {@link #send} signs the envelope and writes it with one delivery
 * row per recipient into the outbox inside the caller's transaction (transactional outbox, ADR
 * 010): the message leaves only if the caller's change commits, and the dispatcher is woken right
 * after that commit.
 */
@Component
class TransactionalOutbox implements Exchange {

  /**
   * The envelope, one delivery row per peer and the SENT log entry in one statement: one round
   * trip to the database per message, which is what limits a sender's rate.
   */
  private static final String ENQUEUE =
      """
      with envelope as (
        insert into exchange_outbox (id, type, sender_node, sender_agency, recipients, created_at, correlation_id, handling_code, purpose, payload, payload_digest, signature)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id, type, payload_digest, signature),
      deliveries as (
        insert into exchange_delivery (message_id, peer, state, queued_at, next_attempt_at)
        select envelope.id, peer, 'QUEUED', ?, now() from envelope, unnest(cast(? as varchar[])) as peer returning 1),
      logged as (
        insert into exchange_log (kind, message_id, peer, type, digest, signature, reference)
        select 'SENT', id, ?, type, payload_digest, signature, ? from envelope returning 1)
      select (select count(*) from deliveries)::int
      """;

  private final JdbcTemplate jdbc;
  private final NodeIdentity identity;
  private final TrustedDirectory directory;
  private final ExchangeSettings settings;
  private final Dispatcher dispatcher;
  private final HitQueries queries;

  TransactionalOutbox(JdbcTemplate jdbc, NodeIdentity identity, TrustedDirectory directory, ExchangeSettings settings, Dispatcher dispatcher, HitQueries queries) {
    this.jdbc = jdbc;
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
      for (String node : message.recipients().nodes()) {
        if (directory.member(node).isEmpty()) {
          throw new IllegalArgumentException("The member directory has no node '" + node + "'");
        }
        if (!node.equals(identity.id())) {
          peers.add(node);
        }
      }
      recipients = List.copyOf(new LinkedHashSet<>(message.recipients().nodes()));
    }
    requireJson(message.payloadJson());
    Envelope envelope =
        Envelope.signed(
            UuidV7.next(),
            message.type(),
            identity.id(),
            message.senderAgency(),
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
    Timestamp created = Timestamp.from(envelope.createdAt());
    jdbc.queryForObject(
        ENQUEUE,
        Integer.class,
        envelope.id(),
        envelope.type(),
        envelope.senderNode(),
        envelope.senderAgency(),
        String.join(",", envelope.recipients()),
        created,
        envelope.correlationId(),
        envelope.handlingCode().name(),
        envelope.purpose(),
        envelope.payload(),
        envelope.payloadDigest(),
        envelope.signature(),
        created,
        "{" + String.join(",", peers) + "}",
        String.join(",", peers),
        "outbox:" + envelope.id());
    wakeAfterCommit(peers);
    return envelope.id();
  }

  @Override
  public List<Delivery> deliveries(UUID messageId) {
    return jdbc.query(
        "select peer, state, queued_at, acknowledged_at, attempts, last_error from exchange_delivery where message_id = ? order by peer",
        (rs, i) ->
            new Delivery(
                rs.getString("peer"),
                switch (rs.getString("state")) {
                  case "ACKNOWLEDGED" -> DeliveryState.DELIVERED;
                  case "FAILED" -> DeliveryState.FAILED;
                  default -> DeliveryState.QUEUED;
                },
                rs.getObject("queued_at", OffsetDateTime.class).toInstant(),
                instant(rs.getObject("acknowledged_at", OffsetDateTime.class)),
                rs.getInt("attempts"),
                rs.getString("last_error")),
        messageId);
  }

  @Override
  public List<PeerAnswer> query(String type, String identifierType, String identifier, String purpose, String askingAgency, Duration timeout) {
    return queries.ask(type, identifierType, identifier, purpose, askingAgency, timeout);
  }

  @Override
  public String localNode() {
    return identity.id();
  }

  @Override
  public List<Member> members() {
    return directory.directory().members().stream().map(TransactionalOutbox::member).toList();
  }

  private static Member member(MemberDirectory.Member m) {
    return new Member(m.id(), m.province(), m.endpoint(), m.agencies());
  }

  private void wakeAfterCommit(Set<String> peers) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              peers.forEach(dispatcher::wake);
            }
          });
    } else {
      peers.forEach(dispatcher::wake);
    }
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
