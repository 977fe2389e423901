package cn.deltalink.checkpoint;

import static cn.deltalink.alert.ApiCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.alert.ApiCalls;
import cn.deltalink.alert.Photos;
import cn.deltalink.alert.Residents;
import cn.deltalink.exchange.RunningNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * A Zhejiang alert with a photo: the photo reaches Jiangsu with the alert and shows on the hit there;
 * when the Jiangsu checkpoint reports the arrest, Zhejiang withdraws the alert by itself (the region's
 * default) and the withdrawal reaches Jiangsu. Jiangsu runs with the automatic withdrawal off: its
 * duty desk withdraws its own alert after an arrest itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArrestWithdrawalTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);
  /** 江苏 Nantong Haimen: Haiyong police station. */
  private static final String HAIYONG = "320614510000";

  private Path region;
  private RunningNode jiangsu;
  private RunningNode zhejiang;

  @BeforeAll
  void startJiangsuWithoutAndZhejiangWithTheAutomaticWithdrawal() throws Exception {
    region = Files.createTempDirectory("deltalink-arrests");
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    RunningNode.Spec zj = new RunningNode.Spec("ZJ", "33", RunningNode.freePort());
    Map<String, String> endpoints = RunningNode.endpoints(List.of(js, zj));
    jiangsu = RunningNode.start(js, region, endpoints, Map.of("deltalink.alert.withdraw-on-arrest", "false"));
    zhejiang = RunningNode.start(zj, region, endpoints, Map.of());
    HttpResponse<String> posted = officer(jiangsu, "admin").put("/api/v1/checkpoints/" + HAIYONG + "/officers/checkpoint");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
  }

  @AfterAll
  void stopNodes() {
    RunningNode.stopAll(region, jiangsu, zhejiang);
  }

  @Test
  void anArrestAtJiangsuWithdrawsZhejiangsAlertEverywhereAndItsHistorySaysWhoAndWhy() {
    String wanted = Residents.residentId("330106", LocalDate.of(1982, 11, 5), 77, true);
    String alert = publish(zhejiang, wanted, "孙海波");
    byte[] photo = Photos.jpeg(180, 240);
    HttpResponse<String> put = officer(zhejiang, "investigator").put("/api/v1/alerts/" + alert + "/photo", photo, "image/jpeg");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

    // the photo travels apart from the alert and is held at Jiangsu byte for byte
    await(LIMIT, () -> checkpoint().bytes("/api/v1/alerts/" + alert + "/photo").statusCode() == 200);
    assertThat(Arrays.equals(checkpoint().bytes("/api/v1/alerts/" + alert + "/photo").body(), photo)).isTrue();

    JsonNode hit = passes(wanted, "arrest-zj");
    assertThat(hit.get("alertId").asString()).isEqualTo(alert);
    assertThat(hit.get("photo").asString()).isEqualTo("/alerts/" + alert + "/photo");
    String hitId = hit.get("id").asString();
    await(LIMIT, () -> officer(zhejiang, "duty").get("/api/v1/hits/" + hitId).statusCode() == 200);

    HttpResponse<String> arrested = checkpoint().post("/api/v1/hits/" + hitId + "/outcome", "{\"outcome\": \"arrested\"}");
    assertThat(arrested.statusCode()).as(arrested.body()).isEqualTo(200);

    await(LIMIT, () -> "withdrawn".equals(officer(zhejiang, "investigator").read("/api/v1/alerts/" + alert).get("state").asString()));
    JsonNode atIssuer = officer(zhejiang, "investigator").read("/api/v1/alerts/" + alert);
    assertThat(atIssuer.get("withdrawal").asString()).isEqualTo("arrested");
    JsonNode last = atIssuer.get("history").get(atIssuer.get("history").size() - 1);
    assertThat(last.get("action").asString()).isEqualTo("withdraw");
    assertThat(last.get("doneBy").asString()).contains("automatic");
    assertThat(last.get("note").asString()).contains(hitId).contains("JS").contains("赵强");

    await(LIMIT, () -> "withdrawn".equals(checkpoint().read("/api/v1/alerts/" + alert).get("state").asString()));
    assertThat(checkpoint().read("/api/v1/hits/" + hitId).get("alertWithdrawn").asBoolean()).isTrue();
    // withdrawn alerts never hit again
    assertThat(passesWithoutHit(wanted, "arrest-zj-again")).isTrue();
  }

  @Test
  void withTheAutomaticWithdrawalOffTheDutyDeskWithdrawsItsAlertAfterTheArrestItself() {
    String wanted = Residents.residentId("320102", LocalDate.of(1990, 2, 17), 35, false);
    String alert = publish(jiangsu, wanted, "周晓梅");
    String hitId = passes(wanted, "arrest-js").get("id").asString();

    assertThat(checkpoint().post("/api/v1/hits/" + hitId + "/outcome", "{\"outcome\": \"arrested\"}").statusCode()).isEqualTo(200);
    JsonNode atDesk = officer(jiangsu, "duty").read("/api/v1/hits/" + hitId);
    assertThat(atDesk.get("outcome").asString()).isEqualTo("arrested");
    assertThat(atDesk.get("alertWithdrawn").asBoolean()).isFalse();
    assertThat(officer(jiangsu, "duty").read("/api/v1/alerts/" + alert).get("state").asString()).isEqualTo("published");

    // what the desk's button sends
    HttpResponse<String> withdrawn = officer(jiangsu, "duty").post("/api/v1/alerts/" + alert + "/withdrawal", "{\"reason\": \"arrested\"}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(officer(jiangsu, "duty").read("/api/v1/hits/" + hitId).get("alertWithdrawn").asBoolean()).isTrue();
    JsonNode history = officer(jiangsu, "duty").read("/api/v1/alerts/" + alert).get("history");
    assertThat(history.get(history.size() - 1).get("doneBy").asString()).contains("周涛");
    await(LIMIT, () -> officer(zhejiang, "investigator").get("/api/v1/alerts/" + alert).statusCode() == 200
        && "withdrawn".equals(officer(zhejiang, "investigator").read("/api/v1/alerts/" + alert).get("state").asString()));
  }

  private JsonNode passes(String residentId, String eventId) {
    HttpResponse<String> answer = checkpoint().post("/api/v1/checkpoints/" + HAIYONG + "/events", """
        {"events": [{"id": "%s", "kind": "person", "at": "%s", "lane": "1", "residentId": "%s"}]}
        """.formatted(eventId, Instant.now(), residentId));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode hits = checkpoint().json(answer).get("hits");
    assertThat(hits).as(answer.body()).hasSize(1);
    return hits.get(0);
  }

  private boolean passesWithoutHit(String residentId, String eventId) {
    HttpResponse<String> answer = checkpoint().post("/api/v1/checkpoints/" + HAIYONG + "/events", """
        {"events": [{"id": "%s", "kind": "person", "at": "%s", "lane": "1", "residentId": "%s"}]}
        """.formatted(eventId, Instant.now(), residentId));
    return answer.statusCode() == 200 && checkpoint().json(answer).get("hits").isEmpty();
  }

  private String publish(RunningNode node, String residentId, String name) {
    HttpResponse<String> created = officer(node, "investigator").post("/api/v1/alerts", """
        {"kind": "person", "category": "wanted-for-arrest", "person": {"residentId": "%s", "name": "%s"}, "reason": "抢劫在逃", "validUntil": "2099-01-01"}
        """.formatted(residentId, name));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = officer(node, "investigator").json(created).get("id").asString();
    await(LIMIT, () -> checkpoint().get("/api/v1/alerts/" + id).statusCode() == 200);
    return id;
  }

  private ApiCalls checkpoint() {
    return officer(jiangsu, "checkpoint");
  }

  private static ApiCalls officer(RunningNode node, String username) {
    return ApiCalls.at(node.url(), username);
  }
}
