package cn.deltalink.exchange.internal;

import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background thread that repeats a unit of work: at once again while the work finds something to
 * do, otherwise after a short pause or as soon as someone wakes it. Failures are logged and the
 * thread goes on after the pause, because a database or peer that is down now is back later.
 */
final class Worker {

  private static final Logger log = LoggerFactory.getLogger(Worker.class);

  private final String name;
  private final long idleMillis;
  private final IntSupplier work;
  private final Object signal = new Object();
  private volatile boolean running;
  private boolean woken;
  private Thread thread;

  Worker(String name, long idleMillis, IntSupplier work) {
    this.name = name;
    this.idleMillis = idleMillis;
    this.work = work;
  }

  synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, name);
    thread.setDaemon(true);
    thread.start();
  }

  void stop() {
    Thread t;
    synchronized (this) {
      running = false;
      t = thread;
    }
    if (t != null) {
      wake();
      try {
        t.join(TimeUnit.SECONDS.toMillis(20));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  boolean isRunning() {
    return running;
  }

  void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  private void loop() {
    while (running) {
      int done = 0;
      try {
        done = work.getAsInt();
      } catch (RuntimeException e) {
        log.warn("{}: {}", name, e.toString());
      }
      if (done == 0 && running) {
        pause();
      }
    }
  }

  private void pause() {
    synchronized (signal) {
      if (!woken) {
        try {
          signal.wait(idleMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
      woken = false;
    }
  }
}
