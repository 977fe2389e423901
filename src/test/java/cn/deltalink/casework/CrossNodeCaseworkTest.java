package cn.deltalink.casework;

import static cn.deltalink.alert.ApiCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.alert.ApiCalls;
import cn.deltalink.alert.Residents;
import cn.deltalink.checkpoint.MovableClock;
import cn.deltalink.exchange.RunningNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
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
 * Case work across three provinces: Jiangsu's Nantong bureau asks Yiwu (Zhejiang) and Hefei (Anhui)
 * for assistance against the clock, a Suzhou case becomes joint with Hangzhou and Hefei with evidence
 * whose custody verifies at every node, and an identifier of one province's case links to another's.
 * All nodes run on one clock the test moves, so deadlines pass without waiting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossNodeCaseworkTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final String NANTONG = "320600000000";
  private static final String SUZHOU = "320500000000";
  private static final String YIWU = "330782000000";
  private static final String HANGZHOU = "330100000000";
  private static final String HEFEI = "340100000000";

  private final MovableClock clock = new MovableClock(Instant.now());
  private Path region;
  private RunningNode.Spec js;
  private RunningNode.Spec ah;
  private Map<String, String> endpoints;
  private RunningNode jiangsu;
  private RunningNode zhejiang;
  private RunningNode anhui;
  private String nantongCase;

  @BeforeAll
  void startThreeNodes() throws Exception {
    region = Files.createTempDirectory("deltalink-casework");
    js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    RunningNode.Spec zj = new RunningNode.Spec("ZJ", "33", RunningNode.freePort());
    ah = new RunningNode.Spec("AH", "34", RunningNode.freePort());
    endpoints = RunningNode.endpoints(List.of(js, zj, ah));
    jiangsu = RunningNode.start(js, region, endpoints, properties(), clock);
    zhejiang = RunningNode.start(zj, region, endpoints, properties(), clock);
    anhui = RunningNode.start(ah, region, endpoints, properties(), clock);
    nantongCase = open(jiangsu, "telecom-fraud", NANTONG, "南通“6·18”电信网络诈骗案", "9200000");
  }

  private static Map<String, String> properties() {
    return Map.of("deltalink.casework.clock-interval", "200ms", "deltalink.casework.demo", "false");
  }

  @AfterAll
  void stopNodes() {
    RunningNode.stopAll(region, jiangsu, zhejiang, anhui);
  }

  @Test
  @Order(1)
  void anUrgentRequestIsReceivedAnsweredWithAFileAndAcceptedOnOneClockAtBothSides() {
    HttpResponse<String> sent = investigator(jiangsu).post("/api/v1/assistance-requests", """
        {"caseId": "%s", "toAgency": "%s", "kind": "identify-account-holder", "urgency": "urgent", "handlingCode": "H2",
         "question": "请协查义乌某银行账户6222开头的开户人及取现录像"}
        """.formatted(nantongCase, YIWU));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    String id = json(sent).get("id").asString();

    await(LIMIT, () -> investigator(zhejiang).get("/api/v1/assistance-requests/" + id).statusCode() == 200);
    JsonNode atYiwu = investigator(zhejiang).read("/api/v1/assistance-requests/" + id);
    assertThat(atYiwu.get("side").asString()).isEqualTo("received");
    assertThat(atYiwu.get("state").asString()).isEqualTo("received");
    Instant received = Instant.parse(atYiwu.get("receivedAt").asString());
    Instant due = Instant.parse(atYiwu.get("dueAt").asString());
    assertThat(Duration.between(received, due)).isEqualTo(Duration.ofHours(8));
    assertThat(investigator(zhejiang).read("/api/v1/assistance-requests/inbox").valueStream().map(r -> r.get("id").asString())).contains(id);
    await(LIMIT, () -> investigator(jiangsu).read("/api/v1/assistance-requests/" + id).has("dueAt"));
    assertThat(Instant.parse(investigator(jiangsu).read("/api/v1/assistance-requests/" + id).get("dueAt").asString())).isEqualTo(due);

    String file = Base64.getEncoder().encodeToString("取现录像截图".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> replied = investigator(zhejiang).post("/api/v1/assistance-requests/" + id + "/reply", """
        {"answer": "开户人王某，义乌人，已固定取现录像", "attachments": [{"name": "atm.txt", "contentType": "text/plain", "contentBase64": "%s"}]}
        """.formatted(file));
    assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);
    assertThat(investigator(jiangsu).post("/api/v1/assistance-requests/" + id + "/reply", "{\"answer\": \"x\"}").statusCode()).isEqualTo(409);
    await(LIMIT, () -> investigator(jiangsu).read("/api/v1/assistance-requests/" + id).get("state").asString().equals("answered"));
    JsonNode answered = investigator(jiangsu).read("/api/v1/assistance-requests/" + id);
    assertThat(answered.get("answer").asString()).contains("王某");
    assertThat(answered.get("overdue").asBoolean()).isFalse();
    String fileId = answered.get("files").get(0).get("id").asString();
    await(LIMIT, () -> investigator(jiangsu).get("/api/v1/assistance-requests/" + id + "/files/" + fileId).statusCode() == 200);
    assertThat(investigator(jiangsu).get("/api/v1/assistance-requests/" + id + "/files/" + fileId).body()).isEqualTo("取现录像截图");

    assertThat(investigator(jiangsu).post("/api/v1/assistance-requests/" + id + "/accept", "").statusCode()).isEqualTo(200);
    await(LIMIT, () -> investigator(zhejiang).read("/api/v1/assistance-requests/" + id).get("state").asString().equals("accepted"));
  }

  @Test
  @Order(2)
  void aRequestNotAnsweredInTimeIsRemindedThenEscalatedAtBothSidesAndShownAsABreach() {
    String id = request(NANTONG, HEFEI, "normal", "locate-person");
    await(LIMIT, () -> investigator(jiangsu).read("/api/v1/assistance-requests/" + id).has("dueAt"));
    JsonNode atHefei = investigator(anhui).read("/api/v1/assistance-requests/" + id);
    assertThat(Duration.between(Instant.parse(atHefei.get("receivedAt").asString()), Instant.parse(atHefei.get("dueAt").asString()))).isEqualTo(Duration.ofDays(3));
    assertThat(atHefei.get("reminded").asBoolean()).isFalse();

    clock.advance(Duration.ofHours(55));
    await(LIMIT, () -> investigator(anhui).read("/api/v1/assistance-requests/" + id).get("reminded").asBoolean()
        && investigator(jiangsu).read("/api/v1/assistance-requests/" + id).get("reminded").asBoolean());
    assertThat(investigator(anhui).read("/api/v1/assistance-requests/" + id).get("escalated").asBoolean()).isFalse();

    clock.advance(Duration.ofHours(18));
    await(LIMIT, () -> investigator(anhui).read("/api/v1/assistance-requests/" + id).get("escalated").asBoolean()
        && investigator(jiangsu).read("/api/v1/assistance-requests/" + id).get("escalated").asBoolean());
    assertThat(investigator(jiangsu).read("/api/v1/assistance-requests/" + id).get("overdue").asBoolean()).isTrue();
    assertThat(investigator(anhui).read("/api/v1/assistance-requests/inbox?overdue=true").valueStream().map(r -> r.get("id").asString())).contains(id);
    JsonNode breaches = supervisor(jiangsu).read("/api/v1/assistance-requests/breaches");
    JsonNode hefei = breaches.valueStream().filter(b -> b.get("agency").asString().equals(HEFEI)).findFirst().orElseThrow();
    assertThat(hefei.get("province").asString()).isEqualTo("34");
    assertThat(hefei.get("overdue").asLong()).isEqualTo(1);
    assertThat(supervisor(anhui).get("/").body()).contains("/assistance?overdue=true");

    HttpResponse<String> late = investigator(anhui).post("/api/v1/assistance-requests/" + id + "/reply", "{\"answer\": \"嫌疑人已在合肥落脚，地址已核实\"}");
    assertThat(late.statusCode()).as(late.body()).isEqualTo(200);
    await(LIMIT, () -> investigator(jiangsu).read("/api/v1/assistance-requests/" + id).get("answeredLate").asBoolean());
  }

  @Test
  @Order(3)
  void aReplyToAWithdrawnRequestIsRefusedAndAFollowUpRestartsTheClock() {
    String withdrawn = request(NANTONG, YIWU, "complex", "obtain-evidence");
    await(LIMIT, () -> investigator(zhejiang).get("/api/v1/assistance-requests/" + withdrawn).statusCode() == 200);
    assertThat(investigator(jiangsu).post("/api/v1/assistance-requests/" + withdrawn + "/withdraw", "").statusCode()).isEqualTo(200);
    await(LIMIT, () -> investigator(zhejiang).read("/api/v1/assistance-requests/" + withdrawn).get("state").asString().equals("withdrawn"));
    HttpResponse<String> reply = investigator(zhejiang).post("/api/v1/assistance-requests/" + withdrawn + "/reply", "{\"answer\": \"已调取\"}");
    assertThat(reply.statusCode()).isEqualTo(409);
    assertThat(reply.body()).contains("withdrawn");

    String declined = request(NANTONG, YIWU, "urgent", "arrest");
    await(LIMIT, () -> investigator(zhejiang).get("/api/v1/assistance-requests/" + declined).statusCode() == 200);
    assertThat(investigator(zhejiang).post("/api/v1/assistance-requests/" + declined + "/decline", "{\"reason\": \"缺少立案决定书\"}").statusCode()).isEqualTo(200);
    await(LIMIT, () -> investigator(jiangsu).read("/api/v1/assistance-requests/" + declined).get("state").asString().equals("declined"));
    Instant firstReceipt = Instant.parse(investigator(zhejiang).read("/api/v1/assistance-requests/" + declined).get("receivedAt").asString());
    clock.advance(Duration.ofMinutes(30));
    assertThat(investigator(jiangsu).post("/api/v1/assistance-requests/" + declined + "/follow-up", "{\"question\": \"立案决定书已附，请协助抓捕\"}").statusCode()).isEqualTo(200);
    await(LIMIT, () -> investigator(jiangsu).read("/api/v1/assistance-requests/" + declined).get("state").asString().equals("received"));
    JsonNode again = investigator(zhejiang).read("/api/v1/assistance-requests/" + declined);
    assertThat(again.get("followUps").asInt()).isEqualTo(1);
    assertThat(Instant.parse(again.get("receivedAt").asString())).isAfter(firstReceipt);
  }

  @Test
  @Order(4)
  void badInputIsRefusedWithTheRuleItBreaks() {
    HttpResponse<String> badId = investigator(jiangsu).post("/api/v1/cases/" + nantongCase + "/entities", "{\"type\": \"person\", \"name\": \"王某\", \"residentId\": \"320612199001011235\"}");
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(badId.body()).contains("resident-id.check-character");
    HttpResponse<String> badCard = investigator(jiangsu).post("/api/v1/cases/" + nantongCase + "/entities", "{\"type\": \"bank-card\", \"value\": \"6222021234567890124\"}");
    assertThat(badCard.statusCode()).isEqualTo(400);
    assertThat(badCard.body()).contains("bank-card");
    HttpResponse<String> unknownAgency = investigator(jiangsu).post("/api/v1/assistance-requests", """
        {"caseId": "%s", "toAgency": "339999000000", "kind": "interview", "urgency": "normal", "question": "?"}
        """.formatted(nantongCase));
    assertThat(unknownAgency.statusCode()).isEqualTo(400);
    assertThat(investigator(jiangsu).post("/api/v1/assistance-requests", """
        {"caseId": "%s", "toAgency": "%s", "kind": "interview", "urgency": "soon", "question": "?"}
        """.formatted(nantongCase, YIWU)).statusCode()).isEqualTo(400);
    assertThat(investigator(zhejiang).get("/api/v1/cases/" + nantongCase).statusCode()).isEqualTo(404);
    assertThat(investigator(jiangsu).post("/api/v1/cases/" + nantongCase + "/evidence", """
        {"kind": "banana", "title": "?", "place": "南通", "fileName": "a.txt", "contentBase64": "YQ=="}
        """).statusCode()).isEqualTo(400);
    JsonNode own = investigator(jiangsu).read("/api/v1/cases/" + nantongCase + "/completeness");
    assertThat(own.get("province").asString()).isEqualTo("JS");
    assertThat(own.get("missing").valueStream().map(r -> r.get("kind").asString())).contains("victim-statement", "withdrawal-video");
    JsonNode handOver = investigator(jiangsu).read("/api/v1/cases/" + nantongCase + "/completeness?province=ZJ");
    assertThat(handOver.get("missing").valueStream().map(r -> r.get("kind").asString())).contains("victim-statement").doesNotContain("withdrawal-video");
    assertThat(officer(jiangsu, "clerk").get("/api/v1/cases/" + nantongCase).statusCode()).isEqualTo(403);
  }

  @Test
  @Order(5)
  void aJointCaseAcrossThreeProvincesSharesItsTimelineAndEvidenceWhoseCustodyVerifiesEverywhere() {
    String joint = open(jiangsu, "contract-fraud", SUZHOU, "“背债人”合同诈骗案", "15000000");
    assertThat(investigator(jiangsu).post("/api/v1/cases/" + joint + "/entities", "{\"type\": \"company\", \"creditCode\": \"91320594MA1XXXXX0\", \"name\": \"某贸易公司\"}").statusCode()).isEqualTo(400);
    HttpResponse<String> evidence = investigator(jiangsu).post("/api/v1/cases/" + joint + "/evidence", """
        {"kind": "contract", "title": "借款合同原件扫描", "place": "苏州市公安局经侦支队", "fileName": "contract.txt", "contentType": "text/plain",
         "contentBase64": "%s"}
        """.formatted(Base64.getEncoder().encodeToString("背债合同 2026-03-01".getBytes(StandardCharsets.UTF_8))));
    assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(201);
    String item = json(evidence).get("id").asString();
    assertThat(investigator(jiangsu).post("/api/v1/evidence/" + item + "/custody", "{\"action\": \"sealed\", \"place\": \"苏州物证室\"}").statusCode()).isEqualTo(201);
    assertThat(investigator(jiangsu).post("/api/v1/evidence/" + item + "/custody", "{\"action\": \"collected\", \"place\": \"苏州\"}").statusCode()).isEqualTo(409);

    assertThat(investigator(jiangsu).post("/api/v1/cases/" + joint + "/participants", "{\"agency\": \"" + HANGZHOU + "\"}").statusCode()).isEqualTo(201);
    assertThat(investigator(jiangsu).post("/api/v1/cases/" + joint + "/participants", "{\"agency\": \"" + HEFEI + "\"}").statusCode()).isEqualTo(201);
    assertThat(investigator(jiangsu).post("/api/v1/cases/" + joint + "/participants", "{\"agency\": \"" + HEFEI + "\"}").statusCode()).isEqualTo(409);

    await(LIMIT, () -> investigator(zhejiang).get("/api/v1/evidence/" + item + "/verification").statusCode() == 200
        && investigator(zhejiang).read("/api/v1/evidence/" + item + "/verification").get("fileIntact").asBoolean(false));
    HttpResponse<String> examined = investigator(zhejiang).post("/api/v1/evidence/" + item + "/custody", "{\"action\": \"examined\", \"place\": \"杭州市公安局物证鉴定所\", \"note\": \"笔迹鉴定\"}");
    assertThat(examined.statusCode()).as(examined.body()).isEqualTo(201);
    HttpResponse<String> person = investigator(zhejiang).post("/api/v1/cases/" + joint + "/entities", """
        {"type": "person", "name": "钱某", "residentId": "%s", "phones": ["13957112345"]}
        """.formatted(Residents.residentId("330106", LocalDate.of(1988, 4, 2), 7, true)));
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);

    await(LIMIT, () -> investigator(anhui).get("/api/v1/evidence/" + item + "/verification").statusCode() == 200
        && investigator(anhui).read("/api/v1/evidence/" + item + "/verification").get("chain").size() == 3);
    JsonNode verified = investigator(anhui).read("/api/v1/evidence/" + item + "/verification");
    assertThat(verified.get("fileIntact").asBoolean()).isTrue();
    assertThat(verified.get("custodyValid").asBoolean()).as(verified.toString()).isTrue();
    assertThat(verified.get("chain").valueStream().map(l -> l.get("node").asString())).containsExactly("JS", "JS", "ZJ");
    await(LIMIT, () -> investigator(anhui).read("/api/v1/cases/" + joint).get("entities").size() == 2
        && investigator(jiangsu).read("/api/v1/cases/" + joint).get("timeline").valueStream().anyMatch(t -> t.get("node").asString().equals("ZJ")));
    JsonNode atHefei = investigator(anhui).read("/api/v1/cases/" + joint);
    assertThat(atHefei.get("leadNode").asString()).isEqualTo("JS");
    assertThat(atHefei.get("participants").valueStream().map(p -> p.get("agency").asString())).containsExactly(HANGZHOU, HEFEI);
    JsonNode suspect = atHefei.get("entities").valueStream().filter(e -> e.get("type").asString().equals("person")).findFirst().orElseThrow();
    assertThat(suspect.get("details").get("residentId").asString()).contains("****");

    anhui.superuserJdbc().update("update casework_custody set place = '别处' where evidence_id = ?::uuid and position = 1", item);
    JsonNode tampered = investigator(anhui).read("/api/v1/evidence/" + item + "/verification");
    assertThat(tampered.get("custodyValid").asBoolean()).isFalse();
    assertThat(investigator(jiangsu).read("/api/v1/evidence/" + item + "/verification").get("custodyValid").asBoolean()).isTrue();
  }

  @Test
  @Order(6)
  void anIdentifierInCasesOfTwoProvincesLinksThemAndTheOwnerDecidesOnDetails() {
    String mule = "6222021234567890128";
    assertThat(investigator(jiangsu).post("/api/v1/cases/" + nantongCase + "/entities", "{\"type\": \"bank-card\", \"value\": \"" + mule + "\", \"bank\": \"工商银行\"}").statusCode()).isEqualTo(201);
    assertThat(investigator(jiangsu).read("/api/v1/cases/" + nantongCase + "/links")).isEmpty();

    String yiwuCase = open(zhejiang, "telecom-fraud", YIWU, "义乌“跑分”洗钱案", "860000");
    assertThat(investigator(zhejiang).post("/api/v1/cases/" + yiwuCase + "/entities", "{\"type\": \"bank-card\", \"value\": \"" + mule + "\"}").statusCode()).isEqualTo(201);
    JsonNode atYiwu = investigator(zhejiang).read("/api/v1/cases/" + yiwuCase + "/links");
    assertThat(atYiwu).hasSize(1);
    assertThat(atYiwu.get(0).get("remoteNode").asString()).isEqualTo("JS");
    assertThat(atYiwu.get(0).get("remoteAgency").asString()).isEqualTo(NANTONG);
    assertThat(atYiwu.get(0).has("details")).isFalse();
    assertThat(atYiwu.get(0).get("identifier").asString()).doesNotContain(mule);
    await(LIMIT, () -> investigator(zhejiang).read("/api/v1/cases/" + yiwuCase + "/links").get(0).has("contact"));
    await(LIMIT, () -> investigator(jiangsu).read("/api/v1/cases/" + nantongCase + "/links").valueStream().anyMatch(l -> l.get("side").asString().equals("asker") && l.get("remoteNode").asString().equals("ZJ")));

    String link = atYiwu.get(0).get("id").asString();
    assertThat(investigator(zhejiang).post("/api/v1/links/" + link + "/details-request", "{\"purpose\": \"\"}").statusCode()).isEqualTo(400);
    assertThat(investigator(zhejiang).post("/api/v1/links/" + link + "/details-request", "{\"purpose\": \"串并案侦查：同一取现卡\"}").statusCode()).isEqualTo(200);
    await(LIMIT, () -> supervisor(jiangsu).read("/api/v1/links?side=owner&state=details-requested").size() > 0);
    String owned = supervisor(jiangsu).read("/api/v1/links?side=owner&state=details-requested").get(0).get("id").asString();
    assertThat(supervisor(jiangsu).post("/api/v1/links/" + owned + "/decision", "{\"approve\": false}").statusCode()).isEqualTo(400);
    assertThat(supervisor(jiangsu).post("/api/v1/links/" + owned + "/decision", "{\"approve\": true}").statusCode()).isEqualTo(200);
    await(LIMIT, () -> investigator(zhejiang).read("/api/v1/links/" + link).get("state").asString().equals("approved"));
    assertThat(investigator(zhejiang).read("/api/v1/links/" + link).get("details").get("caseNumber").asString()).startsWith("A" + NANTONG);
  }

  @Test
  @Order(7)
  void aRequestToANodeThatIsDownWaitsAndItsClockStartsAtReceipt() {
    anhui.close();
    anhui = null;
    String id = request(NANTONG, HEFEI, "urgent", "locate-person");
    JsonNode waiting = investigator(jiangsu).read("/api/v1/assistance-requests/" + id);
    assertThat(waiting.get("state").asString()).isEqualTo("sent");
    assertThat(waiting.has("dueAt")).isFalse();
    await(LIMIT, () -> "queued".equals(investigator(jiangsu).read("/api/v1/assistance-requests/" + id).path("delivery").asString(null)));
    clock.advance(Duration.ofHours(2));
    Instant restarted = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    anhui = RunningNode.start(ah, region, endpoints, properties(), clock);
    await(LIMIT, () -> investigator(jiangsu).read("/api/v1/assistance-requests/" + id).has("dueAt"));
    JsonNode started = investigator(jiangsu).read("/api/v1/assistance-requests/" + id);
    assertThat(started.get("state").asString()).isEqualTo("received");
    assertThat(Instant.parse(started.get("receivedAt").asString())).isAfterOrEqualTo(restarted);
    assertThat(Duration.between(Instant.parse(started.get("receivedAt").asString()), Instant.parse(started.get("dueAt").asString()))).isEqualTo(Duration.ofHours(8));
  }

  @Test
  @Order(8)
  void aCustodyEntryThatOvertakesItsItemWaitsAndTheChainVerifiesAtEveryNodeOnceTheItemArrives() {
    String joint = open(jiangsu, "contract-fraud", SUZHOU, "“背债人”合同诈骗案（续）", "3200000");
    HttpResponse<String> evidence = investigator(jiangsu).post("/api/v1/cases/" + joint + "/evidence", """
        {"kind": "contract", "title": "担保合同扫描", "place": "苏州市公安局经侦支队", "fileName": "guarantee.txt", "contentType": "text/plain",
         "contentBase64": "%s"}
        """.formatted(Base64.getEncoder().encodeToString("担保合同 2026-05-12".getBytes(StandardCharsets.UTF_8))));
    assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(201);
    String item = json(evidence).get("id").asString();
    assertThat(investigator(jiangsu).post("/api/v1/cases/" + joint + "/participants", "{\"agency\": \"" + HANGZHOU + "\"}").statusCode()).isEqualTo(201);
    await(LIMIT, () -> investigator(zhejiang).get("/api/v1/evidence/" + item + "/verification").statusCode() == 200);

    // Anhui is down when it joins, so Jiangsu keeps the case and the item for it; then Jiangsu goes
    // down before Anhui comes back, and only Zhejiang can deliver to Anhui
    anhui.close();
    anhui = null;
    assertThat(investigator(jiangsu).post("/api/v1/cases/" + joint + "/participants", "{\"agency\": \"" + HEFEI + "\"}").statusCode()).isEqualTo(201);
    await(LIMIT, () -> investigator(zhejiang).read("/api/v1/cases/" + joint).get("participants").size() == 2);
    jiangsu.close();
    jiangsu = null;
    anhui = RunningNode.start(ah, region, endpoints, properties(), clock);
    HttpResponse<String> examined = investigator(zhejiang).post("/api/v1/evidence/" + item + "/custody", "{\"action\": \"examined\", \"place\": \"杭州市公安局物证鉴定所\"}");
    assertThat(examined.statusCode()).as(examined.body()).isEqualTo(201);

    await(LIMIT, () -> waitingAtAnhui(item) == 1);
    assertThat(investigator(anhui).get("/api/v1/evidence/" + item + "/verification").statusCode()).isEqualTo(404);

    jiangsu = RunningNode.start(js, region, endpoints, properties(), clock);
    await(LIMIT, () -> investigator(anhui).get("/api/v1/evidence/" + item + "/verification").statusCode() == 200
        && investigator(anhui).read("/api/v1/evidence/" + item + "/verification").get("chain").size() == 2
        && investigator(anhui).read("/api/v1/evidence/" + item + "/verification").get("fileIntact").asBoolean(false));
    assertThat(waitingAtAnhui(item)).isZero();
    for (RunningNode node : List.of(jiangsu, zhejiang, anhui)) {
      await(LIMIT, () -> investigator(node).read("/api/v1/evidence/" + item + "/verification").get("chain").size() == 2);
      JsonNode verified = investigator(node).read("/api/v1/evidence/" + item + "/verification");
      assertThat(verified.get("custodyValid").asBoolean()).as(node.id() + ": " + verified).isTrue();
      assertThat(verified.get("chain").valueStream().map(l -> l.get("node").asString())).as(node.id()).containsExactly("JS", "ZJ");
    }
    await(LIMIT, () -> investigator(anhui).read("/api/v1/cases/" + joint).get("timeline").valueStream().anyMatch(t -> t.get("node").asString().equals("ZJ")));
  }

  private int waitingAtAnhui(String subject) {
    Integer n = anhui.jdbc().queryForObject("select count(*) from casework_waiting_message where waits_for = ?::uuid", Integer.class, subject);
    return n == null ? 0 : n;
  }

  private String request(String from, String to, String urgency, String kind) {
    HttpResponse<String> sent = investigator(jiangsu).post("/api/v1/assistance-requests", """
        {"caseId": "%s", "toAgency": "%s", "kind": "%s", "urgency": "%s", "question": "请协助"}
        """.formatted(nantongCase, to, kind, urgency));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    return json(sent).get("id").asString();
  }

  private static String open(RunningNode node, String type, String agency, String title, String amount) {
    HttpResponse<String> created = investigator(node).post("/api/v1/cases", """
        {"type": "%s", "agency": "%s", "title": "%s", "summary": "测试案件", "amount": %s}
        """.formatted(type, agency, title, amount));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asString();
  }

  private static JsonNode json(HttpResponse<String> response) {
    return ApiCalls.JSON.readTree(response.body());
  }

  private static ApiCalls investigator(RunningNode node) {
    return officer(node, "investigator");
  }

  private static ApiCalls supervisor(RunningNode node) {
    return officer(node, "supervisor");
  }

  private static ApiCalls officer(RunningNode node, String username) {
    return ApiCalls.at(node.url(), username);
  }
}
