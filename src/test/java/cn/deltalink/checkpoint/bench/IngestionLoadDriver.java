package cn.deltalink.checkpoint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.alert.ApiCalls;
import cn.deltalink.exchange.RunningNode;
import cn.deltalink.exchange.bench.CpuMeter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Load driver for checkpoint ingestion (not part of {@code verify}: the name matches no test pattern).
 * Starts a Jiangsu node with its persistent embedded PostgreSQL (durable settings) and posts vehicle
 * events in batches of {@code bench.batch} from {@code bench.senders} threads through the HTTP API,
 * each event checked against the node's demo alerts; reports events durably stored per second.
 * {@code ./mvnw -q test -Dtest=IngestionLoadDriver -Dbench.events=200000}
 */
class IngestionLoadDriver {

  @Test
  void storesAndChecksEventsThroughTheHttpBatchApi() throws Exception {
    int events = Integer.getInteger("bench.events", 200_000);
    int batch = Integer.getInteger("bench.batch", 1000);
    int senders = Integer.getInteger("bench.senders", 2);
    Path region = Files.createTempDirectory("deltalink-ingestion");
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    try (RunningNode node = RunningNode.start(js, region, RunningNode.endpoints(List.of(js)), Map.of("deltalink.checkpoint.max-batch", Integer.toString(batch)))) {
      HttpClient http = HttpClient.newHttpClient();
      // a personal token, as a device would use: a password is checked with bcrypt on every request
      String auth = ApiCalls.at(node.url(), "checkpoint").token();
      String url = node.url() + "/api/v1/checkpoints/320111510000/events";
      post(http, url, auth, body("warm", 0, Math.min(batch, 20_000), batch));
      for (int w = 0; w < 20; w++) {
        post(http, url, auth, body("warm" + w, 0, batch, batch));
      }
      AtomicLong next = new AtomicLong();
      AtomicLong accepted = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(senders);
      CpuMeter cpu = new CpuMeter(List.of(node.bean(EmbeddedPostgres.class).getPort()));
      System.out.println("Quiet before measuring: " + cpu.awaitQuiet(Duration.ofMinutes(3)));
      double[] cpuBefore = cpu.now();
      Instant start = Instant.now();
      List<Future<?>> running = new ArrayList<>();
      for (int s = 0; s < senders; s++) {
        running.add(pool.submit(() -> {
          long from;
          while ((from = next.getAndAdd(batch)) < events) {
            String answer = post(http, url, auth, body("run", from, (int) Math.min(batch, events - from), batch));
            accepted.addAndGet(Long.parseLong(answer.replaceAll("(?s).*\"accepted\":(\\d+).*", "$1")));
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      Duration took = Duration.between(start, Instant.now());
      double[] cpuAfter = cpu.now();
      pool.shutdown();
      assertThat(accepted.get()).isEqualTo(events);
      double rate = events / (took.toMillis() / 1000.0);
      System.out.printf("Ingestion: %d events in %d batches of %d from %d senders in %.1f s: %.0f events/s stored and checked%n", events, (events + batch - 1) / batch, batch, senders,
          took.toMillis() / 1000.0, rate);
      // the driver's own senders run in this JVM too, so the figure includes writing the requests and reading the answers
      double perEvent = (cpuAfter[0] - cpuBefore[0] + cpuAfter[1] - cpuBefore[1]) / events;
      System.out.printf("CPU: %.1f µs per event (JVM incl. the driver %.1f s, PostgreSQL %.1f s): %.0f events/s on two idle cores%n", perEvent * 1e6, cpuAfter[0] - cpuBefore[0],
          cpuAfter[1] - cpuBefore[1], 2 / perEvent);
    } finally {
      FileSystemUtils.deleteRecursively(region.toFile());
    }
  }

  private static String body(String run, long from, int count, int batch) {
    StringBuilder b = new StringBuilder(count * 110).append("{\"events\": [");
    String at = Instant.now().toString();
    for (int i = 0; i < count; i++) {
      long n = from + i;
      b.append(i > 0 ? "," : "").append("{\"id\":\"").append(run).append('-').append(n).append("\",\"kind\":\"vehicle\",\"at\":\"").append(at).append("\",\"lane\":\"")
          .append(1 + n % 4).append("\",\"plate\":\"苏").append((char) ('A' + n % 13)).append(String.format("%05d", n % 100_000)).append("\",\"plateConfidence\":0.9}");
    }
    return b.append("]}").toString();
  }

  private static String post(HttpClient http, String url, String auth, String body) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
    }
    return r.body();
  }
}
