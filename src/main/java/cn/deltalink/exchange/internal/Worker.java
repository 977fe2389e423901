package cn.deltalink.exchange.internal;

import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background thread that repeats a unit of work: at once again while the work finds something to
 * do, otherwise after a short pause (longer once it has been idle for a while, so that an idle node
 * costs next to nothing) or as soon as someone wakes it. Failures are logged and the
 * thread goes on after the pause, because a database or peer that is down now is back later.
 */
public final class Worker {

  private static final Logger log = LoggerFactory.getLogger(Worker.class);

  /** A worker that found nothing this many times in a row looks less often (it is still woken at once). */
  private static final int IDLE_ROUNDS_BEFORE_SLOWING = 20;

  private static final int SLOW_FACTOR = 4;

  private static final long STOP_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(3);

  private final String name;
  private final long idleMillis;
  private final IntSupplier work;
  private final Object signal = new Object();
  private volatile boolean running;
  private boolean woken;
  private Thread thread;

  public Worker(String name, long idleMillis, IntSupplier work) {
    this.name = name;
    this.idleMillis = idleMillis;
    this.work = work;
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, name);
    thread.setDaemon(true);
    thread.start();
  }

  public void stop() {
    Thread t;
    synchronized (this) {
      running = false;
      t = thread;
    }
    if (t != null) {
      wake();
      try {
        // a round ends within a request timeout; a node that stops does not wait that long (issue 7
        // §6): the round's transaction then rolls back and its work is done again after the restart
        t.join(STOP_WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public boolean isRunning() {
    return running;
  }

  public void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  private void loop() {
    int idleRounds = 0;
    while (running) {
      int done = 0;
      try {
        done = work.getAsInt();
      } catch (RuntimeException e) {
        log.warn("{}: {}", name, e.toString());
      }
      idleRounds = done == 0 ? idleRounds + 1 : 0;
      if (done == 0 && running) {
        pause(idleRounds > IDLE_ROUNDS_BEFORE_SLOWING ? idleMillis * SLOW_FACTOR : idleMillis);
      }
    }
  }

  private void pause(long millis) {
    synchronized (signal) {
      if (!woken) {
        try {
          signal.wait(millis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
      woken = false;
    }
  }
}
