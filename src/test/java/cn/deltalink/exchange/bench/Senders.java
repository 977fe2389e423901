package cn.deltalink.exchange.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** A load driver's senders: requests numbered 0 to count - 1, spread round robin over threads. */
public final class Senders {

  /** What was sent (the id each request answered with) and how long the sending took. */
  public record Sent(List<String> ids, Duration took) {}

  private Senders() {}

  /** Sends request {@code i} with {@code send}, which answers the id it got; fails if any request fails. */
  public static Sent run(int count, int senders, IntFunction<String> send) throws Exception {
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    try {
      Instant start = Instant.now();
      List<Future<?>> running = new ArrayList<>();
      for (int s = 0; s < senders; s++) {
        int sender = s;
        running.add(pool.submit(() -> {
          for (int i = sender; i < count; i += senders) {
            ids.add(send.apply(i));
          }
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      return new Sent(ids, Duration.between(start, Instant.now()));
    } finally {
      pool.shutdown();
    }
  }

  /** "p50 … ms, p99 … ms, max … ms" of some milliseconds (sorts them). */
  public static String percentiles(List<Long> millis) {
    Collections.sort(millis);
    return "p50 %d ms, p99 %d ms, max %d ms".formatted(millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.99) - 1), millis.get(millis.size() - 1));
  }
}
