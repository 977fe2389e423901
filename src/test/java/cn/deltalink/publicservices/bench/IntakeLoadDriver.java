package cn.deltalink.publicservices.bench;

import cn.deltalink.Eventually;
import cn.deltalink.alert.ApiCalls;
import cn.deltalink.alert.Residents;
import cn.deltalink.exchange.RunningNode;
import cn.deltalink.exchange.bench.Senders;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Load driver for intake to the competent node's queue (not part of {@code verify}: the name matches
 * no test pattern). Starts Jiangsu and Shanghai in one JVM; Jiangsu's clerk takes
 * {@code bench.applications} household certificates for Shanghai residents from {@code bench.senders}
 * threads; for each, the time from intake (Jiangsu's {@code submittedAt}) to Shanghai's receipt
 * ({@code receivedAt}, when its clock starts) is read back from Shanghai. Both nodes share the JVM's
 * clock, so the two instants compare.
 * {@code ./mvnw -q test -Dtest=IntakeLoadDriver -Dbench.applications=500}
 */
class IntakeLoadDriver {

  @Test
  void measuresIntakeToTheCompetentNodesQueue() throws Exception {
    int count = Integer.getInteger("bench.applications", 500);
    int senders = Integer.getInteger("bench.senders", 4);
    Path region = Files.createTempDirectory("deltalink-intake");
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    RunningNode.Spec sh = new RunningNode.Spec("SH", "31", RunningNode.freePort());
    Map<String, String> endpoints = RunningNode.endpoints(List.of(js, sh));
    Map<String, String> properties = Map.of("deltalink.publicservices.demo", "false");
    try (RunningNode jiangsu = RunningNode.start(js, region, endpoints, properties);
        RunningNode shanghai = RunningNode.start(sh, region, endpoints, properties)) {
      ApiCalls clerk = ApiCalls.at(jiangsu.url(), "clerk");
      ApiCalls reviewer = ApiCalls.at(shanghai.url(), "reviewer");
      Senders.Sent taken = Senders.run(count, senders, i -> {
        String id = Residents.residentId("310101", LocalDate.of(1960, 1, 1).plusDays(i % 15_000), i % 400, i % 2 == 0);
        HttpResponse<String> answer = clerk.post("/api/v1/applications", """
            {"item": "household-certificate", "subtype": "household", "applicant": {"residentId": "%s", "name": "测试"}, "consent": true,
             "materials": [{"name": "id-card.jpg", "contentBase64": "c2Nhbg=="}]}
            """.formatted(id));
        if (answer.statusCode() != 201) {
          throw new IllegalStateException(answer.body());
        }
        return clerk.json(answer).get("trackingNumber").asString();
      });
      Duration intake = taken.took();
      List<Long> millis = new ArrayList<>();
      for (String tn : taken.ids()) {
        Eventually.until("Shanghai received " + tn, () -> reviewer.get("/api/v1/applications/" + tn).statusCode() == 200, Duration.ofMinutes(5));
        JsonNode at = reviewer.read("/api/v1/applications/" + tn);
        millis.add(Duration.between(Instant.parse(at.get("submittedAt").asString()), Instant.parse(at.get("receivedAt").asString())).toMillis());
      }
      System.out.printf("BENCH intake: %d applications from %d senders in %d ms (%.1f/s); intake to Shanghai's queue %s%n", count, senders, intake.toMillis(),
          count * 1000.0 / intake.toMillis(), Senders.percentiles(millis));
    } finally {
      FileSystemUtils.deleteRecursively(region.toFile());
    }
  }
}
