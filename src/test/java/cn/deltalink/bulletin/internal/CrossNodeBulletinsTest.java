package cn.deltalink.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.exchange.RunningNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Jiangsu, Shanghai and Zhejiang nodes in one JVM, talking over real HTTP; Anhui is in the member
 * directory but not running. Bulletins go from Jiangsu, each reader's acknowledgement comes back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossNodeBulletinsTest {

  private Path region;
  private RunningNode.Spec js;
  private RunningNode.Spec sh;
  private RunningNode.Spec zj;
  private Map<String, String> endpoints;
  private RunningNode jiangsu;
  private RunningNode shanghai;
  private RunningNode zhejiang;

  @BeforeAll
  void startThreeNodes() throws Exception {
    region = Files.createTempDirectory("deltalink-bulletins");
    js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    sh = new RunningNode.Spec("SH", "31", RunningNode.freePort());
    zj = new RunningNode.Spec("ZJ", "33", RunningNode.freePort());
    endpoints = RunningNode.endpoints(List.of(js, sh, zj));
    jiangsu = RunningNode.start(js, region, endpoints, Map.of());
    shanghai = RunningNode.start(sh, region, endpoints, Map.of());
    zhejiang = RunningNode.start(zj, region, endpoints, Map.of());
  }

  @AfterAll
  void stopNodes() {
    RunningNode.stopAll(region, jiangsu, shanghai, zhejiang);
  }

  @Test
  @Order(1)
  void aBulletinToAllReachesTheRunningProvincesAndTheirAcknowledgementsComeBack() {
    byte[] video = new byte[BulletinMessages.PART_BYTES * 2 + 1000];
    new Random(13).nextBytes(video);
    String id = create(jiangsu, """
        {"title": "全域协查：盗抢车辆", "body": "白色轿车，请各地协助查找。", "handlingCode": "H1", "urgency": "urgent", "targets": ["ALL"],
         "attachments": [{"name": "监控.bin", "contentType": "application/octet-stream", "base64": "%s"}]}
        """.formatted(Base64.getEncoder().encodeToString(video)));

    Eventually.until("inboxHolds(shanghai, id) && inboxHolds(zhejiang, id)", () -> inboxHolds(shanghai, id) && inboxHolds(zhejiang, id));
    Eventually.until("duty(shanghai).download(\"/api/v1/bulletins/\" + id + \"/attachments/1\").statusCode() == 200", () -> duty(shanghai).download("/api/v1/bulletins/" + id + "/attachments/1").statusCode() == 200);
    assertThat(duty(shanghai).download("/api/v1/bulletins/" + id + "/attachments/1").body()).isEqualTo(video);
    JsonNode atShanghai = duty(shanghai).json(duty(shanghai).get("/api/v1/bulletins/" + id));
    assertThat(atShanghai.get("direction").asString()).isEqualTo("received");
    assertThat(atShanghai.get("owningNode").asString()).isEqualTo("JS");
    assertThat(atShanghai.get("handlingCode").asString()).isEqualTo("H1");
    assertThat(atShanghai.get("senderAgency").asString()).isEqualTo("320000000000");

    assertThat(duty(shanghai).postJson("/api/v1/bulletins/" + id + "/acknowledgement", "{\"note\": \"沪已布控\"}").statusCode()).isEqualTo(201);
    assertThat(duty(zhejiang).postEmpty("/api/v1/bulletins/" + id + "/acknowledgement").statusCode()).isEqualTo(201);
    assertThat(duty(zhejiang).postEmpty("/api/v1/bulletins/" + id + "/acknowledgement").statusCode()).isEqualTo(200);

    Eventually.until("acknowledged(id, \"SH\") && acknowledged(id, \"ZJ\")", () -> acknowledged(id, "SH") && acknowledged(id, "ZJ"));
    JsonNode view = investigator(jiangsu).json(investigator(jiangsu).get("/api/v1/bulletins/" + id));
    JsonNode shTarget = target(view, "SH");
    assertThat(shTarget.get("delivery").get("state").asString()).isEqualTo("DELIVERED");
    assertThat(shTarget.get("acknowledgement").get("agency").asString()).isEqualTo("310000000000");
    assertThat(shTarget.get("acknowledgement").get("note").asString()).isEqualTo("沪已布控");
    assertThat(target(view, "ZJ").get("delivery").get("state").asString()).isEqualTo("DELIVERED");
    assertThat(target(view, "AH").get("delivery").get("state").asString()).isEqualTo("QUEUED");
    assertThat(target(view, "AH").get("acknowledged").asBoolean()).isFalse();
    String messageId = view.get("messageId").asString();
    assertThat(jiangsu.jdbc().queryForObject(
            "select count(*) from exchange_inbox where type = 'bulletin.acknowledged' and sender_node = 'ZJ' and correlation_id::text = ?", Integer.class, messageId))
        .isEqualTo(1);
  }

  @Test
  @Order(2)
  void aReceiverForwardsAnH0BulletinNamingTheOriginalSenderButNotAnH2One() {
    String open = create(jiangsu, "{\"title\": \"可转发\", \"body\": \"b\", \"handlingCode\": \"H0\", \"urgency\": \"routine\", \"targets\": [\"SH\"]}");
    String closed = create(jiangsu, "{\"title\": \"不可转发\", \"body\": \"b\", \"handlingCode\": \"H2\", \"urgency\": \"routine\", \"targets\": [\"SH\"]}");
    Eventually.until("inboxHolds(shanghai, open) && inboxHolds(shanghai, closed)", () -> inboxHolds(shanghai, open) && inboxHolds(shanghai, closed));

    assertThat(duty(shanghai).postJson("/api/v1/bulletins/" + closed + "/forward", "{\"targets\": [\"ZJ\"]}").statusCode()).isEqualTo(403);
    HttpResponse<String> forwarded = duty(shanghai).postJson("/api/v1/bulletins/" + open + "/forward", "{\"targets\": [\"ZJ\"]}");
    assertThat(forwarded.statusCode()).isEqualTo(201);

    String forward = duty(shanghai).json(forwarded).get("id").asString();
    Eventually.until("inboxHolds(zhejiang, forward)", () -> inboxHolds(zhejiang, forward));
    JsonNode atZhejiang = duty(zhejiang).json(duty(zhejiang).get("/api/v1/bulletins/" + forward));
    assertThat(atZhejiang.get("owningNode").asString()).isEqualTo("SH");
    assertThat(atZhejiang.get("forwardedFrom").get("node").asString()).isEqualTo("JS");
    assertThat(atZhejiang.get("forwardedFrom").get("bulletinId").asString()).isEqualTo(open);
    assertThat(inboxHolds(zhejiang, closed)).isFalse();
  }

  @Test
  @Order(3)
  void aNodeStoppedWhileBulletinsAreSentReceivesAllOfThemOnceAfterItRestarts() {
    zhejiang.close();
    zhejiang = null;
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ids.add(create(jiangsu, "{\"title\": \"停机期间 " + i + "\", \"body\": \"b\", \"handlingCode\": \"H0\", \"urgency\": \"routine\", \"targets\": [\"SH\", \"ZJ\"]}"));
    }
    // Jiangsu finds Zhejiang down; the others wait for the peer's back-off or its answer to a ping (ADR 039)
    Eventually.until("a delivery to ZJ was attempted", () -> ids.stream().anyMatch(id -> target(investigator(jiangsu).json(investigator(jiangsu).get("/api/v1/bulletins/" + id)), "ZJ").get("delivery").get("attempts").asInt() > 0));

    zhejiang = RunningNode.start(zj, region, endpoints, Map.of());

    Eventually.until("ids.stream().allMatch(id -> inboxHolds(zhejiang, id))", () -> ids.stream().allMatch(id -> inboxHolds(zhejiang, id)));
    for (String id : ids) {
      assertThat(zhejiang.jdbc().queryForObject("select count(*) from bulletin where id = ?::uuid", Integer.class, id)).isEqualTo(1);
      assertThat(duty(zhejiang).json(duty(zhejiang).get("/api/v1/bulletins/inbox")).valueStream().filter(b -> b.get("id").asString().equals(id)).count()).isEqualTo(1);
    }
    Eventually.until("ids.stream().allMatch(id -> \"DELIVERED\".equals(target(investigator(jiangsu).json(investigator(jiangsu).ge...", () -> ids.stream().allMatch(id -> "DELIVERED".equals(target(investigator(jiangsu).json(investigator(jiangsu).get("/api/v1/bulletins/" + id)), "ZJ").get("delivery").get("state").asString())));
  }

  @Test
  @Order(4)
  void everyReaderAtShanghaiIsSeenAtJiangsuInTimeOrderAndARepeatedAcknowledgementSendsNothing() {
    String id = create(jiangsu, "{\"title\": \"多人签收\", \"body\": \"b\", \"handlingCode\": \"H0\", \"urgency\": \"routine\", \"targets\": [\"SH\"]}");
    Eventually.until("inboxHolds(shanghai, id)", () -> inboxHolds(shanghai, id));
    Officers supervisor = Officers.at(port(shanghai), "supervisor");

    assertThat(duty(shanghai).postJson("/api/v1/bulletins/" + id + "/acknowledgement", "{\"note\": \"值班已阅\"}").statusCode()).isEqualTo(201);
    assertThat(supervisor.postEmpty("/api/v1/bulletins/" + id + "/acknowledgement").statusCode()).isEqualTo(201);
    assertThat(duty(shanghai).postEmpty("/api/v1/bulletins/" + id + "/acknowledgement").statusCode()).isEqualTo(200);

    Eventually.until("target(investigator(jiangsu).json(investigator(jiangsu).get(\"/api/v1/bulletins/\" + id)), \"SH\").get(\"re...", () -> target(investigator(jiangsu).json(investigator(jiangsu).get("/api/v1/bulletins/" + id)), "SH").get("readers").size() == 2);
    JsonNode sh = target(investigator(jiangsu).json(investigator(jiangsu).get("/api/v1/bulletins/" + id)), "SH");
    assertThat(sh.get("readers").valueStream().map(r -> r.get("acknowledgedBy").asString())).containsExactly("周涛（SH）", "郑国平（SH）");
    assertThat(sh.get("readers").valueStream().map(r -> r.get("agency").asString())).containsOnly("310000000000");
    assertThat(sh.get("readers").get(0).get("note").asString()).isEqualTo("值班已阅");
    assertThat(sh.get("acknowledgement").get("acknowledgedBy").asString()).isEqualTo("周涛（SH）");
    String messageId = investigator(jiangsu).json(investigator(jiangsu).get("/api/v1/bulletins/" + id)).get("messageId").asString();
    assertThat(shanghai.jdbc().queryForObject(
            "select count(*) from exchange_outbox where type = 'bulletin.acknowledged' and correlation_id::text = ?", Integer.class, messageId))
        .isEqualTo(2);

    JsonNode byDuty = duty(shanghai).json(duty(shanghai).get("/api/v1/bulletins/" + id));
    assertThat(byDuty.get("acknowledgement").get("acknowledgedBy").asString()).isEqualTo("周涛（SH）");
    assertThat(byDuty.get("acknowledgements")).hasSize(2);
    JsonNode bySupervisor = supervisor.json(supervisor.get("/api/v1/bulletins/" + id));
    assertThat(bySupervisor.get("acknowledgement").get("acknowledgedBy").asString()).isEqualTo("郑国平（SH）");
    JsonNode byAnalyst = Officers.at(port(shanghai), "analyst").json(Officers.at(port(shanghai), "analyst").get("/api/v1/bulletins/" + id));
    assertThat(byAnalyst.has("acknowledgement")).isFalse();
    assertThat(byAnalyst.get("acknowledgements").valueStream().map(a -> a.get("acknowledgedBy").asString())).containsExactly("周涛（SH）", "郑国平（SH）");
  }

  @Test
  @Order(5)
  void anotherNodeSendingABulletinWithTheSameIdCannotTakeTheOwnersPlace() {
    String id = create(jiangsu, """
        {"title": "江苏的原通报", "body": "b", "handlingCode": "H0", "urgency": "routine", "targets": ["SH"],
         "attachments": [{"name": "原件.txt", "contentType": "text/plain", "base64": "%s"}]}
        """.formatted(Base64.getEncoder().encodeToString("江苏原件".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    Eventually.until("inboxHolds(shanghai, id)", () -> inboxHolds(shanghai, id));

    // Zhejiang saw the id (say, in a forward) and sends a bulletin of its own under it
    UUID bulletinId = UUID.fromString(id);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    SentBulletin forged = new SentBulletin(bulletinId, "ZJ", "330000000000", "冒名者", "浙江的同号通报", "b", HandlingCode.H0, Urgency.ROUTINE, "协查", false,
        List.of("SH"), bulletinId, now, null);
    String payload = zhejiang.bean(BulletinMessages.class).published(forged, List.of());
    zhejiang.transaction().executeWithoutResult(
        tx -> zhejiang.exchange().send(new OutgoingMessage(BulletinMessages.PUBLISHED, Recipients.of(NodeId.of("SH")), HandlingCode.H0, "协查", AgencyCode.of("330000000000"), payload, null)));

    Eventually.until("Shanghai holds both bulletins", () -> shanghai.jdbc().queryForObject("select count(*) from bulletin where id_at_owner = ?", Integer.class, bulletinId) == 2);
    JsonNode original = duty(shanghai).json(duty(shanghai).get("/api/v1/bulletins/" + id));
    assertThat(original.get("title").asString()).isEqualTo("江苏的原通报");
    assertThat(original.get("owningNode").asString()).isEqualTo("JS");
    assertThat(duty(shanghai).download("/api/v1/bulletins/" + id + "/attachments/1").body()).isEqualTo("江苏原件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    UUID zhejiangs = shanghai.jdbc().queryForObject("select id from bulletin where owning_node = 'ZJ' and id_at_owner = ?", UUID.class, bulletinId);
    assertThat(zhejiangs).isNotEqualTo(bulletinId);
    assertThat(duty(shanghai).json(duty(shanghai).get("/api/v1/bulletins/" + zhejiangs)).get("title").asString()).isEqualTo("浙江的同号通报");

    // Shanghai's acknowledgement of Jiangsu's bulletin still reaches Jiangsu
    assertThat(duty(shanghai).postEmpty("/api/v1/bulletins/" + id + "/acknowledgement").statusCode()).isEqualTo(201);
    Eventually.until("acknowledged(id, \"SH\")", () -> acknowledged(id, "SH"));
  }

  private static Officers duty(RunningNode node) {
    return Officers.at(port(node), "duty");
  }

  private static Officers investigator(RunningNode node) {
    return Officers.at(port(node), "investigator");
  }

  private static int port(RunningNode node) {
    return Integer.parseInt(node.url().substring(node.url().lastIndexOf(':') + 1));
  }

  private static String create(RunningNode node, String json) {
    HttpResponse<String> created = investigator(node).postJson("/api/v1/bulletins", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return investigator(node).json(created).get("id").asString();
  }

  private static boolean inboxHolds(RunningNode node, String id) {
    return duty(node).json(duty(node).get("/api/v1/bulletins/inbox")).valueStream().anyMatch(b -> b.get("id").asString().equals(id));
  }

  private boolean acknowledged(String id, String node) {
    return target(investigator(jiangsu).json(investigator(jiangsu).get("/api/v1/bulletins/" + id)), node).get("acknowledged").asBoolean();
  }

  private static JsonNode target(JsonNode view, String node) {
    return view.get("targets").valueStream().filter(t -> t.get("node").asString().equals(node)).findFirst().orElseThrow(() -> new AssertionError("No target " + node));
  }

}
