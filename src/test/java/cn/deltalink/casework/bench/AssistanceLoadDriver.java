package cn.deltalink.casework.bench;

import cn.deltalink.Eventually;
import cn.deltalink.alert.ApiCalls;
import cn.deltalink.exchange.RunningNode;
import cn.deltalink.exchange.bench.Senders;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * Load driver for assistance requests between two provinces (not part of {@code verify}: the name
 * matches no test pattern). Starts Jiangsu and Zhejiang in one JVM; Nantong's investigator opens one
 * telecom-fraud case and sends {@code bench.requests} requests to Yiwu from {@code bench.senders}
 * threads over the HTTP API; for each, the time from sending (Jiangsu's {@code sentAt}) to Yiwu's
 * receipt ({@code receivedAt}, when the deadline clock starts) is read back from Zhejiang. Both nodes
 * share the JVM's clock, so the two instants compare.
 * {@code ./mvnw -q test -Dtest=AssistanceLoadDriver -Dsurefire.failIfNoSpecifiedTests=false -Dbench.requests=500 -Dbench.senders=4}
 */
class AssistanceLoadDriver {

  private static final String NANTONG = "320600000000";
  private static final String YIWU = "330782000000";

  @Test
  void measuresRequestsFromSendingToTheReceivingClock() throws Exception {
    int count = Integer.getInteger("bench.requests", 500);
    int senders = Integer.getInteger("bench.senders", 4);
    Path region = Files.createTempDirectory("deltalink-assistance");
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    RunningNode.Spec zj = new RunningNode.Spec("ZJ", "33", RunningNode.freePort());
    Map<String, String> endpoints = RunningNode.endpoints(List.of(js, zj));
    Map<String, String> properties = Map.of("deltalink.casework.demo", "false");
    try (RunningNode jiangsu = RunningNode.start(js, region, endpoints, properties);
        RunningNode zhejiang = RunningNode.start(zj, region, endpoints, properties)) {
      ApiCalls nantong = ApiCalls.at(jiangsu.url(), "investigator");
      ApiCalls yiwu = ApiCalls.at(zhejiang.url(), "investigator");
      HttpResponse<String> opened = nantong.post("/api/v1/cases", """
          {"type": "telecom-fraud", "agency": "%s", "title": "压测案件", "summary": "协查请求压测", "amount": 50000}
          """.formatted(NANTONG));
      if (opened.statusCode() != 201) {
        throw new IllegalStateException(opened.body());
      }
      String caseId = nantong.json(opened).get("id").asString();
      Senders.Sent sent = Senders.run(count, senders, i -> {
        HttpResponse<String> answer = nantong.post("/api/v1/assistance-requests", """
            {"caseId": "%s", "toAgency": "%s", "kind": "identify-account-holder", "urgency": "%s", "handlingCode": "H2", "question": "请协查第 %d 个取现账户的开户人"}
            """.formatted(caseId, YIWU, i % 10 == 0 ? "urgent" : "normal", i));
        if (answer.statusCode() != 201) {
          throw new IllegalStateException(answer.body());
        }
        return nantong.json(answer).get("id").asString();
      });
      Duration sending = sent.took();
      List<Long> millis = new ArrayList<>();
      for (String id : sent.ids()) {
        Eventually.until("Yiwu received " + id, () -> yiwu.get("/api/v1/assistance-requests/" + id).statusCode() == 200, Duration.ofMinutes(5));
        JsonNode at = yiwu.read("/api/v1/assistance-requests/" + id);
        millis.add(Duration.between(Instant.parse(at.get("sentAt").asString()), Instant.parse(at.get("receivedAt").asString())).toMillis());
      }
      System.out.printf("BENCH assistance: %d requests from %d senders in %d ms (%.1f/s); sent to Yiwu's clock %s%n", count, senders, sending.toMillis(),
          count * 1000.0 / sending.toMillis(), Senders.percentiles(millis));
    } finally {
      FileSystemUtils.deleteRecursively(region.toFile());
    }
  }
}
