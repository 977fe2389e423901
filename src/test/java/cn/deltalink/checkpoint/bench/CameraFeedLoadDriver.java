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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.util.FileSystemUtils;

/**
 * Load driver for the Kafka camera feed and the hit latency under load (not part of {@code verify}:
 * the name matches no test pattern). Starts spring-kafka's embedded KRaft broker (topic with two
 * partitions), a Zhejiang node that issues one vehicle alert and a Jiangsu node reading the feed,
 * both in this JVM on loopback.
 *
 * <ol>
 *   <li>Throughput: {@code bench.events} camera reads (one per record) are produced as fast as the
 *       producer goes; the time until the node has committed every offset (it commits only after
 *       storing) gives events stored and checked per second.
 *   <li>Warm-up: {@code bench.warmup} reads first, not measured.
 *   <li>Latency: reads are produced at {@code bench.rate} per second for {@code bench.seconds}, every
 *       {@code bench.plant}-th a read of the alert's plate. For each planted read the driver notes
 *       the time from handing it to the producer to its hit arriving on the checkpoint's screen
 *       stream (Jiangsu) and on the duty desk's stream of the issuer (Zhejiang); p50, p99 and max.
 * </ol>
 *
 * {@code ./mvnw -q test -Dtest=CameraFeedLoadDriver -Dsurefire.failIfNoSpecifiedTests=false}
 */
class CameraFeedLoadDriver {

  private static final String CHECKPOINT = "320111510000";
  private static final String TOPIC = "deltalink.camera-reads.JS";
  private static final String PLATE = "浙B7Q2K9";
  private static final Pattern PLANTED = Pattern.compile("\"event\":\\{\"id\":\"(p[a-z]-\\d+)\"");

  @Test
  void storesCameraReadsFromKafkaAndShowsPlantedHitsOnTheScreenAndAtTheIssuersDesk() throws Exception {
    int events = Integer.getInteger("bench.events", 200_000);
    int rate = Integer.getInteger("bench.rate", 20_000);
    int seconds = Integer.getInteger("bench.seconds", 10);
    int plant = Integer.getInteger("bench.plant", 1000);
    int warmup = Integer.getInteger("bench.warmup", 200_000);
    int partitions = Integer.getInteger("bench.partitions", 4);
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, partitions, TOPIC);
    broker.afterPropertiesSet();
    Path region = Files.createTempDirectory("deltalink-camera-load");
    RunningNode.Spec zj = new RunningNode.Spec("ZJ", "33", RunningNode.freePort());
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    Map<String, String> endpoints = RunningNode.endpoints(List.of(zj, js));
    try (RunningNode zhejiang = RunningNode.start(zj, region, endpoints, Map.of());
        RunningNode jiangsu = RunningNode.start(js, region, endpoints, Map.of("deltalink.kafka.bootstrap-servers", broker.getBrokersAsString(), "deltalink.checkpoint.kafka-consumers", Integer.toString(partitions)));
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
        KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(), ProducerConfig.LINGER_MS_CONFIG, 2, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
            new StringSerializer(), new StringSerializer())) {
      HttpResponse<String> alert = ApiCalls.at(zhejiang.url(), "investigator").post("/api/v1/alerts", """
          {"kind": "vehicle", "category": "stolen", "vehicle": {"plate": "%s"}, "reason": "车辆被盗（压测）", "validUntil": "2099-01-01"}
          """.formatted(PLATE));
      assertThat(alert.statusCode()).as(alert.body()).isEqualTo(201);
      String alertId = alert.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
      Eventually.until("Jiangsu holds Zhejiang's alert", () -> ApiCalls.at(jiangsu.url(), "investigator").get("/api/v1/alerts/" + alertId).statusCode() == 200, Duration.ofSeconds(120));

      // cameras at all of Jiangsu's checkpoints: keyed by checkpoint, the reads spread over the partitions
      List<String> checkpoints = new ArrayList<>();
      Matcher codes = Pattern.compile("\"code\":\"(\\d{12})\"").matcher(ApiCalls.at(jiangsu.url(), "duty").get("/api/v1/checkpoints").body());
      while (codes.find()) {
        checkpoints.add(codes.group(1));
      }
      assertThat(checkpoints).contains(CHECKPOINT);
      Map<String, Long> sent = new ConcurrentHashMap<>();
      Map<String, Long> onScreen = new ConcurrentHashMap<>();
      Map<String, Long> atDesk = new ConcurrentHashMap<>();
      listen(jiangsu.url() + "/api/v1/checkpoints/" + CHECKPOINT + "/hits/stream", "checkpoint", onScreen);
      listen(zhejiang.url() + "/api/v1/hits/stream", "duty", atDesk);
      CpuMeter cpu = new CpuMeter(List.of(zhejiang.bean(EmbeddedPostgres.class).getPort(), jiangsu.bean(EmbeddedPostgres.class).getPort()));

      // warm-up: with a broker, a producer and two nodes in one JVM, the JIT compilers were still
      // taking 6 of 14 CPU seconds of a run after 20,000 reads of warm-up; and with planted hits, so
      // that raising a hit, pushing it and sending it to the issuer are compiled too (without them
      // the compilers took 3.7 of the paced phase's 22 CPU seconds)
      long produced = produce(producer, checkpoints, "w", warmup, 0, plant, sent);
      // and paced for two seconds: the paced loop is compiled apart (a 3.7 s compilation of the
      // driver's own loop had fallen into the measured phase)
      produced += produce(producer, checkpoints, "v", 2 * rate, rate, plant, sent);
      awaitStored(admin, produced);
      int warmHits = warmup / plant + 2 * rate / plant;
      Eventually.until("the warm-up's hits on the screen and at the desk", () -> onScreen.size() >= warmHits && atDesk.size() >= warmHits, Duration.ofMinutes(2));
      sent.clear();
      onScreen.clear();
      atDesk.clear();

      System.out.println("Quiet before measuring: " + cpu.awaitQuiet(Duration.ofMinutes(3)));
      double[] cpuBefore = cpu.now();
      Map<String, Double> threadsBefore = CpuMeter.javaThreads();
      Map<String, Double> vmBefore = cpu.vmThreads();
      long start = System.nanoTime();
      produced += produce(producer, checkpoints, "t", events, 0, 0, sent);
      awaitStored(admin, produced);
      double took = (System.nanoTime() - start) / 1e9;
      double[] cpuAfter = cpu.now();
      Map<String, Double> threads = CpuMeter.used(threadsBefore, CpuMeter.javaThreads());
      double cpuPerEvent = (cpuAfter[0] - cpuBefore[0] + cpuAfter[1] - cpuBefore[1]) / events;
      System.out.printf("Checkpoints: %d, partitions and consumers: %d%n", checkpoints.size(), partitions);
      System.out.printf("Kafka: %d reads stored and checked in %.1f s: %.0f events/s; CPU %.1f µs per event (JVM %.1f s, PostgreSQL %.1f s), %.0f events/s on two idle cores%n", events, took,
          events / took, cpuPerEvent * 1e6, cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1], 2 / cpuPerEvent);
      System.out.printf("Java threads, CPU seconds: %s; JIT and GC: %s%n", threads, CpuMeter.used(vmBefore, cpu.vmThreads()));

      if (Boolean.getBoolean("bench.renice")) {
        System.out.println("Reniced harness threads: " + reniceHarness());
      }
      cpuBefore = cpu.now();
      threadsBefore = CpuMeter.javaThreads();
      vmBefore = cpu.vmThreads();
      start = System.nanoTime();
      int paced = rate * seconds;
      produced += produce(producer, checkpoints, "l", paced, rate, plant, sent);
      awaitStored(admin, produced);
      took = (System.nanoTime() - start) / 1e9;
      int planted = paced / plant;
      Eventually.until("every planted hit on the screen and at the desk", () -> measured(sent, onScreen) >= planted && measured(sent, atDesk) >= planted, Duration.ofSeconds(120));
      System.out.printf("Under load: %d reads at %d/s offered, all stored after %.1f s (%.0f events/s); %d planted hits%n", paced, rate, took, paced / took, planted);
      System.out.println("  on the checkpoint's screen: " + percentiles(sent, onScreen));
      System.out.println("  at the issuer's duty desk:  " + percentiles(sent, atDesk));
      cpuAfter = cpu.now();
      System.out.printf("  CPU %.1f µs per event (JVM %.1f s, PostgreSQL %.1f s); Java threads: %s; JIT and GC: %s%n", (cpuAfter[0] - cpuBefore[0] + cpuAfter[1] - cpuBefore[1]) / paced * 1e6,
          cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1], CpuMeter.used(threadsBefore, CpuMeter.javaThreads()), CpuMeter.used(vmBefore, cpu.vmThreads()));
    } finally {
      broker.destroy();
      FileSystemUtils.deleteRecursively(region.toFile());
    }
  }

  /** Produces {@code count} reads, at {@code rate} per second (0: as fast as possible), every {@code plant}-th (0: none) of the listed plate. */
  private static long produce(KafkaProducer<String, String> producer, List<String> checkpoints, String run, int count, int rate, int plant, Map<String, Long> sent) {
    String at = Instant.now().toString();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      if (rate > 0) {
        long due = start + (long) i * 1_000_000_000L / rate;
        long ahead = due - System.nanoTime();
        if (ahead > 0) {
          LockSupport.parkNanos(ahead);
        }
      }
      boolean planted = plant > 0 && i % plant == plant - 1;
      String id = planted ? "p" + run + "-" + i : run + "-" + i;
      String plate = planted ? PLATE : "苏" + (char) ('A' + i % 13) + Integer.toString(100_000 + i % 100_000).substring(1);
      String value = "{\"id\":\"" + id + "\",\"kind\":\"vehicle\",\"at\":\"" + at + "\",\"lane\":\"" + (1 + i % 4) + "\",\"plate\":\"" + plate + "\",\"plateConfidence\":0.9}";
      if (planted) {
        sent.put(id, System.nanoTime());
      }
      producer.send(new ProducerRecord<>(TOPIC, planted ? CHECKPOINT : checkpoints.get(i % checkpoints.size()), value));
    }
    producer.flush();
    return count;
  }

  /** Waits until the node has committed offsets past this many records (it commits a poll only once it is stored). */
  private static void awaitStored(Admin admin, long records) {
    Eventually.until(records + " records stored", () -> committed(admin) >= records, Duration.ofMinutes(10));
  }

  private static long committed(Admin admin) {
    try {
      Map<?, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("deltalink-JS").partitionsToOffsetAndMetadata().get();
      return offsets.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a server-sent event stream in the background, noting when each planted hit first arrives. */
  private static void listen(String url, String username, Map<String, Long> arrivals) throws Exception {
    String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":Demo@2026").getBytes(StandardCharsets.UTF_8));
    HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic).header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
    assertThat(response.statusCode()).isEqualTo(200);
    Thread reader = new Thread(() -> response.body().forEach(line -> {
      if (line.startsWith("data:")) {
        Matcher m = PLANTED.matcher(line);
        if (m.find()) {
          arrivals.putIfAbsent(m.group(1), System.nanoTime());
        }
      }
    }), "sse-" + username);
    reader.setDaemon(true);
    reader.start();
  }

  /** Experiment: the broker's and the producer's threads (and this driver's) at nice 10, as if they ran elsewhere. */
  private static List<String> reniceHarness() throws Exception {
    List<String> names = new ArrayList<>();
    Pattern harness = Pattern.compile("^(data-plane|kafka-producer|group-coordina|Quorum|quorum|broker-|controller-|raft|ExpirationReap|metadata|LogDirFailure|kafka-log|kafka-sched|kafka-#|kafka-\\d|executor-|share-|transaction-|TxnMarker|java)");
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        String name = Files.readString(task.resolve("comm")).trim();
        if (harness.matcher(name).find()) {
          new ProcessBuilder("renice", "-n", "10", "-p", task.getFileName().toString()).start().waitFor();
          names.add(name);
        }
      }
    }
    return names;
  }

  private static long measured(Map<String, Long> sent, Map<String, Long> arrived) {
    return arrived.keySet().stream().filter(sent::containsKey).count();
  }

  private static String percentiles(Map<String, Long> sent, Map<String, Long> arrived) {
    List<Long> millis = new ArrayList<>();
    // a warm-up hit is pushed again when its clock moves on (reminder, overdue): not measured
    arrived.forEach((id, at) -> {
      Long from = sent.get(id);
      if (from != null) {
        millis.add((at - from) / 1_000_000);
      }
    });
    millis.sort(null);
    if (millis.isEmpty()) {
      return "none arrived";
    }
    return "%d hits, p50 %d ms, p99 %d ms, max %d ms".formatted(millis.size(), millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.99) - 1), millis.get(millis.size() - 1));
  }
}
