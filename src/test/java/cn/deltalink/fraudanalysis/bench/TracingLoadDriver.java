package cn.deltalink.fraudanalysis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.alert.ApiCalls;
import cn.deltalink.exchange.RunningNode;
import cn.deltalink.exchange.bench.CpuMeter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import cn.deltalink.fraudanalysis.internal.generator.GeneratedRow;
import cn.deltalink.fraudanalysis.internal.generator.SyntheticTransactions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load driver for issue 12's two timed targets through the real paths (not part of {@code verify}: the
 * name matches no test pattern). Starts the four provinces' nodes (persistent embedded PostgreSQL each)
 * and, at Jiangsu, as the demo analyst over HTTP:
 * <ol>
 *   <li>uploads a generated AMLSim-format file of {@code bench.people} people over 60 days (100,000 make
 *       about 1.9 M rows; written once to {@code target/bench-transactions-<people>.csv}) to
 *       {@code POST /api/v1/transaction-imports} and reports rows per second, both from the request to
 *       "done" and as the import's own start to finish (the COPY stream);
 *   <li>analyses the import and reports its time;
 *   <li>posts a victim report whose payee is a first-level card of the generated fraud case whose money
 *       went on to a card of another province, and reports the time from the report's request until
 *       every warning the trace sent is held at its receiving node (the sender shows it delivered, and
 *       the receiver answers it).
 * </ol>
 * {@code ./mvnw -q -o test -Dtest=TracingLoadDriver -Dbench.people=100000}
 */
class TracingLoadDriver {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MAPPING =
      """
      {"source":"orig_acct","target":"bene_acct","amount":"base_amt","time":"tran_timestamp","label":"is_sar","typology":"typology","channel":"tx_type",
       "branchDivision":"orig_branch","targetBranchDivision":"bene_branch","device":"device"}""";
  /** Per node, the demo analyst's personal token: a password is checked with bcrypt on every request, which the polling would pay. */
  private final Map<String, String> tokens = new HashMap<>();

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void importsAnalysesAndWarnsTheOtherProvinces() throws Exception {
    int people = Integer.getInteger("bench.people", 100_000);
    List<GeneratedRow> victimPayment = new ArrayList<>();
    Path file = generatedFile(people, victimPayment);
    GeneratedRow paid = victimPayment.get(0);
    Path region = Files.createTempDirectory("deltalink-tracing-bench");
    List<RunningNode.Spec> specs = List.of(new RunningNode.Spec("JS", "32", RunningNode.freePort()), new RunningNode.Spec("SH", "31", RunningNode.freePort()),
        new RunningNode.Spec("ZJ", "33", RunningNode.freePort()), new RunningNode.Spec("AH", "34", RunningNode.freePort()));
    Map<String, String> endpoints = RunningNode.endpoints(specs);
    Map<String, RunningNode> nodes = new HashMap<>();
    try {
      for (RunningNode.Spec spec : specs) {
        nodes.put(spec.id(), RunningNode.start(spec, region, endpoints, Map.of()));
      }
      String js = nodes.get("JS").url();
      // each demo node imports and analyses a generated data set as it starts: measure after that
      CpuMeter cpu = new CpuMeter(nodes.values().stream().map(node -> node.bean(EmbeddedPostgres.class).getPort()).toList());
      System.out.println("Quiet before measuring: " + cpu.awaitQuiet(Duration.ofMinutes(5)));
      double[] cpuBefore = cpu.now();
      Map<String, Double> threadsBefore = CpuMeter.javaThreads();

      Instant posted = Instant.now();
      String importId = read(upload(js, file)).get("id").asString();
      JsonNode imported = until(js, "/api/v1/transaction-imports/" + importId);
      Duration importWall = Duration.between(posted, Instant.now());
      assertThat(imported.get("state").asString()).as(imported.toString()).isEqualTo("done");
      long rows = imported.get("rows").asLong();
      Duration copy = Duration.between(Instant.parse(imported.get("startedAt").asString()), Instant.parse(imported.get("finishedAt").asString()));
      System.out.printf("BENCH import: %,d rows (%,d MB) in %.1f s from the request (%.0f rows/s); the import itself %.1f s (%.0f rows/s)%n", rows, Files.size(file) >> 20,
          importWall.toMillis() / 1000.0, rows / (importWall.toMillis() / 1000.0), copy.toMillis() / 1000.0, rows / (copy.toMillis() / 1000.0));
      double[] cpuAfter = cpu.now();
      System.out.printf("BENCH import CPU: JVM %.1f s, PostgreSQL %.1f s; Java threads: %s%n", cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1],
          CpuMeter.used(threadsBefore, CpuMeter.javaThreads()));

      Instant analysing = Instant.now();
      String analysisId = read(post(js, "/api/v1/analyses", "{\"importId\": \"" + importId + "\"}")).get("id").asString();
      JsonNode analysed = until(js, "/api/v1/analyses/" + analysisId);
      assertThat(analysed.get("state").asString()).as(analysed.toString()).isEqualTo("done");
      System.out.printf("BENCH analysis: %.1f s from the request to done%n", Duration.between(analysing, Instant.now()).toMillis() / 1000.0);

      Instant reported = Instant.now();
      String reportId = read(post(js, "/api/v1/fraud-reports", """
          {"amount": %d.%02d, "at": "%s", "channel": "phone-call", "payeeAccounts": ["%s"]}""".formatted(paid.cents() / 100, paid.cents() % 100, paid.at(), paid.to()))).get("id").asString();
      List<JsonNode> warnings = deliveredWarnings(js, reportId, Duration.ofMinutes(10));
      Duration toDelivered = Duration.between(reported, Instant.now());
      int elsewhere = 0;
      for (JsonNode w : warnings) {
        String receiver = w.get("receiverNode").asString();
        if (!receiver.equals("JS")) {
          elsewhere++;
          assertThat(get(nodes.get(receiver).url(), "/api/v1/fraud-warnings/" + w.get("id").asString()).statusCode()).isEqualTo(200);
        }
      }
      assertThat(elsewhere).as("warnings to other provinces").isPositive();
      System.out.printf("BENCH report to warnings: %d warnings (%d to other provinces: %s) held at their nodes %.1f s after the report was posted%n", warnings.size(), elsewhere,
          warnings.stream().map(w -> w.get("receiverNode").asString()).sorted().toList(), toDelivered.toMillis() / 1000.0);
    } finally {
      RunningNode.stopAll(region, nodes.values().toArray(RunningNode[]::new));
    }
  }

  /**
   * The file for this many people (generated once and kept under target/), and the first victim's
   * payment into a first-level card whose money went on to a card of another province than Jiangsu.
   */
  private static Path generatedFile(int people, List<GeneratedRow> victimPayment) throws IOException {
    Path file = Path.of("target", "bench-transactions-" + people + ".csv");
    Path partial = Path.of("target", "bench-transactions-" + people + ".partial");
    GeneratedRow[] previous = new GeneratedRow[1];
    boolean exists = Files.exists(file);
    try (BufferedWriter out = exists ? null : Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      if (out != null) {
        out.write(GeneratedRow.HEADER);
        out.newLine();
      }
      SyntheticTransactions.generate(20_261_130L, new SyntheticTransactions.Size(people, 60, (int) Math.max(1, Math.round(people * 60 / 100_000.0)), Math.max(10, people / 200), Math.max(4, people / 500),
          LocalDate.of(2026, 9, 1)), row -> {
            if (out != null) {
              try {
                out.write(row.csv());
                out.newLine();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
            // the generator writes a victim's payment and the first-level card's hand-on one after the other
            GeneratedRow before = previous[0];
            if (victimPayment.isEmpty() && before != null && row.typology().equals(SyntheticTransactions.FRAUD_CASE) && !row.cash() && before.to().equals(row.from()) && !before.laundering()
                && !row.toBranch().startsWith("32")) {
              victimPayment.add(before);
            }
            previous[0] = row;
          });
    }
    if (!exists) {
      Files.move(partial, file);
    }
    assertThat(victimPayment).as("a victim's payment in the generated fraud case").isNotEmpty();
    return file;
  }

  /** The report's warnings once every one is delivered and no more came in the last poll. */
  private List<JsonNode> deliveredWarnings(String base, String reportId, Duration patience) {
    List<JsonNode> mine = new ArrayList<>();
    int[] seenBefore = {-1};
    Eventually.until("the report's warnings all delivered", () -> {
      mine.clear();
      read(get(base, "/api/v1/fraud-warnings?side=sent&limit=500")).forEach(w -> {
        if (w.has("reportId") && w.get("reportId").asString().equals(reportId)) {
          mine.add(w);
        }
      });
      boolean allHeld = !mine.isEmpty() && mine.stream().allMatch(w -> !w.get("state").asString().equals("waiting"));
      boolean steady = allHeld && mine.size() == seenBefore[0];
      seenBefore[0] = allHeld ? mine.size() : -1;
      return steady;
    }, patience);
    return mine;
  }

  private JsonNode until(String base, String path) {
    JsonNode[] state = new JsonNode[1];
    Eventually.until(path + " finished", () -> !(state[0] = read(get(base, path))).get("state").asString().matches("waiting|running"), Duration.ofMinutes(20));
    return state[0];
  }

  private HttpResponse<String> upload(String base, Path file) throws Exception {
    String boundary = "----deltalink-bench" + System.nanoTime();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\n" + MAPPING + "\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n";
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/transaction-imports")).timeout(Duration.ofMinutes(20)).header("Authorization", auth(base))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head), HttpRequest.BodyPublishers.ofFile(file),
            HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String auth(String base) {
    return tokens.computeIfAbsent(base, node -> ApiCalls.at(node, "analyst").token());
  }

  private HttpResponse<String> post(String base, String path, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth(base)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String base, String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth(base)).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(response.statusCode() + " " + response.body().substring(0, Math.min(400, response.body().length())));
    }
    return JSON.readTree(response.body());
  }
}
