package cn.deltalink.checkpoint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.alert.ApiCalls;
import cn.deltalink.exchange.RunningNode;
import cn.deltalink.exchange.bench.CpuMeter;
import cn.deltalink.exchange.bench.Senders;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Load driver for the Kafka camera feed and the hit latency under load (not part of {@code verify}:
 * the name matches no test pattern). Starts the cameras and spring-kafka's embedded KRaft broker in a
 * process of their own at nice {@code bench.nice} (10; {@link CameraHarness}: in a deployment they
 * run on other machines), and in this JVM a Zhejiang node that issues one vehicle alert and a Jiangsu
 * node reading the feed with {@code bench.partitions} consumers (4), all on loopback.
 *
 * <ol>
 *   <li>Warm-up: {@code bench.warmup} reads (200,000) as fast as they go, every {@code
 *       bench.warmup-plant}-th (40) a read of the alert's plate; then {@code bench.warmup-seconds}
 *       (40) at the paced rate. Not measured.
 *   <li>Throughput: {@code bench.events} camera reads (one per record) are produced as fast as the
 *       producer goes; the time until the node has committed every offset (it commits only after
 *       storing) gives events stored and checked per second.
 *   <li>Latency, {@code bench.rounds} rounds (3): reads are produced at {@code bench.rate} per second
 *       for {@code bench.seconds}, every {@code bench.plant}-th a read of the alert's plate. For each
 *       planted read the driver notes the time from handing it to the producer to its hit arriving on
 *       the checkpoint's screen stream (Jiangsu) and on the duty desk's stream of the issuer
 *       (Zhejiang); p50, p99 and max per round, with the CPU of the nodes, PostgreSQL and the harness.
 *       {@code -Dbench.statements=true} adds Jiangsu's costliest statements (pg_stat_statements).
 * </ol>
 *
 * {@code ./mvnw -q test -Dtest=CameraFeedLoadDriver -Dsurefire.failIfNoSpecifiedTests=false}
 */
class CameraFeedLoadDriver {

  private static final String CHECKPOINT = "320111510000";
  private static final String TOPIC = "deltalink.camera-reads.JS";
  private static final String PLATE = "浙B7Q2K9";
  private static final Pattern PLANTED = Pattern.compile("\"event\":\\{\"id\":\"(p[a-z]\\d*-\\d+)\"");

  @Test
  void storesCameraReadsFromKafkaAndShowsPlantedHitsOnTheScreenAndAtTheIssuersDesk() throws Exception {
    int events = Integer.getInteger("bench.events", 200_000);
    int rate = Integer.getInteger("bench.rate", 20_000);
    int seconds = Integer.getInteger("bench.seconds", 10);
    int plant = Integer.getInteger("bench.plant", 1000);
    int warmup = Integer.getInteger("bench.warmup", 200_000);
    int warmupPlant = Integer.getInteger("bench.warmup-plant", 40);
    int warmupSeconds = Integer.getInteger("bench.warmup-seconds", 40);
    int partitions = Integer.getInteger("bench.partitions", 4);
    boolean statements = Boolean.getBoolean("bench.statements");
    Harness harness = Harness.start(partitions, Integer.getInteger("bench.nice", 10));
    Path region = Files.createTempDirectory("deltalink-camera-load");
    RunningNode.Spec zj = new RunningNode.Spec("ZJ", "33", RunningNode.freePort());
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    Map<String, String> endpoints = RunningNode.endpoints(List.of(zj, js));
    try (RunningNode zhejiang = RunningNode.start(zj, region, endpoints, Map.of());
        RunningNode jiangsu = RunningNode.start(js, region, endpoints, Map.of("deltalink.kafka.bootstrap-servers", harness.bootstrap, "deltalink.checkpoint.kafka-consumers", Integer.toString(partitions),
            "deltalink.db.embedded-statement-statistics", Boolean.toString(statements)));
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, harness.bootstrap))) {
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
      harness.command("CHECKPOINTS " + String.join(",", checkpoints) + " " + CHECKPOINT + " " + PLATE);
      Map<String, Long> sent = new ConcurrentHashMap<>();
      Map<String, Long> onScreen = new ConcurrentHashMap<>();
      Map<String, Long> atDesk = new ConcurrentHashMap<>();
      listen(jiangsu.url() + "/api/v1/checkpoints/" + CHECKPOINT + "/hits/stream", "checkpoint", onScreen);
      listen(zhejiang.url() + "/api/v1/hits/stream", "duty", atDesk);
      CpuMeter cpu = new CpuMeter(List.of(zhejiang.bean(EmbeddedPostgres.class).getPort(), jiangsu.bean(EmbeddedPostgres.class).getPort()));

      // warm-up, as fast as it goes and with a hit in every warmupPlant-th read: raising a hit, pushing
      // it and sending it to the issuer are compiled before anything is measured
      long produced = harness.produce("w", warmup, 0, warmupPlant, sent);
      // then paced for warmupSeconds: a steady feed takes other paths than a backlog does (Kafka's
      // small fetches), and the per-hit code reaches the C2 compiler only after thousands of hits. With
      // ten seconds of this the compilers still took 4-5 of every 20 CPU seconds in the first measured
      // rounds; a node in service has long compiled it all
      produced += harness.produce("v", warmupSeconds * rate, rate, plant, sent);
      awaitStored(admin, produced);
      int warmHits = warmup / warmupPlant + warmupSeconds * rate / plant;
      Eventually.until("the warm-up's hits on the screen and at the desk", () -> onScreen.size() >= warmHits && atDesk.size() >= warmHits, Duration.ofMinutes(5));
      sent.clear();
      onScreen.clear();
      atDesk.clear();

      System.out.println("Quiet before measuring: " + cpu.awaitQuiet(Duration.ofMinutes(3)));
      Counters before = Counters.read(cpu, harness);
      long start = System.nanoTime();
      produced += harness.produce("t", events, 0, 0, sent);
      awaitStored(admin, produced);
      double took = (System.nanoTime() - start) / 1e9;
      Counters after = Counters.read(cpu, harness);
      double cpuPerEvent = after.nodes(before) / events;
      System.out.printf("Checkpoints: %d, partitions and consumers: %d%n", checkpoints.size(), partitions);
      System.out.printf("Kafka: %d reads stored and checked in %.1f s: %.0f events/s; CPU %.1f µs per event (JVM %.1f s, PostgreSQL %.1f s), %.0f events/s on two idle cores%n", events, took,
          events / took, cpuPerEvent * 1e6, after.jvm(before), after.postgres(before), 2 / cpuPerEvent);
      System.out.printf("Java threads, CPU seconds: %s; JIT and GC: %s%n", CpuMeter.used(before.javaThreads, after.javaThreads), CpuMeter.used(before.vm, after.vm));

      if (statements) {
        jiangsu.superuserJdbc().execute("create extension if not exists pg_stat_statements");
      }
      int rounds = Integer.getInteger("bench.rounds", 3);
      for (int round = 1; round <= rounds; round++) {
        sent.clear();
        onScreen.clear();
        atDesk.clear();
        Counters roundStart = Counters.read(cpu, harness);
        if (statements) {
          jiangsu.superuserJdbc().execute("select pg_stat_statements_reset()");
        }
        start = System.nanoTime();
        int paced = rate * seconds;
        produced += harness.produce("l" + round, paced, rate, plant, sent);
        awaitStored(admin, produced);
        took = (System.nanoTime() - start) / 1e9;
        int planted = paced / plant;
        Eventually.until("every planted hit on the screen and at the desk", () -> measured(sent, onScreen) >= planted && measured(sent, atDesk) >= planted, Duration.ofSeconds(120));
        Counters roundEnd = Counters.read(cpu, harness);
        System.out.printf("Under load, round %d: %d reads at %d/s offered, all stored after %.1f s (%.0f events/s); %d planted hits%n", round, paced, rate, took, paced / took, planted);
        System.out.println("  on the checkpoint's screen: " + percentiles(sent, onScreen));
        System.out.println("  at the issuer's duty desk:  " + percentiles(sent, atDesk));
        System.out.printf("  CPU %.1f µs per event (JVM %.1f s, PostgreSQL %.1f s); JIT and GC: %s%n  Java threads: %s%n", roundEnd.nodes(roundStart) / paced * 1e6, roundEnd.jvm(roundStart),
            roundEnd.postgres(roundStart), CpuMeter.used(roundStart.vm, roundEnd.vm), CpuMeter.used(roundStart.javaThreads, roundEnd.javaThreads));
        System.out.printf("  PostgreSQL CPU seconds by process: %s%n  the harness (broker, cameras): %.1f s, by thread %s%n", CpuMeter.used(roundStart.postgresByKind, roundEnd.postgresByKind),
            roundEnd.harness - roundStart.harness, CpuMeter.used(roundStart.harnessThreads, roundEnd.harnessThreads));
        if (statements) {
          printStatements(jiangsu);
        }
      }
    } finally {
      harness.stop();
      FileSystemUtils.deleteRecursively(region.toFile());
    }
  }

  /** CPU seconds so far: the nodes' JVM and PostgreSQL (totals, by thread, by process) and the harness process. */
  private record Counters(double jvm, double postgres, Map<String, Double> javaThreads, Map<String, Double> vm, Map<String, Double> postgresByKind, double harness, Map<String, Double> harnessThreads) {

    static Counters read(CpuMeter cpu, Harness harness) {
      double[] nodes = cpu.now();
      return new Counters(nodes[0], nodes[1], CpuMeter.javaThreads(), cpu.vmThreads(), cpu.postgresByKind(), CpuMeter.processSeconds(harness.pid()), CpuMeter.processThreads(harness.pid()));
    }

    double jvm(Counters before) {
      return jvm - before.jvm;
    }

    double postgres(Counters before) {
      return postgres - before.postgres;
    }

    double nodes(Counters before) {
      return jvm(before) + postgres(before);
    }
  }

  /** Jiangsu's statements since the last reset, by total time. */
  private static void printStatements(RunningNode node) {
    node.superuserJdbc().query("select calls, total_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 120) from pg_stat_statements order by total_exec_time desc limit 12",
        rs -> {
          System.out.printf("    STMT %7d calls %8.1f ms %8d rows: %s%n", rs.getLong(1), rs.getDouble(2), rs.getLong(3), rs.getString(4));
        });
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
          arrivals.putIfAbsent(m.group(1), CameraHarness.epochMicros());
        }
      }
    }), "sse-" + username);
    reader.setDaemon(true);
    reader.start();
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
        millis.add((at - from) / 1_000);
      }
    });
    if (millis.isEmpty()) {
      return "none arrived";
    }
    return millis.size() + " hits, " + Senders.percentiles(millis);
  }

  /** The {@link CameraHarness} process: the broker and the cameras, at nice {@code nice}. */
  private static final class Harness {
    final String bootstrap;
    private final Process process;
    private final java.io.PrintWriter commands;
    private final java.util.concurrent.BlockingQueue<String> answers = new java.util.concurrent.LinkedBlockingQueue<>();

    private Harness(Process process) throws Exception {
      this.process = process;
      this.commands = new java.io.PrintWriter(new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
      Path log = Path.of("target", "camera-harness.log");
      Thread reader = new Thread(() -> {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("HARNESS ")) {
              answers.add(line.substring(8));
            } else {
              out.write(line);
              out.newLine();
            }
          }
        } catch (java.io.IOException ended) {
          // the process ended
        }
      }, "camera-harness-output");
      reader.setDaemon(true);
      reader.start();
      this.bootstrap = next(Duration.ofMinutes(2)).substring("BROKER ".length());
    }

    static Harness start(int partitions, int nice) throws Exception {
      String java = ProcessHandle.current().info().command().orElse("java");
      // C1 only: the stand-ins for other machines compile their code once and quickly; with C2 the
      // harness's compiler had taken two of its five CPU seconds in every measured round
      return new Harness(new ProcessBuilder("nice", "-n", Integer.toString(nice), java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), CameraHarness.class.getName(),
          Integer.toString(partitions), TOPIC).redirectErrorStream(true).start());
    }

    long pid() {
      return process.pid();
    }

    void command(String line) {
      commands.println(line);
    }

    /** Produces through the harness; notes each planted read's sending time (epoch micros). */
    long produce(String run, int count, int rate, int plant, Map<String, Long> sent) throws Exception {
      command("PRODUCE " + run + " " + count + " " + rate + " " + plant);
      for (String answer = next(Duration.ofMinutes(10)); !answer.equals("DONE"); answer = next(Duration.ofMinutes(10))) {
        String[] words = answer.split(" ");
        if (words[0].equals("SENT")) {
          sent.put(words[1], Long.parseLong(words[2]));
        }
      }
      return count;
    }

    private String next(Duration patience) throws Exception {
      String answer = answers.poll(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      if (answer == null) {
        throw new IllegalStateException("The camera harness did not answer within " + patience + "; its log is target/camera-harness.log");
      }
      return answer;
    }

    void stop() throws InterruptedException {
      command("STOP");
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
