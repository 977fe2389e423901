package cn.deltalink.casework.internal;

import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.platform.NodeId;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages of a joint case that arrived before their subject (ADR 041). Messages of one sender and of
 * different senders may arrive in any order: a custody entry recorded at a third node can come before
 * the evidence item the lead node sends. Such a message is held, neither applied nor shown, and
 * handled again by the handler of its type as soon as its subject (a case or an evidence item) is
 * stored here, in the same transaction.
 */
@Component
public class WaitingMessages {

  /** How many messages one sender may have waiting here: a node that sends for subjects that never come is stopped there. */
  static final int PER_SENDER = 10_000;

  private static final Logger log = LoggerFactory.getLogger(WaitingMessages.class);

  private final JdbcTemplate jdbc;
  private final ObjectProvider<MessageHandler> handlers;
  private final CaseworkClock clock;
  private final TransactionTemplate nested;

  WaitingMessages(JdbcTemplate jdbc, ObjectProvider<MessageHandler> handlers, CaseworkClock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.handlers = handlers;
    this.clock = clock;
    this.nested = new TransactionTemplate(transactions);
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Keeps a message until {@code subject} arrives; a repeat of a held message changes nothing. */
  public void hold(ReceivedMessage message, UUID subject) {
    Integer waiting = jdbc.queryForObject("select count(*) from casework_waiting_message where sender_node = ?", Integer.class, message.senderNode().value());
    if (waiting != null && waiting >= PER_SENDER) {
      throw new IllegalArgumentException("Node " + message.senderNode() + " has " + waiting + " messages waiting here for what never came; " + subject + " is not known here");
    }
    jdbc.update(
        """
        insert into casework_waiting_message (message_id, waits_for, type, sender_node, sender_agency, handling_code, purpose, created_at, payload, held_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (message_id) do nothing
        """,
        message.id(), subject, message.type(), message.senderNode().value(), message.senderAgency(), message.handlingCode().name(), message.purpose(),
        Timestamp.from(message.createdAt()), message.payloadJson(), Timestamp.from(clock.now()));
  }

  /**
   * Handles again every message that waited for {@code subject}, oldest first, each in a savepoint:
   * one that fails now (its sender takes no part in the case, say) is dropped with a warning and does
   * not undo the arrival of the subject.
   */
  public void arrived(UUID subject) {
    List<ReceivedMessage> held =
        jdbc.query(
            "delete from casework_waiting_message where waits_for = ? returning *",
            (rs, i) ->
                new ReceivedMessage(
                    rs.getObject("message_id", UUID.class), rs.getString("type"), NodeId.of(rs.getString("sender_node")), rs.getString("sender_agency"),
                    HandlingCode.valueOf(rs.getString("handling_code")), rs.getString("purpose"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), null,
                    rs.getString("payload")),
            subject);
    if (held.isEmpty()) {
      return;
    }
    Map<String, MessageHandler> byType = handlers.orderedStream().collect(Collectors.toMap(MessageHandler::type, Function.identity(), (a, b) -> a));
    held.stream().sorted(java.util.Comparator.comparing(ReceivedMessage::createdAt)).forEach(m -> {
      MessageHandler handler = byType.get(m.type());
      if (handler == null) {
        log.warn("Message {} of type {} waited for {} but no handler takes its type", m.id(), m.type(), subject);
        return;
      }
      try {
        nested.executeWithoutResult(s -> handler.handle(m));
      } catch (RuntimeException e) {
        log.warn("Message {} ({}) from {} that waited for {} is refused now: {}", m.id(), m.type(), m.senderNode(), subject, e.toString());
      }
    });
  }

  /** How many messages wait for a subject (pages and verification say so). */
  public int waitingFor(UUID subject) {
    Integer n = jdbc.queryForObject("select count(*) from casework_waiting_message where waits_for = ?", Integer.class, subject);
    return n == null ? 0 : n;
  }
}
