package cn.deltalink;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The one way tests wait for something that happens on another thread or node: poll a condition until
 * it holds, for a bounded time, and fail saying what did not happen. Never a fixed sleep.
 */
public final class Eventually {

  /** Long enough for a loaded two-core machine running several nodes; a passing test waits far less. */
  public static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final long POLL_MILLIS = 100;

  private Eventually() {}

  /** Waits until the condition holds, at most {@link #PATIENCE}; {@code what} says what was awaited. */
  public static void until(String what, BooleanSupplier condition) {
    until(what, condition, PATIENCE);
  }

  public static void until(String what, BooleanSupplier condition, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("Waited " + patience.toSeconds() + " s, but never: " + what);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting until: " + what, e);
      }
    }
  }
}
