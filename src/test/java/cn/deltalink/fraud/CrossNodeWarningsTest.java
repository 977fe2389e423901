package cn.deltalink.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.exchange.RunningNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * Jiangsu (Nantong's anti-fraud centre) warns Zhejiang about a mule account opened in Yiwu; Zhejiang is
 * down when the warning leaves, gets it when it starts again, stops the payment, and Jiangsu sees the
 * outcome. Risk entries travel to every replica. Two nodes in one JVM over real HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossNodeWarningsTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final String YIWU = "330782";
  private static final String NANTONG = "320613";

  private final Random random = new Random();
  private Path region;
  private RunningNode.Spec js;
  private RunningNode.Spec zj;
  private Map<String, String> endpoints;
  private RunningNode jiangsu;
  private RunningNode zhejiang;

  @BeforeAll
  void startTwoNodes() throws Exception {
    region = Files.createTempDirectory("deltalink-fraud");
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
  void aRiskEntryRecordedInJiangsuIsScreenedInZhejiang() {
    String card = Accounts.anyCard(random);
    analyst(jiangsu).post("/api/v1/risk-entries", "{\"type\": \"bank-card\", \"value\": \"%s\", \"label\": \"一级卡\", \"level\": 5, \"source\": \"case\"}".formatted(card), 201);

    Eventually.until("the entry screened as known at Zhejiang", () -> known(zhejiang, card));
    JsonNode item = analyst(zhejiang).post("/api/v1/risk-entries/screening", "{\"items\": [{\"type\": \"bank-card\", \"value\": \"%s\"}]}".formatted(card), 200).get("items").get(0);
    assertThat(item.get("level").asInt()).isEqualTo(5);
    assertThat(item.get("reasons").get(0).asString()).contains("JS");
  }

  @Test
  @Order(2)
  void aWarningWaitsInTheOutboxWhileZhejiangIsDownAndArrivesWhenItReturns() {
    zhejiang.close();
    zhejiang = null;
    String mule = Accounts.anyCard(random);

    JsonNode sent = analyst(jiangsu).post("/api/v1/fraud-warnings", """
        {"account": "%s", "branchDivisionCode": "%s", "score": 91, "reasons": ["fan-in: 14 victims in 2 hours", "rapid pass-through: out within 6 minutes"],
         "moneyPath": [{"fromAccount": "6222020000000000001", "toAccount": "%s", "amount": 58000.00, "at": "2026-11-29T09:31:00Z"}],
         "handlingCode": "H1", "amountAtRisk": 58000.00}
        """.formatted(mule, YIWU, mule), 201);
    String id = sent.get("id").asString();
    assertThat(sent.get("receiverNode").asString()).isEqualTo("ZJ");
    assertThat(state(jiangsu, id)).isEqualTo("waiting");

    zhejiang = RunningNode.start(zj, region, endpoints, Map.of());

    Eventually.until("the warning in Zhejiang's inbox", () -> analyst(zhejiang).get("/api/v1/fraud-warnings/" + id).statusCode() == 200, LIMIT);
    JsonNode received = analyst(zhejiang).read("/api/v1/fraud-warnings/" + id);
    assertThat(received.get("side").asString()).isEqualTo("received");
    assertThat(received.get("state").asString()).isEqualTo("new");
    assertThat(received.get("account").asString()).isEqualTo(mule);
    assertThat(received.get("moneyPath").get(0).get("toAccount").asString()).isEqualTo(mule);
    assertThat(received.get("reasons")).hasSize(2);
    Eventually.until("the warning shown delivered at Jiangsu", () -> state(jiangsu, id).equals("delivered"), LIMIT);
  }

  @Test
  @Order(3)
  void zhejiangsStopPaymentTravelsBackToJiangsu() {
    String id = warnFromJiangsuInTransaction(Accounts.anyCard(random), YIWU);
    Eventually.until("the warning in Zhejiang's inbox", () -> analyst(zhejiang).get("/api/v1/fraud-warnings/" + id).statusCode() == 200, LIMIT);

    JsonNode stop = analyst(zhejiang).post("/api/v1/fraud-warnings/" + id + "/interventions",
        "{\"kind\": \"stop-payment\", \"outcome\": \"succeeded\", \"amountStopped\": 30000.00, \"note\": \"义乌农商行已止付\"}", 201);
    assertThat(stop.get("kind").asString()).isEqualTo("stop-payment");
    assertThat(analyst(zhejiang).read("/api/v1/fraud-warnings/" + id).get("state").asString()).isEqualTo("handled");

    Eventually.until("the stop-payment seen at Jiangsu", () -> state(jiangsu, id).equals("handled"), LIMIT);
    JsonNode atSender = analyst(jiangsu).read("/api/v1/fraud-warnings/" + id);
    assertThat(atSender.get("amountStopped").decimalValue()).isEqualByComparingTo("30000");
    assertThat(atSender.get("interventions").get(0).get("node").asString()).isEqualTo("ZJ");
    assertThat(atSender.get("interventions").get(0).get("note").asString()).isEqualTo("义乌农商行已止付");
  }

  @Test
  @Order(4)
  void onlyTheReceivingProvinceRecordsInterventionsAndItRefusesNonsense() {
    String id = warnFromJiangsuInTransaction(Accounts.anyCard(random), YIWU);
    HttpResponse<String> atSender = analyst(jiangsu).post("/api/v1/fraud-warnings/" + id + "/interventions", "{\"kind\": \"freeze\", \"outcome\": \"pending\"}");
    assertThat(atSender.statusCode()).isEqualTo(404);
    Eventually.until("the warning in Zhejiang's inbox", () -> analyst(zhejiang).get("/api/v1/fraud-warnings/" + id).statusCode() == 200, LIMIT);
    HttpResponse<String> failedWithMoney = analyst(zhejiang).post("/api/v1/fraud-warnings/" + id + "/interventions",
        "{\"kind\": \"freeze\", \"outcome\": \"failed\", \"amountStopped\": 5}");
    assertThat(failedWithMoney.statusCode()).isEqualTo(400);
    HttpResponse<String> clerk = FraudCalls.as(zhejiang.url(), "clerk").post("/api/v1/fraud-warnings/" + id + "/interventions", "{\"kind\": \"freeze\", \"outcome\": \"pending\"}");
    assertThat(clerk.statusCode()).isEqualTo(403);
  }

  @Test
  @Order(5)
  void aWarningOnAnAccountOfTheOwnProvinceIsReceivedAtOnce() {
    String id = warnFromJiangsuInTransaction(Accounts.anyCard(random), NANTONG);

    JsonNode received = analyst(jiangsu).read("/api/v1/fraud-warnings/" + id);
    assertThat(received.get("side").asString()).isEqualTo("received");
    assertThat(received.get("receiverNode").asString()).isEqualTo("JS");
    HttpResponse<String> unknownProvince = analyst(jiangsu).post("/api/v1/fraud-warnings",
        "{\"account\": \"6222020000000000001\", \"branchDivisionCode\": \"110105\", \"score\": 80, \"reasons\": [\"fan-out\"]}");
    assertThat(unknownProvince.statusCode()).isEqualTo(400);
    assertThat(unknownProvince.body()).contains("province 11");
  }

  /** What the analysis model does: sends through the API type, inside its own transaction. */
  private String warnFromJiangsuInTransaction(String account, String branch) {
    FraudWarnings warnings = jiangsu.bean(FraudWarnings.class);
    WarningId id = jiangsu.transaction().execute(status -> warnings.send(new WarningDraft(account, branch, 88, List.of("gather-scatter through 3 layers"),
        List.of(new MoneyStep("6222020000000000001", account, new BigDecimal("42000.00"), Instant.parse("2026-11-29T10:00:00Z"))), "H0", null, new BigDecimal("42000.00"))));
    return id.value().toString();
  }

  private String state(RunningNode node, String id) {
    return analyst(node).read("/api/v1/fraud-warnings/" + id).get("state").asString();
  }

  private boolean known(RunningNode node, String card) {
    return analyst(node).post("/api/v1/risk-entries/screening", "{\"items\": [{\"type\": \"bank-card\", \"value\": \"%s\"}]}".formatted(card), 200).get("items").get(0).get("known").asBoolean();
  }

  private static FraudCalls analyst(RunningNode node) {
    return FraudCalls.as(node.url(), "analyst");
  }
}
