package cn.deltalink.exchange.internal.inbox;

import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.MessageHandler;
import cn.deltalink.exchange.ReceivedMessage;
import cn.deltalink.exchange.internal.ExchangeSettings;
import cn.deltalink.exchange.internal.WorkLocks;
import cn.deltalink.exchange.internal.Worker;
import cn.deltalink.exchange.internal.log.MessageLog;
import cn.deltalink.exchange.internal.peer.PeerClient;
import cn.deltalink.platform.NodeId;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands received messages to the module that handles their type, exactly once: the handlers run
 * inside the transaction that marks their messages PROCESSED (a batch per transaction), so that
 * either both stay or neither. A batch is first tried without savepoints (two statements less per
 * message); only when a handler throws is the batch rolled back and redone one savepoint per
 * message, so that a handler that throws leaves nothing behind, the message shows FAILED with the
 * reason and the rest of the batch is processed. A type nobody handles shows FAILED "no handler".
 * Only one processor works on a database at a time (advisory lock), so that several instances of a
 * node may share it.
 */
@Component
class InboxProcessor implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);
  private static final int BATCH = 100;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate outer;
  private final TransactionTemplate nested;
  private final ObjectProvider<MessageHandler> handlerBeans;
  private final Worker worker;
  private volatile Map<String, MessageHandler> handlers = Map.of();

  InboxProcessor(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<MessageHandler> handlerBeans, ExchangeSettings settings) {
    this.jdbc = jdbc;
    this.outer = new TransactionTemplate(transactions);
    this.nested = new TransactionTemplate(transactions);
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.handlerBeans = handlerBeans;
    this.worker = new Worker("exchange-inbox", settings.pollInterval().toMillis(), this::processBatch);
  }

  void wake() {
    worker.wake();
  }

  int processBatch() {
    try {
      return processBatch(false);
    } catch (HandlerFailed e) {
      return processBatch(true);
    }
  }

  /**
   * One batch in one transaction. Without savepoints, a failing handler aborts the whole batch
   * ({@link HandlerFailed}) and the caller redoes it with them: its messages are still RECEIVED then.
   */
  private int processBatch(boolean savepoints) {
    Integer done =
        outer.execute(
            s -> {
              // one processor per database at a time: a lock per batch, not a row lock per message (which would write every row once more)
              if (!WorkLocks.INBOX_PROCESSOR.tryTake(jdbc)) {
                return 0;
              }
              List<ReceivedMessage> batch = jdbc.query("select * from exchange_inbox where state = 'RECEIVED' order by received_at limit " + BATCH, (rs, i) -> message(rs));
              List<String> processed = new ArrayList<>(batch.size());
              for (ReceivedMessage m : batch) {
                if (process(m, savepoints)) {
                  processed.add(m.id().toString());
                }
              }
              if (!processed.isEmpty()) {
                jdbc.update(
                    "update exchange_inbox i set state = 'PROCESSED', processed_at = clock_timestamp() from unnest(cast(? as uuid[])) as p(id) where i.id = p.id",
                    (Object) processed.toArray(String[]::new));
              }
              return batch.size();
            });
    return done == null ? 0 : done;
  }

  /** True when the handler succeeded (the message is then marked PROCESSED with the rest of the batch). */
  private boolean process(ReceivedMessage message, boolean savepoints) {
    MessageHandler handler = handlers.get(message.type());
    if (handler == null) {
      fail(message.id(), "no handler for the type " + message.type() + " on this node");
      return false;
    }
    if (!savepoints) {
      try {
        handler.handle(message);
        return true;
      } catch (RuntimeException e) {
        throw new HandlerFailed(e);
      }
    }
    try {
      nested.executeWithoutResult(s -> handler.handle(message));
      return true;
    } catch (RuntimeException e) {
      log.warn("Handler for {} failed on message {} from {}: {}", message.type(), message.id(), message.senderNode(), e.toString());
      fail(message.id(), "the handler failed: " + PeerClient.describe(e));
      return false;
    }
  }

  /** A handler threw in a batch without savepoints: the batch is rolled back and redone with them. */
  private static final class HandlerFailed extends RuntimeException {
    HandlerFailed(RuntimeException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private void fail(UUID id, String reason) {
    jdbc.update("update exchange_inbox set state = 'FAILED', processed_at = clock_timestamp(), last_error = ? where id = ?", MessageLog.clip(reason), id);
  }

  private static ReceivedMessage message(java.sql.ResultSet rs) throws java.sql.SQLException {
    String correlation = rs.getString("correlation_id");
    return new ReceivedMessage(
        rs.getObject("id", UUID.class),
        rs.getString("type"),
        NodeId.of(rs.getString("sender_node")),
        rs.getString("sender_agency"),
        HandlingCode.valueOf(rs.getString("handling_code")),
        rs.getString("purpose"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        correlation == null ? null : UUID.fromString(correlation),
        rs.getString("payload"));
  }

  @Override
  public void start() {
    Map<String, MessageHandler> byType = new HashMap<>();
    handlerBeans.orderedStream()
        .forEach(
            h -> {
              MessageHandler other = byType.putIfAbsent(h.type(), h);
              if (other != null) {
                throw new IllegalStateException("Two handlers take the message type " + h.type() + ": " + other.getClass().getName() + " and " + h.getClass().getName());
              }
            });
    handlers = Map.copyOf(byType);
    worker.start();
  }

  @Override
  public void stop() {
    worker.stop();
  }

  @Override
  public boolean isRunning() {
    return worker.isRunning();
  }
}
