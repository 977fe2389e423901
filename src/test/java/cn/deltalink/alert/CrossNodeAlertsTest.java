package cn.deltalink.alert;

import static cn.deltalink.alert.ApiCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.exchange.RunningNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Zhejiang issues alerts, Jiangsu keeps the replica, over real HTTP between two nodes in one JVM.
 * Jiangsu is stopped while Zhejiang changes its list and catches up when it starts again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossNodeAlertsTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);

  private Path region;
  private RunningNode.Spec js;
  private RunningNode.Spec zj;
  private Map<String, String> endpoints;
  private RunningNode jiangsu;
  private RunningNode zhejiang;

  @BeforeAll
  void startTwoNodes() throws Exception {
    region = Files.createTempDirectory("deltalink-alerts");
    js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    zj = new RunningNode.Spec("ZJ", "33", RunningNode.freePort());
    endpoints = RunningNode.endpoints(List.of(js, zj));
    jiangsu = RunningNode.start(js, region, endpoints, Map.of());
    zhejiang = RunningNode.start(zj, region, endpoints, Map.of());
  }

  @AfterAll
  void stopNodes() {
    RunningNode.stopAll(region, jiangsu, zhejiang);
  }

  @Test
  @Order(1)
  void anAlertPublishedAtZhejiangIsInTheJiangsuReplicaWithTheSameVersionAndDigest() {
    String residentId = Residents.residentId("330106", LocalDate.of(1985, 3, 14), 12, true);
    HttpResponse<String> created = investigator(zhejiang).post("/api/v1/alerts", """
        {"kind": "person", "category": "wanted-for-arrest", "person": {"residentId": "%s", "name": "王建国", "aliases": ["王国"]},
         "reason": "涉嫌诈骗，网上追逃", "warningMarkers": ["violent", "escape-risk"], "actionOnHit": "arrest", "handlingCode": "H1",
         "validUntil": "%s", "targets": ["ALL"]}
        """.formatted(residentId, LocalDate.now().plusYears(1)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = investigator(zhejiang).json(created).get("id").asString();
    assertThat(investigator(zhejiang).json(created).get("version").asLong()).isEqualTo(1);

    await(LIMIT, () -> investigator(jiangsu).get("/api/v1/alerts/" + id).statusCode() == 200);
    JsonNode atJiangsu = investigator(jiangsu).read("/api/v1/alerts/" + id);
    assertThat(atJiangsu.get("issuingNode").asString()).isEqualTo("ZJ");
    assertThat(atJiangsu.get("issuingAgency").asString()).isEqualTo("330000000000");
    assertThat(atJiangsu.get("own").asBoolean()).isFalse();
    assertThat(atJiangsu.get("person").get("residentId").asString()).isEqualTo(residentId);
    assertThat(atJiangsu.get("warningMarkers").valueStream().map(JsonNode::asString)).containsExactly("violent", "escape-risk");
    assertThat(atJiangsu.get("actionOnHit").asString()).isEqualTo("arrest");
    JsonNode listed = investigator(jiangsu).read("/api/v1/alerts?origin=replica&issuer=ZJ").get(0);
    assertThat(listed.get("person").get("residentId").asString()).isEqualTo(residentId.substring(0, 6) + "********" + residentId.substring(14));
    assertThat(digest(jiangsu, "ZJ")).isEqualTo(digest(zhejiang, "ZJ"));
  }

  @Test
  @Order(2)
  void alertsBreakingARuleAreRefusedNamingTheRule() {
    HttpResponse<String> badId = investigator(zhejiang).post("/api/v1/alerts", """
        {"kind": "person", "category": "missing", "person": {"residentId": "330106198503141239"}, "reason": "r", "validUntil": "2099-01-01"}
        """);
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(badId.body()).contains("resident-id.check-character");
    HttpResponse<String> badPlate = investigator(zhejiang).post("/api/v1/alerts", """
        {"kind": "vehicle", "category": "stolen", "vehicle": {"plate": "浙AI2345"}, "reason": "r", "validUntil": "2099-01-01"}
        """);
    assertThat(badPlate.statusCode()).isEqualTo(400);
    assertThat(badPlate.body()).contains("plate.letter-io");
    HttpResponse<String> arrestAVehicle = investigator(zhejiang).post("/api/v1/alerts", """
        {"kind": "vehicle", "category": "stolen", "vehicle": {"plate": "浙A12345"}, "actionOnHit": "arrest", "reason": "r", "validUntil": "2099-01-01"}
        """);
    assertThat(arrestAVehicle.statusCode()).isEqualTo(400);
    assertThat(investigator(zhejiang).post("/api/v1/alerts", "{\"kind\": 5}").statusCode()).isEqualTo(400);
    assertThat(ApiCalls.at(zhejiang.url(), "clerk").post("/api/v1/alerts", "{}").statusCode()).isEqualTo(403);
  }

  @Test
  @Order(3)
  void jiangsuStoppedWhileZhejiangPublishesAmendsAndWithdrawsCatchesUpOnRestart() {
    String first = publishVehicle(zhejiang, Residents.plate("浙", 'A', 12001));
    await(LIMIT, () -> investigator(jiangsu).get("/api/v1/alerts/" + first).statusCode() == 200);
    jiangsu.close();
    jiangsu = null;

    HttpResponse<String> amended = investigator(zhejiang).patch("/api/v1/alerts/" + first, "{\"reason\": \"车主报案：车辆被盗，已改色\"}");
    assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
    assertThat(investigator(zhejiang).json(amended).get("version").asLong()).isEqualTo(2);
    assertThat(investigator(zhejiang).json(amended).get("state").asString()).isEqualTo("amended");
    String second = publishVehicle(zhejiang, Residents.plate("浙", 'B', 34002));
    assertThat(investigator(zhejiang).post("/api/v1/alerts/" + second + "/withdrawal", "{\"reason\": \"recovered\"}").statusCode()).isEqualTo(200);
    List<String> bulk = new ArrayList<>();
    StringBuilder list = new StringBuilder("{\"alerts\": [");
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      list.append(i > 0 ? "," : "").append("""
          {"kind": "person", "category": "discreet-check", "person": {"residentId": "%s"}, "reason": "批量布控 %d", "validUntil": "2099-12-31"}
          """.formatted(Residents.anyResidentId(random), i));
    }
    HttpResponse<String> published = investigator(zhejiang).post("/api/v1/alerts/bulk", list.append("]}").toString());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    investigator(zhejiang).json(published).get("alerts").forEach(a -> bulk.add(a.get("id").asString()));

    jiangsu = RunningNode.start(js, region, endpoints, Map.of());

    await(LIMIT, () -> digest(jiangsu, "ZJ").equals(digest(zhejiang, "ZJ")));
    JsonNode firstAtJiangsu = investigator(jiangsu).read("/api/v1/alerts/" + first);
    assertThat(firstAtJiangsu.get("version").asLong()).isEqualTo(2);
    assertThat(firstAtJiangsu.get("reason").asString()).isEqualTo("车主报案：车辆被盗，已改色");
    assertThat(investigator(jiangsu).read("/api/v1/alerts/" + second).get("state").asString()).isEqualTo("withdrawn");
    assertThat(investigator(jiangsu).read("/api/v1/alerts/replica-digest").get("issuers").get("ZJ").get("count").asLong()).isGreaterThanOrEqualTo(bulk.size() + 3);
    assertThat(investigator(jiangsu).read("/api/v1/alerts?issuer=ZJ&residentId=" + "X".repeat(0) + firstResidentIdOf(bulk.get(0))).size()).isEqualTo(1);
  }

  @Test
  @Order(4)
  void aFlagNotActedOnHereAtJiangsuIsSeenByTheIssuer() {
    String id = publishVehicle(zhejiang, Residents.plate("浙", 'C', 56003));
    await(LIMIT, () -> investigator(jiangsu).get("/api/v1/alerts/" + id).statusCode() == 200);
    HttpResponse<String> flagged = ApiCalls.at(jiangsu.url(), "duty").post("/api/v1/alerts/" + id + "/flag", "{\"reason\": \"本省法律不允许扣押\"}");
    assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(201);
    assertThat(investigator(jiangsu).read("/api/v1/alerts/" + id).get("notActedOnHere").asString()).isEqualTo("本省法律不允许扣押");
    await(LIMIT, () -> investigator(zhejiang).read("/api/v1/alerts/" + id).get("flags").size() == 1);
    JsonNode flag = investigator(zhejiang).read("/api/v1/alerts/" + id).get("flags").get(0);
    assertThat(flag.get("node").asString()).isEqualTo("JS");
    assertThat(flag.get("reason").asString()).isEqualTo("本省法律不允许扣押");
    assertThat(ApiCalls.at(zhejiang.url(), "duty").post("/api/v1/alerts/" + id + "/flag", "{\"reason\": \"x\"}").statusCode()).isEqualTo(409);
  }

  private String firstResidentIdOf(String id) {
    return investigator(zhejiang).read("/api/v1/alerts/" + id).get("person").get("residentId").asString();
  }

  private static String publishVehicle(RunningNode node, String plate) {
    HttpResponse<String> created = investigator(node).post("/api/v1/alerts", """
        {"kind": "vehicle", "category": "stolen", "vehicle": {"plate": "%s"}, "reason": "车辆被盗", "handlingCode": "H0", "validUntil": "2099-12-31"}
        """.formatted(plate));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return investigator(node).json(created).get("id").asString();
  }

  private static String digest(RunningNode node, String issuer) {
    JsonNode issuers = investigator(node).read("/api/v1/alerts/replica-digest").get("issuers");
    return issuers.has(issuer) ? issuers.get(issuer).get("count").asLong() + ":" + issuers.get(issuer).get("digest").asString() : "none";
  }

  private static ApiCalls investigator(RunningNode node) {
    return ApiCalls.at(node.url(), "investigator");
  }
}
