package cn.deltalink.checkpoint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Load driver for the replication of a long alert list (not part of {@code verify}: the name matches
 * no test pattern). Starts a Zhejiang and a Jiangsu node in this JVM on loopback; Zhejiang publishes
 * {@code bench.alerts} vehicle alerts in bulk requests of {@code bench.bulk} (10,000; the API's most
 * is 50,000); the driver measures from the first request until Jiangsu answers the last alert (GET) and
 * until a camera read of its plate at a Jiangsu checkpoint hits it (the matcher's index holds it).
 *
 * {@code ./mvnw -q test -Dtest=ReplicationLoadDriver -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ReplicationLoadDriver {

  private static final String LETTERS = "ABCDEFGH";

  @Test
  void aLongListPublishedAtOneNodeIsCheckableAtAnother() throws Exception {
    int alerts = Integer.getInteger("bench.alerts", 100_000);
    int bulk = Integer.getInteger("bench.bulk", 10_000);
    int warmup = Integer.getInteger("bench.warmup", 20_000);
    Path region = Files.createTempDirectory("deltalink-replication-load");
    RunningNode.Spec zj = new RunningNode.Spec("ZJ", "33", RunningNode.freePort());
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    Map<String, String> endpoints = RunningNode.endpoints(List.of(zj, js));
    try (RunningNode zhejiang = RunningNode.start(zj, region, endpoints, Map.of()); RunningNode jiangsu = RunningNode.start(js, region, endpoints, Map.of())) {
      ApiCalls reader = ApiCalls.at(jiangsu.url(), "investigator").withToken();
      ApiCalls checkpoint = ApiCalls.at(jiangsu.url(), "checkpoint").withToken();
      String publisher = ApiCalls.at(zhejiang.url(), "investigator").token();
      CpuMeter cpu = new CpuMeter(List.of(zhejiang.bean(EmbeddedPostgres.class).getPort(), jiangsu.bean(EmbeddedPostgres.class).getPort()));
      // warm-up: a list on another plate range first; measured cold, the JIT compilers took 8 of 21 CPU seconds
      String warmed = publish(zhejiang.url(), publisher, 0, warmup, bulk);
      Eventually.until("Jiangsu holds the warm-up list", () -> reader.get("/api/v1/alerts/" + warmed).statusCode() == 200, Duration.ofMinutes(10));
      System.out.println("Quiet before measuring: " + cpu.awaitQuiet(Duration.ofMinutes(3)));
      double[] cpuBefore = cpu.now();
      Map<String, Double> threadsBefore = CpuMeter.javaThreads();
      Map<String, Double> vmBefore = cpu.vmThreads();
      long start = System.nanoTime();
      String lastId = publish(zhejiang.url(), publisher, warmup, alerts, bulk);
      double publishedAfter = (System.nanoTime() - start) / 1e9;
      String last = lastId;
      Eventually.until("Jiangsu holds the last alert", () -> reader.get("/api/v1/alerts/" + last).statusCode() == 200, Duration.ofMinutes(10));
      double heldAfter = (System.nanoTime() - start) / 1e9;
      String lastPlate = plate(warmup + alerts - 1);
      int[] read = {0};
      Eventually.until("a read of the last plate hits at Jiangsu", () -> checkpoint.post("/api/v1/checkpoints/320111510000/events", """
          {"events": [{"id": "repl-%d", "kind": "vehicle", "at": "%s", "plate": "%s", "plateConfidence": 0.95}]}
          """.formatted(read[0]++, Instant.now(), lastPlate)).body().contains(last), Duration.ofMinutes(10));
      double checkableAfter = (System.nanoTime() - start) / 1e9;
      double[] cpuAfter = cpu.now();
      Map<String, Double> threads = CpuMeter.used(threadsBefore, CpuMeter.javaThreads());
      Map<String, Double> vm = CpuMeter.used(vmBefore, cpu.vmThreads());
      System.out.printf("Replication: %d alerts published at ZJ in requests of %d in %.1f s; the last held at JS after %.1f s, a read of its plate hits at JS after %.1f s%n", alerts, bulk,
          publishedAfter, heldAfter, checkableAfter);
      System.out.printf("CPU: JVM (both nodes and the driver) %.1f s, PostgreSQL (both) %.1f s%n", cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1]);
      System.out.printf("Java threads, CPU seconds: %s; JIT and GC: %s%n", threads, vm);
    } finally {
      FileSystemUtils.deleteRecursively(region.toFile());
    }
  }

  /** Publishes the alerts of plates {@code from} to {@code from + count - 1} at Zhejiang in requests of {@code bulk}; answers the last one's id. */
  private static String publish(String zhejiang, String publisher, int from, int count, int bulk) throws Exception {
    String lastId = null;
    for (int first = from; first < from + count; first += bulk) {
      StringBuilder body = new StringBuilder("{\"alerts\": [");
      for (int i = first; i < Math.min(from + count, first + bulk); i++) {
        body.append(i > first ? "," : "").append("{\"kind\":\"vehicle\",\"category\":\"stolen\",\"vehicle\":{\"plate\":\"").append(plate(i))
            .append("\"},\"reason\":\"车辆被盗（压测）\",\"validUntil\":\"2099-01-01\"}");
      }
      HttpResponse<String> published = post(zhejiang + "/api/v1/alerts/bulk", publisher, body.append("]}").toString());
      assertThat(published.statusCode()).as(published.body().substring(0, Math.min(300, published.body().length()))).isBetween(200, 201);
      Matcher ids = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(published.body());
      while (ids.find()) {
        lastId = ids.group(1);
      }
    }
    return lastId;
  }

  /** With a long timeout: a bulk request of 50,000 alerts may take minutes on a busy machine. */
  private static HttpResponse<String> post(String url, String authorization, String json) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10)).header("Authorization", authorization).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Distinct valid Zhejiang plates: 浙, a letter, five digits. */
  private static String plate(int n) {
    return "浙" + LETTERS.charAt(n / 100_000 % LETTERS.length()) + String.format("%05d", n % 100_000);
  }
}
