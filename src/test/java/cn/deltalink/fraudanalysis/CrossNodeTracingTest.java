package cn.deltalink.fraudanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.alert.ApiCalls;
import cn.deltalink.exchange.RunningNode;
import cn.deltalink.fraud.Accounts;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The article's case across two provinces: Jiangsu imports a bank's transactions and analyses them; a
 * victim reports paying a first-level card; the trace follows the money to a second-level card opened
 * in Yiwu that was emptied at Yiwu's ATMs. Zhejiang is down when the report comes in: the warning waits
 * in Jiangsu's outbox, arrives when Zhejiang is back, Zhejiang stops the payment and Jiangsu sees it.
 * Two nodes in one JVM over real HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossNodeTracingTest {

  private static final Duration LIMIT = Duration.ofSeconds(90);
  private static final String YIWU = "330782";
  private static final String KUNSHAN = "320583";
  private static final String MAPPING =
      "{\"source\":\"from\",\"target\":\"to\",\"amount\":\"amount\",\"time\":\"time\",\"channel\":\"channel\",\"branchDivision\":\"from_branch\",\"targetBranchDivision\":\"to_branch\"}";
  private static final Instant FRAUD_DAY = Instant.parse("2026-11-10T01:00:00Z");

  private final Random random = new Random(20261130);
  private final String firstLevel = Accounts.anyCard(random);
  private final String secondLevel = Accounts.anyCard(random);
  private Path region;
  private RunningNode.Spec zj;
  private Map<String, String> endpoints;
  private RunningNode jiangsu;
  private RunningNode zhejiang;

  @BeforeAll
  void startTwoNodes() throws Exception {
    region = Files.createTempDirectory("deltalink-tracing");
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
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
  void aReportTracedToAYiwuCardWarnsZhejiangEvenWhenItWasDownAndJiangsuSeesTheStopPayment() {
    ApiCalls analyst = ApiCalls.at(jiangsu.url(), "analyst");
    String analysis = importAndAnalyse(jiangsu.url(), analyst, bankFile());
    JsonNode flagged = analyst.read("/api/v1/analyses/" + analysis + "/accounts?minScore=60");
    assertThat(StreamSupport.stream(flagged.spliterator(), false).map(a -> a.get("account").asString())).contains(secondLevel);

    zhejiang.close();
    zhejiang = null;
    JsonNode report = analyst.json(analyst.post("/api/v1/fraud-reports", """
        {"amount": 38000.00, "at": "%s", "channel": "phone-call", "payeeAccounts": ["%s"], "description": "冒充公检法，要求转入安全账户"}
        """.formatted(FRAUD_DAY, firstLevel)));
    String reportId = report.get("id").asString();

    Eventually.until("the traced warning on the Yiwu card queued at Jiangsu", () -> sentOn(analyst, secondLevel).isPresent(), LIMIT);
    JsonNode sent = sentOn(analyst, secondLevel).orElseThrow();
    String id = sent.get("id").asString();
    assertThat(sent.get("receiverNode").asString()).isEqualTo("ZJ");
    assertThat(sent.get("branchDivisionCode").asString()).isEqualTo(YIWU);
    assertThat(sent.get("reportId").asString()).isEqualTo(reportId);
    assertThat(sent.get("state").asString()).isEqualTo("waiting");
    assertThat(sent.get("moneyPath").get(0).get("fromAccount").asString()).isEqualTo(firstLevel);
    assertThat(sent.get("moneyPath").get(0).get("toAccount").asString()).isEqualTo(secondLevel);
    assertThat(sent.get("reasons")).isNotEmpty();

    zhejiang = RunningNode.start(zj, region, endpoints, Map.of());
    ApiCalls zhejiangAnalyst = ApiCalls.at(zhejiang.url(), "analyst");
    Eventually.until("the warning in Zhejiang's inbox", () -> zhejiangAnalyst.get("/api/v1/fraud-warnings/" + id).statusCode() == 200, LIMIT);
    JsonNode received = zhejiangAnalyst.read("/api/v1/fraud-warnings/" + id);
    assertThat(received.get("side").asString()).isEqualTo("received");
    assertThat(received.get("account").asString()).isEqualTo(secondLevel);
    assertThat(received.get("senderNode").asString()).isEqualTo("JS");

    HttpResponse<String> stop = zhejiangAnalyst.post("/api/v1/fraud-warnings/" + id + "/interventions",
        "{\"kind\": \"stop-payment\", \"outcome\": \"succeeded\", \"amountStopped\": 20000.00, \"note\": \"义乌支行止付成功\"}");
    assertThat(stop.statusCode()).as(stop.body()).isEqualTo(201);

    Eventually.until("the stop-payment seen at Jiangsu", () -> analyst.read("/api/v1/fraud-warnings/" + id).get("state").asString().equals("handled"), LIMIT);
    JsonNode atSender = analyst.read("/api/v1/fraud-warnings/" + id);
    assertThat(atSender.get("amountStopped").decimalValue()).isEqualByComparingTo("20000");
    assertThat(atSender.get("interventions").get(0).get("node").asString()).isEqualTo("ZJ");
  }

  private Optional<JsonNode> sentOn(ApiCalls analyst, String account) {
    return StreamSupport.stream(analyst.read("/api/v1/fraud-warnings?side=sent").spliterator(), false).filter(w -> w.get("account").asString().equals(account)).findFirst();
  }

  private static String importAndAnalyse(String base, ApiCalls analyst, String csv) {
    HttpResponse<String> started = TransactionUploads.upload(base, "analyst", "kunshan-bank.csv", csv, MAPPING);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String importId = analyst.json(started).get("id").asString();
    Eventually.until("the import is done", () -> !analyst.read("/api/v1/transaction-imports/" + importId).get("state").asString().matches("waiting|running"));
    assertThat(analyst.read("/api/v1/transaction-imports/" + importId).get("state").asString()).isEqualTo("done");
    HttpResponse<String> analysing = analyst.post("/api/v1/analyses", "{\"importId\": \"" + importId + "\"}");
    assertThat(analysing.statusCode()).as(analysing.body()).isEqualTo(202);
    String analysisId = analyst.json(analysing).get("id").asString();
    Eventually.until("the analysis is done", () -> !analyst.read("/api/v1/analyses/" + analysisId).get("state").asString().matches("waiting|running"));
    assertThat(analyst.read("/api/v1/analyses/" + analysisId).get("state").asString()).isEqualTo("done");
    return analysisId;
  }

  /**
   * A month of ordinary transfers among forty customers, and on the fraud day four victims paying the
   * first-level card, each payment handed on to the Yiwu card within minutes and withdrawn there at
   * ATMs, at most 20,000 yuan a time.
   */
  private String bankFile() {
    String[] branches = {"320613", "320105", "310115", "330106", "340104", KUNSHAN};
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      people.add(Accounts.anyCard(random));
    }
    StringBuilder csv = new StringBuilder("from,to,amount,time,channel,from_branch,to_branch\n");
    Instant start = FRAUD_DAY.minus(Duration.ofDays(20));
    for (int i = 0; i < 300; i++) {
      String from = people.get(random.nextInt(people.size()));
      String to = people.get(random.nextInt(people.size()));
      if (!from.equals(to)) {
        row(csv, from, to, 50 + random.nextInt(2_000), start.plusSeconds(random.nextInt(30 * 86_400)), "转账", branches[from.hashCode() & 3], branches[to.hashCode() & 3]);
      }
    }
    Instant paid = FRAUD_DAY;
    for (int v = 0; v < 4; v++) {
      String victim = Accounts.anyCard(random);
      long lost = 30_000 + random.nextInt(20_000);
      long handedOn = lost * 99 / 100;
      row(csv, victim, firstLevel, lost, paid, "手机银行", branches[v], KUNSHAN);
      Instant onward = paid.plusSeconds(300 + random.nextInt(600));
      row(csv, firstLevel, secondLevel, handedOn, onward, "转账", KUNSHAN, YIWU);
      Instant withdrawn = onward.plusSeconds(600);
      for (long left = handedOn; left > 0; left -= 20_000) {
        row(csv, secondLevel, "ATM-" + YIWU + "-" + random.nextInt(9), Math.min(left, 20_000), withdrawn, "ATM取现", YIWU, YIWU);
        withdrawn = withdrawn.plusSeconds(900);
      }
      paid = paid.plusSeconds(5_400);
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, String from, String to, long yuan, Instant at, String channel, String fromBranch, String toBranch) {
    csv.append(from).append(',').append(to).append(',').append(yuan).append(".00,").append(at).append(',').append(channel).append(',').append(fromBranch).append(',').append(toBranch).append('\n');
  }
}
