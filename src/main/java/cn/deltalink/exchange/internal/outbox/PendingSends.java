package cn.deltalink.exchange.internal.outbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The envelopes one transaction has sent and not yet written: they are written together just
 * before the transaction commits (still inside it, so they leave only if it commits), or earlier
 * once they hold more than 1 MiB of payload, and the dispatcher is woken after the commit. Bound to the transaction like Spring's own resources, and
 * set aside while a REQUIRES_NEW transaction runs inside it.
 *
 * <p>Savepoints (nested transactions): Spring reports a savepoint after creating it and a rollback
 * to one, but not its release. Once this transaction has created a savepoint, later sends are
 * written at once, so that the database undoes them if their savepoint is rolled back; what was
 * held back before stays held back and is written at commit, outside every savepoint. A rollback to
 * a savepoint created before this object existed drops everything held back, all of it sent after
 * that savepoint.
 */
final class PendingSends implements TransactionSynchronization {

  /** Payload bytes held before they are written without waiting for the commit (a bulletin's attachment parts add up). */
  private static final long HOLD_AT_MOST_BYTES = 1 << 20;

  private final Object key;
  private final OutboxWriter writer;
  private final Consumer<String> wake;
  private final List<OutboxWriter.Queued> held = new ArrayList<>();
  private final Set<String> peers = new LinkedHashSet<>();
  private final Set<Object> savepointsSeen = Collections.newSetFromMap(new IdentityHashMap<>());
  private long heldBytes;
  /** Set once the commit has begun: a send from another synchronization's beforeCommit is written at once. */
  private boolean committing;

  private PendingSends(Object key, OutboxWriter writer, Consumer<String> wake) {
    this.key = key;
    this.writer = writer;
    this.wake = wake;
  }

  /** The current transaction's pending sends for {@code key}, registered with it on first use. */
  static PendingSends of(Object key, OutboxWriter writer, Consumer<String> wake) {
    PendingSends pending = (PendingSends) TransactionSynchronizationManager.getResource(key);
    if (pending == null) {
      pending = new PendingSends(key, writer, wake);
      TransactionSynchronizationManager.bindResource(key, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    return pending;
  }

  /** The envelope with this id if the current transaction has sent it and not yet written it. */
  static Optional<OutboxWriter.Queued> held(Object key, UUID messageId) {
    if (TransactionSynchronizationManager.getResource(key) instanceof PendingSends pending) {
      return pending.held.stream().filter(q -> q.envelope().id().equals(messageId)).findFirst();
    }
    return Optional.empty();
  }

  void add(OutboxWriter.Queued envelope) {
    if (savepointsSeen.isEmpty() && !committing) {
      held.add(envelope);
      heldBytes += envelope.envelope().payloadBytes();
      if (heldBytes > HOLD_AT_MOST_BYTES) {
        // safe before commit too: no savepoint of ours is open, and one opened before this object
        // existed is one that everything held was sent after
        writeHeld();
      }
    } else {
      writer.write(List.of(envelope));
    }
    peers.addAll(envelope.peers());
  }

  private void writeHeld() {
    writer.write(List.copyOf(held));
    held.clear();
    heldBytes = 0;
  }

  @Override
  public void savepoint(Object savepoint) {
    savepointsSeen.add(savepoint);
  }

  @Override
  public void savepointRollback(Object savepoint) {
    if (!savepointsSeen.contains(savepoint)) {
      held.clear();
      heldBytes = 0;
    }
  }

  @Override
  public void beforeCommit(boolean readOnly) {
    committing = true;
    writeHeld();
  }

  @Override
  public void suspend() {
    TransactionSynchronizationManager.unbindResource(key);
  }

  @Override
  public void resume() {
    TransactionSynchronizationManager.bindResource(key, this);
  }

  @Override
  public void afterCommit() {
    peers.forEach(wake);
  }

  @Override
  public void afterCompletion(int status) {
    TransactionSynchronizationManager.unbindResourceIfPossible(key);
  }
}
