package cn.deltalink.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Stops the node's embedded PostgreSQL last: after the Spring context has stopped the workers and
 * closed the connection pool, as the context's last bean to be destroyed.
 *
 * <p>The library's own shutdown hook is off, because the JVM runs all hooks at once: PostgreSQL was
 * stopped while the node was still stopping, and every worker and the log sealer's last round then
 * waited 30 s for a connection that never came (issue 7 §6). This class's hook is the safety net
 * instead. It is registered before the server starts: a stop signal between the server's start and
 * the hook's registration had left the server running with no one to stop it. When the node is
 * stopped while it is still starting (Spring closes a context only after its start-up ends, which
 * then fails only after the pool's connection timeout), or when the context has not stopped the
 * database within the grace period, the hook stops PostgreSQL itself, so that no server outlives its
 * node, and a launched node then ends the JVM at once. (In a JVM that hosts nodes without the
 * launcher, such as the tests', the hook only waits for the contexts to close, at most two minutes,
 * before it stops the database.) Nothing committed is lost: PostgreSQL's fast shutdown rolls back
 * only open transactions, and the outbox resumes from the database on the next start. A fast
 * shutdown that has not ended 10 s after it began (its checkpoint writes out what a large import
 * left in memory) becomes an immediate one, whose next start replays the log instead.
 */
final class DatabaseStop implements ApplicationListener<ContextRefreshedEvent> {

  private static final Logger log = LoggerFactory.getLogger(DatabaseStop.class);

  /** Set by {@link NodeLauncher}: a node process of its own may end its JVM; a test JVM may not. */
  private static volatile boolean haltWhenStuck;

  /** How much longer than the library's 5 s a fast shutdown may take before it is made immediate. */
  private static final Duration SHUTDOWN_CHECKPOINT_PATIENCE = Duration.ofSeconds(5);

  private final String node;
  private final CountDownLatch stopped = new CountDownLatch(1);
  /** Counted down once the server has started, or failed to. */
  private final CountDownLatch handedOver = new CountDownLatch(1);
  private volatile @Nullable EmbeddedPostgres postgres;
  private volatile Optional<Postmaster> server = Optional.empty();
  private volatile boolean started;
  private final Thread hook;

  private DatabaseStop(String node, Duration grace) {
    this.node = node;
    this.hook = new Thread(() -> onJvmExit(grace), "database-stop-" + node);
  }

  /** How the caller starts the server. */
  interface Start {
    EmbeddedPostgres server() throws IOException;
  }

  /**
   * Starts the server under this guard. The hook is in place before the server starts: a node
   * stopped in between would otherwise leave its server running with no one to stop it.
   */
  static DatabaseStop guarding(String node, Duration grace, Start start) throws IOException {
    DatabaseStop stop = new DatabaseStop(node, grace);
    try {
      Runtime.getRuntime().addShutdownHook(stop.hook);
    } catch (IllegalStateException shuttingDown) {
      throw new IllegalStateException("Node " + node + " is stopping: its PostgreSQL is not started", shuttingDown);
    }
    try {
      EmbeddedPostgres postgres = start.server();
      stop.server = Postmaster.of(postgres);
      stop.postgres = postgres;
      return stop;
    } finally {
      stop.handedOver.countDown();
    }
  }

  private void awaitStopped(Duration wait) {
    try {
      stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void haltWhenStuck() {
    haltWhenStuck = true;
  }

  @Override
  public void onApplicationEvent(ContextRefreshedEvent event) {
    started = true;
  }

  EmbeddedPostgres postgres() {
    EmbeddedPostgres running = postgres;
    if (running == null) {
      throw new IllegalStateException("The PostgreSQL of node " + node + " did not start");
    }
    return running;
  }

  /** The context's last act: everything that used the database has stopped. */
  void stop() {
    if (stopped.getCount() == 0) {
      return;
    }
    close();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or about to: it finds the database stopped and returns
    }
  }

  private synchronized void close() {
    if (stopped.getCount() == 0) {
      return;
    }
    try {
      // a stop during the server's start waits for the start (bounded by the start's own wait)
      handedOver.await(2, TimeUnit.MINUTES);
      EmbeddedPostgres postgres = this.postgres;
      if (postgres == null) {
        return;
      }
      postgres.close();
      if (server.isPresent() && !server.get().awaitEnd(SHUTDOWN_CHECKPOINT_PATIENCE)) {
        log.warn("Embedded PostgreSQL of node {} is still shutting down: stopping it immediately", node);
        server.get().stopImmediately();
        server.get().awaitEnd(SHUTDOWN_CHECKPOINT_PATIENCE);
      }
      log.info("Embedded PostgreSQL of node {} stopped", node);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL of node {} did not stop cleanly: {}", node, e.getMessage());
    } finally {
      stopped.countDown();
    }
  }

  private void onJvmExit(Duration grace) {
    if (!haltWhenStuck) {
      // a test JVM or another host closes its contexts one after the other: stopping a database under
      // a context that is still to be closed would only make that close wait for connections
      awaitStopped(Duration.ofMinutes(2));
      close();
      return;
    }
    if (!started) {
      log.warn("Node {} is stopped while it is starting: stopping its PostgreSQL now", node);
    } else {
      try {
        if (stopped.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      log.warn("Node {} did not stop within {} s: stopping its PostgreSQL now", node, grace.toSeconds());
    }
    close();
    // the database is down and nothing else in the node holds state worth waiting for
    Runtime.getRuntime().halt(143);
  }
}
