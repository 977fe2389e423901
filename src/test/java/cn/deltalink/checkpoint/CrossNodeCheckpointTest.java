package cn.deltalink.checkpoint;

import static cn.deltalink.alert.ApiCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.alert.ApiCalls;
import cn.deltalink.alert.Residents;
import cn.deltalink.exchange.RunningNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * An alert published at Zhejiang hits at a Jiangsu checkpoint: the hit (one id at both nodes) reaches
 * Zhejiang's duty desk, is confirmed there, and the checkpoint's outcome goes back. Both nodes run on
 * one clock the test moves, so deadlines pass without waiting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossNodeCheckpointTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);
  /** 江苏 Nantong Haimen: Haiyong police station, a border station of Jiangsu. */
  private static final String HAIYONG = "320614510000";

  private final MovableClock clock = new MovableClock(Instant.now());
  private final String wantedId = Residents.residentId("330106", LocalDate.of(1979, 6, 2), 41, true);
  private final String stolenPlate = "浙A3D580";
  private Path region;
  private RunningNode.Spec js;
  private RunningNode.Spec zj;
  private Map<String, String> endpoints;
  private RunningNode jiangsu;
  private RunningNode zhejiang;
  private String personAlert;
  private String vehicleAlert;

  @BeforeAll
  void startTwoNodesAndPublishAtZhejiang() throws Exception {
    region = Files.createTempDirectory("deltalink-checkpoints");
    js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    zj = new RunningNode.Spec("ZJ", "33", RunningNode.freePort());
    endpoints = RunningNode.endpoints(List.of(js, zj));
    jiangsu = RunningNode.start(js, region, endpoints, properties(), clock);
    zhejiang = RunningNode.start(zj, region, endpoints, properties(), clock);
    HttpResponse<String> posted = officer(jiangsu, "admin").put("/api/v1/checkpoints/" + HAIYONG + "/officers/checkpoint");
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    personAlert = publish("""
        {"kind": "person", "category": "wanted-for-arrest", "person": {"residentId": "%s", "name": "赵志强"}, "reason": "故意伤害在逃",
         "warningMarkers": ["armed"], "handlingCode": "H1", "validUntil": "2099-01-01"}
        """.formatted(wantedId));
    vehicleAlert = publish("""
        {"kind": "vehicle", "category": "stolen", "vehicle": {"plate": "%s"}, "reason": "车辆被盗", "validUntil": "2099-01-01"}
        """.formatted(stolenPlate));
    await(LIMIT, () -> officer(jiangsu, "investigator").get("/api/v1/alerts/" + vehicleAlert).statusCode() == 200
        && officer(jiangsu, "investigator").get("/api/v1/alerts/" + personAlert).statusCode() == 200);
  }

  private static Map<String, String> properties() {
    // the arrest in the first test would withdraw the alert that the later ones hit (ArrestWithdrawalTest has that)
    return Map.of("deltalink.checkpoint.clock-interval", "200ms", "deltalink.checkpoint.max-batch", "50", "deltalink.alert.withdraw-on-arrest", "false");
  }

  @AfterAll
  void stopNodes() {
    RunningNode.stopAll(region, jiangsu, zhejiang);
  }

  @Test
  @Order(1)
  void aBatchIsAnsweredPerItemAndItsHitReachesTheIssuerWithTheSameIdAndClock() {
    String at = Instant.now().toString();
    HttpResponse<String> answer = checkpoint(jiangsu).post("/api/v1/checkpoints/" + HAIYONG + "/events", """
        {"events": [
          {"id": "cam-1", "kind": "vehicle", "at": "%1$s", "lane": "2", "plate": "苏E12345", "plateConfidence": 0.97},
          {"id": "card-1", "kind": "person", "at": "%1$s", "lane": "1", "residentId": "%2$s", "name": "赵志强"},
          {"id": "bad-1", "kind": "bicycle", "at": "%1$s"},
          {"id": "bad-2", "kind": "person", "at": "yesterday", "residentId": "%2$s"},
          {"id": "cam-1", "kind": "vehicle", "at": "%1$s", "plate": "苏E12345"}
        ]}
        """.formatted(at, wantedId));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode batch = checkpoint(jiangsu).json(answer);
    assertThat(batch.get("items").valueStream().map(i -> i.get("result").asString())).containsExactly("accepted", "accepted", "refused", "refused", "duplicate");
    assertThat(batch.get("items").get(2).get("reason").asString()).contains("kind");
    assertThat(batch.get("items").get(3).get("reason").asString()).contains("at");
    assertThat(batch.get("hits")).hasSize(1);
    JsonNode hit = batch.get("hits").get(0);
    assertThat(hit.get("alertId").asString()).isEqualTo(personAlert);
    assertThat(hit.get("match").asString()).isEqualTo("certain");
    assertThat(hit.get("actionOnHit").asString()).isEqualTo("arrest");
    assertThat(hit.get("warningMarkers").valueStream().map(JsonNode::asString)).containsExactly("armed");
    String id = hit.get("id").asString();

    HttpResponse<String> again = checkpoint(jiangsu).post("/api/v1/checkpoints/" + HAIYONG + "/events", """
        {"events": [{"id": "card-1", "kind": "person", "at": "%s", "residentId": "%s"}]}
        """.formatted(at, wantedId));
    assertThat(checkpoint(jiangsu).json(again).get("items").get(0).get("result").asString()).isEqualTo("duplicate");
    assertThat(checkpoint(jiangsu).json(again).get("hits")).isEmpty();

    await(LIMIT, () -> duty(zhejiang).get("/api/v1/hits/" + id).statusCode() == 200);
    JsonNode atIssuer = duty(zhejiang).read("/api/v1/hits/" + id);
    assertThat(atIssuer.get("state").asString()).isEqualTo("awaiting-confirmation");
    Instant confirmBy = Instant.parse(atIssuer.get("confirmBy").asString());
    assertThat(Duration.between(Instant.parse(atIssuer.get("receivedAt").asString()), confirmBy)).isEqualTo(Duration.ofMinutes(10));
    assertThat(duty(zhejiang).read("/api/v1/hits?state=awaiting-confirmation").valueStream().map(h -> h.get("id").asString())).contains(id);
    await(LIMIT, () -> checkpoint(jiangsu).read("/api/v1/hits/" + id).has("confirmBy"));
    assertThat(Instant.parse(checkpoint(jiangsu).read("/api/v1/hits/" + id).get("confirmBy").asString())).isEqualTo(confirmBy);

    HttpResponse<String> confirmed = duty(zhejiang).post("/api/v1/hits/" + id + "/confirmation", "{\"decision\": \"confirmed\"}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(duty(jiangsu).post("/api/v1/hits/" + id + "/confirmation", "{\"decision\": \"confirmed\"}").statusCode()).isEqualTo(409);
    await(LIMIT, () -> checkpoint(jiangsu).read("/api/v1/hits/" + id).get("state").asString().equals("confirmed"));

    HttpResponse<String> outcome = checkpoint(jiangsu).post("/api/v1/hits/" + id + "/outcome", "{\"outcome\": \"arrested\"}");
    assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(200);
    await(LIMIT, () -> "arrested".equals(duty(zhejiang).read("/api/v1/hits/" + id).path("outcome").asString(null)));
  }

  @Test
  @Order(2)
  void aLookAlikePlateReadIsAPossibleHitWithItsReason() {
    HttpResponse<String> answer = checkpoint(jiangsu).post("/api/v1/checkpoints/" + HAIYONG + "/events", """
        {"events": [{"id": "cam-2", "kind": "vehicle", "at": "%s", "lane": "3", "plate": "浙A3D58O", "plateConfidence": 0.8}]}
        """.formatted(Instant.now()));
    JsonNode hits = checkpoint(jiangsu).json(answer).get("hits");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).get("alertId").asString()).isEqualTo(vehicleAlert);
    assertThat(hits.get(0).get("reason").asString()).isNotBlank();
  }

  @Test
  @Order(3)
  void unknownCheckpointsAndOversizedBatchesAreRefused() {
    assertThat(checkpoint(jiangsu).post("/api/v1/checkpoints/330421510000/events", "{\"events\": []}").statusCode()).isEqualTo(404);
    StringBuilder many = new StringBuilder("{\"events\": [");
    for (int i = 0; i < 51; i++) {
      many.append(i > 0 ? "," : "").append("{\"id\": \"e").append(i).append("\", \"kind\": \"vehicle\", \"at\": \"").append(Instant.now()).append("\", \"plate\": \"苏A12345\"}");
    }
    assertThat(checkpoint(jiangsu).post("/api/v1/checkpoints/" + HAIYONG + "/events", many.append("]}").toString()).statusCode()).isEqualTo(413);
    assertThat(checkpoint(jiangsu).post("/api/v1/checkpoints/" + HAIYONG + "/events", "{\"events\": 3}").statusCode()).isEqualTo(400);
    assertThat(checkpoint(jiangsu).post("/api/v1/checkpoints/" + HAIYONG + "/events", "[").statusCode()).isEqualTo(400);
  }

  @Test
  @Order(4)
  void withTheIssuerDownTheHitWaitsWithoutAClockWhichStartsWhenItArrivesAndRunsOutAtBothNodes() {
    zhejiang.close();
    zhejiang = null;
    HttpResponse<String> answer = checkpoint(jiangsu).post("/api/v1/checkpoints/" + HAIYONG + "/events", """
        {"events": [{"id": "card-9", "kind": "person", "at": "%s", "residentId": "%s"}]}
        """.formatted(Instant.now(), wantedId));
    String id = checkpoint(jiangsu).json(answer).get("hits").get(0).get("id").asString();
    JsonNode waiting = checkpoint(jiangsu).read("/api/v1/hits/" + id);
    assertThat(waiting.get("issuerReceived").asBoolean()).isFalse();
    assertThat(waiting.has("confirmBy")).isFalse();

    clock.advance(Duration.ofMinutes(30));
    zhejiang = RunningNode.start(zj, region, endpoints, properties(), clock);

    await(LIMIT, () -> checkpoint(jiangsu).read("/api/v1/hits/" + id).has("confirmBy"));
    Instant confirmBy = Instant.parse(duty(zhejiang).read("/api/v1/hits/" + id).get("confirmBy").asString());
    assertThat(confirmBy).isAfter(clock.instant());
    assertThat(duty(zhejiang).read("/api/v1/hits/" + id).get("overdue").asBoolean()).isFalse();

    clock.advance(Duration.ofMinutes(6));
    await(LIMIT, () -> duty(zhejiang).read("/api/v1/hits/" + id).get("reminded").asBoolean());
    clock.advance(Duration.ofMinutes(5));
    await(LIMIT, () -> duty(zhejiang).read("/api/v1/hits/" + id).get("overdue").asBoolean() && checkpoint(jiangsu).read("/api/v1/hits/" + id).get("overdue").asBoolean());
    assertThat(duty(zhejiang).read("/api/v1/hits?overdue=true").valueStream().map(h -> h.get("id").asString())).contains(id);
  }

  @Test
  @Order(5)
  void theStatisticsCountTheHitsAndTheFugitiveInterceptedAndThePagesShowThem() {
    JsonNode figures = duty(jiangsu).read("/api/v1/statistics/checkpoints?days=7");
    assertThat(figures.get("totals").get("hits").asLong()).isEqualTo(3);
    assertThat(figures.get("totals").get("fugitives_intercepted").asLong()).isEqualTo(1);
    assertThat(figures.get("totals").get("checks").asLong()).isGreaterThanOrEqualTo(4);
    assertThat(figures.get("perCheckpoint").valueStream().filter(c -> c.get("code").asString().equals(HAIYONG)).findFirst().orElseThrow().get("hits").asLong()).isEqualTo(3);
    assertThat(duty(zhejiang).read("/api/v1/statistics/checkpoints").get("perIssuer").get(0).get("breaches").asLong()).isEqualTo(1);
    assertThat(duty(jiangsu).get("/api/v1/statistics/checkpoints?days=0").statusCode()).isEqualTo(400);
    HttpResponse<String> screen = checkpoint(jiangsu).get("/checkpoints/" + HAIYONG);
    assertThat(screen.statusCode()).isEqualTo(200);
    assertThat(screen.body()).contains("/hits/stream").contains(HAIYONG);
    assertThat(duty(zhejiang).get("/hits").statusCode()).isEqualTo(200);
    assertThat(duty(zhejiang).get("/statistics/checkpoints").statusCode()).isEqualTo(200);
    assertThat(duty(zhejiang).get("/alerts").body()).contains("赵");
  }

  private String publish(String json) {
    HttpResponse<String> created = officer(zhejiang, "investigator").post("/api/v1/alerts", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return officer(zhejiang, "investigator").json(created).get("id").asString();
  }

  private static ApiCalls checkpoint(RunningNode node) {
    return officer(node, "checkpoint");
  }

  private static ApiCalls duty(RunningNode node) {
    return officer(node, "duty");
  }

  private static ApiCalls officer(RunningNode node, String username) {
    return ApiCalls.at(node.url(), username);
  }
}
