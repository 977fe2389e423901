package cn.deltalink.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * instead: when the node is stopped while it is still starting (Spring closes a context only after
 * its start-up ends, which then fails only after the pool's connection timeout), or when the context
 * has not stopped the database within the grace period, it stops PostgreSQL itself, so that no
 * server outlives its node, and a launched node then ends the JVM at once. (In a JVM that hosts
 * nodes without the launcher, such as the tests', the hook only waits for the contexts to close,
 * at most two minutes, before it stops the database.) Nothing committed is lost: PostgreSQL's fast
 * shutdown rolls back only open transactions, and the outbox resumes from the database on the next
 * start.
 */
final class DatabaseStop implements ApplicationListener<ContextRefreshedEvent> {

  private static final Logger log = LoggerFactory.getLogger(DatabaseStop.class);

  /** Set by {@link NodeLauncher}: a node process of its own may end its JVM; a test JVM may not. */
  private static volatile boolean haltWhenStuck;

  private final EmbeddedPostgres postgres;
  private final String node;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean started;
  private final Thread hook;

  private DatabaseStop(EmbeddedPostgres postgres, String node, Duration grace) {
    this.postgres = postgres;
    this.node = node;
    this.hook = new Thread(() -> onJvmExit(grace), "database-stop-" + node);
  }

  static DatabaseStop guarding(EmbeddedPostgres postgres, String node, Duration grace) {
    DatabaseStop stop = new DatabaseStop(postgres, node, grace);
    Runtime.getRuntime().addShutdownHook(stop.hook);
    return stop;
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
    return postgres;
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
      postgres.close();
      log.info("Embedded PostgreSQL of node {} stopped", node);
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
