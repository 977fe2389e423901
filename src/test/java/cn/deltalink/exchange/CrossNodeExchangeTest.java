package cn.deltalink.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.exchange.Exchange.DeliveryState;
import cn.deltalink.exchange.Exchange.QueryOutcome;
import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Jiangsu and Shanghai nodes in one JVM, talking over real HTTP on loopback. The nodes are
 * started once for the class (each start costs seconds); tests that stop a node start it again
 * with its data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossNodeExchangeTest {

  private static final AgencyCode AGENCY = AgencyCode.of("320000000000");

  private final CountingHandler shanghaiModule = new CountingHandler();
  private final QueryResponder shanghaiWantedList =
      new QueryResponder() {
        @Override
        public String type() {
          return "test.wanted";
        }

        @Override
        public HitAnswer answer(HitQuery query) {
          return query.identifier().equals("310101199001011234") ? new HitAnswer(true, AgencyCode.of("310000000000")) : HitAnswer.noHit();
        }
      };

  private Path region;
  private RunningNode.Spec js;
  private RunningNode.Spec sh;
  private Map<String, String> endpoints;
  private RunningNode jiangsu;
  private RunningNode shanghai;

  @BeforeAll
  void startTwoNodes() throws Exception {
    region = Files.createTempDirectory("deltalink-cross-node");
    js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    sh = new RunningNode.Spec("SH", "31", RunningNode.freePort());
    endpoints = RunningNode.endpoints(List.of(js, sh));
    jiangsu = startJiangsu();
    shanghai = startShanghai();
  }

  @AfterAll
  void stopNodes() {
    if (jiangsu != null) {
      jiangsu.close();
    }
    if (shanghai != null) {
      shanghai.close();
    }
    FileSystemUtils.deleteRecursively(region.toFile());
  }

  @Test
  @Order(1)
  void aMessageSentInACommittedTransactionIsDeliveredOnceWithAVerifiedReceipt() {
    UUID id = sendFromJiangsu("{\"n\":1}");

    Eventually.until("state(id) == DeliveryState.DELIVERED", () -> state(id) == DeliveryState.DELIVERED);
    Eventually.until("shanghaiModule.callsFor(id) == 1", () -> shanghaiModule.callsFor(id) == 1);
    assertThat(jiangsu.jdbc().queryForObject("select count(*) from exchange_receipt r join exchange_delivery d on d.receipt_id = r.id where d.message_id = ?", Integer.class, id)).isEqualTo(1);
    assertThat(shanghai.jdbc().queryForObject("select state from exchange_inbox where id = ?", String.class, id)).isEqualTo("PROCESSED");
  }

  @Test
  @Order(2)
  void aMessageWhoseTransactionRollsBackIsNeverSent() {
    UUID[] id = new UUID[1];
    jiangsu.transaction().executeWithoutResult(s -> {
      id[0] = jiangsu.exchange().send(message("{\"n\":2}"));
      s.setRollbackOnly();
    });
    assertThat(jiangsu.jdbc().queryForObject("select count(*) from exchange_outbox where id = ?", Integer.class, id[0])).isZero();
  }

  @Test
  @Order(2)
  void messagesSentInNestedTransactionsThatRollBackAreNeverSentWhileTheOthersAre() {
    TransactionTemplate nested = jiangsuTransaction(TransactionDefinition.PROPAGATION_NESTED);
    UUID[] ids = new UUID[4];
    jiangsu.transaction().executeWithoutResult(outer -> {
      nested.executeWithoutResult(inner -> {
        ids[0] = jiangsu.exchange().send(message("{\"n\":20}"));
        inner.setRollbackOnly();
      });
      ids[1] = jiangsu.exchange().send(message("{\"n\":21}"));
      nested.executeWithoutResult(inner -> {
        ids[2] = jiangsu.exchange().send(message("{\"n\":22}"));
        inner.setRollbackOnly();
      });
      ids[3] = jiangsu.exchange().send(message("{\"n\":23}"));
    });
    assertThat(outboxHolds(ids[0])).isFalse();
    assertThat(outboxHolds(ids[2])).isFalse();
    Eventually.until("shanghaiModule.callsFor(ids[1]) == 1 && shanghaiModule.callsFor(ids[3]) == 1", () -> shanghaiModule.callsFor(ids[1]) == 1 && shanghaiModule.callsFor(ids[3]) == 1);
  }

  @Test
  @Order(2)
  void aMessageSentInARequiresNewTransactionBelongsToThatTransactionAlone() {
    TransactionTemplate separate = jiangsuTransaction(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    UUID[] ids = new UUID[2];
    jiangsu.transaction().executeWithoutResult(outer -> {
      ids[0] = jiangsu.exchange().send(message("{\"n\":24}"));
      ids[1] = separate.execute(inner -> jiangsu.exchange().send(message("{\"n\":25}")));
      outer.setRollbackOnly();
    });
    assertThat(outboxHolds(ids[0])).isFalse();
    assertThat(outboxHolds(ids[1])).isTrue();
  }

  @Test
  @Order(2)
  void aTransactionSendingMoreThanItHoldsBackStillSendsNothingIfItRollsBack() {
    String large = "{\"body\":\"" + "x".repeat(400_000) + "\"}";
    List<UUID> ids = new ArrayList<>();
    jiangsu.transaction().executeWithoutResult(s -> {
      for (int i = 0; i < 4; i++) {
        ids.add(jiangsu.exchange().send(message(large)));
      }
      s.setRollbackOnly();
    });
    assertThat(ids).noneMatch(this::outboxHolds);
    List<UUID> sent = jiangsu.transaction().execute(s -> List.of(jiangsu.exchange().send(message(large)), jiangsu.exchange().send(message(large)), jiangsu.exchange().send(message(large))));
    Eventually.until("sent.stream().allMatch(id -> shanghaiModule.callsFor(id) == 1)", () -> sent.stream().allMatch(id -> shanghaiModule.callsFor(id) == 1));
  }

  @Test
  @Order(2)
  void aMessageSentWhileItsTransactionBeginsToCommitIsSentToo() {
    UUID[] ids = new UUID[2];
    jiangsu.transaction().executeWithoutResult(s -> {
      ids[0] = jiangsu.exchange().send(message("{\"n\":27}"));
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          ids[1] = jiangsu.exchange().send(message("{\"n\":28}"));
        }
      });
    });
    assertThat(outboxHolds(ids[0])).isTrue();
    assertThat(outboxHolds(ids[1])).isTrue();
  }

  @Test
  @Order(2)
  void aSentMessageIsQueuedForItsRecipientAlreadyInsideItsOwnTransaction() {
    List<DeliveryState> states = jiangsu.transaction().execute(s -> jiangsu.exchange().deliveries(jiangsu.exchange().send(message("{\"n\":26}"))).stream().map(Exchange.Delivery::state).toList());
    assertThat(states).containsExactly(DeliveryState.QUEUED);
  }

  @Test
  @Order(3)
  void aHandlerThatFailsLeavesTheMessageFailedWithItsReason() {
    UUID id = sendFromJiangsu("{\"fail\":true}");
    Eventually.until("\"FAILED\".equals(inboxState(id))", () -> "FAILED".equals(inboxState(id)));
    assertThat(shanghai.jdbc().queryForObject("select last_error from exchange_inbox where id = ?", String.class, id)).contains("the test asked this handler to fail");
    // the receiver may process the message before its receipt has reached the sender
    Eventually.until("the message is DELIVERED at Jiangsu", () -> state(id) == DeliveryState.DELIVERED);
  }

  @Test
  @Order(3)
  void aHandlerThatFailsInTheMiddleOfABatchLeavesTheOtherMessagesProcessed() {
    List<UUID> ids = jiangsu.transaction().execute(s -> List.of(
        jiangsu.exchange().send(message("{\"n\":1}")),
        jiangsu.exchange().send(message("{\"fail\":true}")),
        jiangsu.exchange().send(message("{\"n\":3}"))));
    Eventually.until("ids.stream().noneMatch(id -> inboxState(id) == null || \"RECEIVED\".equals(inboxState(id)))", () -> ids.stream().noneMatch(id -> inboxState(id) == null || "RECEIVED".equals(inboxState(id))));
    assertThat(ids.stream().map(this::inboxState)).containsExactly("PROCESSED", "FAILED", "PROCESSED");
    assertThat(shanghai.jdbc().queryForObject("select last_error from exchange_inbox where id = ?", String.class, ids.get(1))).contains("the test asked this handler to fail");
  }

  @Test
  @Order(3)
  void aMessageOfATypeNobodyHandlesIsShownFailedWithNoHandler() {
    UUID id = jiangsu.transaction().execute(s -> jiangsu.exchange().send(new OutgoingMessage("test.unhandled", Recipients.of(NodeId.of("SH")), HandlingCode.H0, "cross-node test", AGENCY, "{}", null)));
    Eventually.until("\"FAILED\".equals(inboxState(id))", () -> "FAILED".equals(inboxState(id)));
    assertThat(shanghai.jdbc().queryForObject("select last_error from exchange_inbox where id = ?", String.class, id)).contains("no handler");
  }

  @Test
  @Order(4)
  void theDeliveriesOfSeveralMessagesComeInOneAnswerAsEachAlone() {
    UUID first = sendFromJiangsu("{\"n\":\"first of two\"}");
    UUID second = sendFromJiangsu("{\"n\":\"second of two\"}");
    UUID neverSent = UUID.randomUUID();
    Eventually.until("both messages delivered to SH", () -> state(first) == DeliveryState.DELIVERED && state(second) == DeliveryState.DELIVERED);

    Map<UUID, List<Exchange.Delivery>> together = jiangsu.exchange().deliveries(List.of(first, second, neverSent));

    assertThat(together).containsOnlyKeys(first, second, neverSent);
    assertThat(together.get(first)).isEqualTo(jiangsu.exchange().deliveries(first)).extracting(Exchange.Delivery::node).containsExactly(NodeId.of("SH"));
    assertThat(together.get(second)).isEqualTo(jiangsu.exchange().deliveries(second));
    assertThat(together.get(neverSent)).isEmpty();
  }

  @Test
  @Order(4)
  void aHitNoHitQueryIsAnsweredByEachPeerOrMarkedUnreachable() {
    List<Exchange.PeerAnswer> hit = jiangsu.exchange().query("test.wanted", "resident-id", "310101199001011234", "checkpoint control", AGENCY, Duration.ofSeconds(3));
    assertThat(hit).contains(new Exchange.PeerAnswer(NodeId.of("SH"), QueryOutcome.HIT, AgencyCode.of("310000000000")));
    assertThat(hit).extracting(Exchange.PeerAnswer::outcome).containsOnly(QueryOutcome.HIT, QueryOutcome.UNREACHABLE);

    List<Exchange.PeerAnswer> noHit = jiangsu.exchange().query("test.wanted", "resident-id", "320101199001011234", "checkpoint control", AGENCY, Duration.ofSeconds(3));
    assertThat(noHit).contains(new Exchange.PeerAnswer(NodeId.of("SH"), QueryOutcome.NO_HIT, null));

    List<Exchange.PeerAnswer> unknown = jiangsu.exchange().query("test.unknown", "resident-id", "1", "checkpoint control", AGENCY, Duration.ofSeconds(3));
    assertThat(unknown).contains(new Exchange.PeerAnswer(NodeId.of("SH"), QueryOutcome.REFUSED, null));

    // both sides audit it, the identifier masked
    assertThat(jiangsu.jdbc().queryForList("select subject || ' | ' || purpose || ' | ' || outcome from audit_entry where action = 'exchange.query' order by id", String.class))
        .anyMatch(entry -> entry.startsWith("test.wanted resident-id 310*************34 | checkpoint control | ok: SH HIT 310000000000"))
        .noneMatch(entry -> entry.contains("310101199001011234"));
    assertThat(shanghai.jdbc().queryForList("select subject || ' | ' || outcome from audit_entry where action = 'exchange.query.answer' order by id", String.class))
        .contains("from JS/" + AGENCY + " test.wanted resident-id 310*************34 | ok: hit, 310000000000")
        .contains("from JS/" + AGENCY + " test.wanted resident-id 320*************34 | ok: no hit")
        .anyMatch(entry -> entry.startsWith("from JS/" + AGENCY + " test.unknown") && entry.contains("rejected: this node answers no queries"));
  }

  @Test
  @Order(5)
  void aTamperedEnvelopeIsRefusedAndAReplayIsAcknowledgedAsDuplicate() throws Exception {
    UUID id = sendFromJiangsu("{\"n\":5}");
    Eventually.until("state(id) == DeliveryState.DELIVERED", () -> state(id) == DeliveryState.DELIVERED);
    String genuine = jiangsu.jdbc().queryForObject(
        "select json_build_object('id', id, 'version', '1', 'type', type, 'senderNode', sender_node, 'senderAgency', sender_agency, 'recipients', string_to_array(recipients, ','),"
            + " 'createdAt', to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), 'correlationId', correlation_id, 'handlingCode', handling_code, 'purpose', purpose,"
            + " 'payload', payload, 'payloadDigest', payload_digest, 'signature', signature)::text from exchange_outbox where id = ?",
        String.class,
        id);
    HttpResponse<String> replay = post(genuine);
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).contains("\"status\":\"duplicate\"");

    String forgedId = UUID.randomUUID().toString();
    HttpResponse<String> forged = post(genuine.replace(id.toString(), forgedId).replace("\"handlingCode\" : \"H2\"", "\"handlingCode\" : \"H0\""));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("BAD_SIGNATURE");

    String bigPayload = "\"{\\\"text\\\":\\\"" + "x".repeat(1_100_000) + "\\\"}\"";
    String oversizedId = UUID.randomUUID().toString();
    HttpResponse<String> oversized = post(genuine.replace(id.toString(), oversizedId).replaceFirst("\"payload\" : \"(\\\\.|[^\"\\\\])*\"", java.util.regex.Matcher.quoteReplacement("\"payload\" : " + bigPayload)));
    // the payload was swapped, so the signature no longer covers it: refused as a stranger's before its size
    // is looked at (a member's oversized envelope is TOO_LARGE: EnvelopeCheckTest)
    assertThat(oversized.statusCode()).isEqualTo(403);
    assertThat(oversized.body()).contains("BAD_SIGNATURE").doesNotContain("\"receipt\"");

    HttpResponse<String> garbage = post("{\"envelopes\": [ {\"id\": 1");
    assertThat(garbage.statusCode()).isEqualTo(400);
    assertThat(garbage.body()).contains("not JSON");

    // the replay is held once, the forgeries not at all (other messages may arrive meanwhile)
    assertThat(shanghai.jdbc().queryForObject("select count(*) from exchange_inbox where id::text in (?, ?, ?)", Integer.class, id.toString(), forgedId, oversizedId)).isEqualTo(1);
    assertThat(shanghaiModule.callsFor(id)).isEqualTo(1);
  }

  @Test
  @Order(6)
  void aPeerStoppedAndStartedAgainReceivesEverythingExactlyOnce() {
    shanghai.close();
    shanghai = null;
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(sendFromJiangsu("{\"n\":" + i + "}"));
    }
    Eventually.until("jiangsu.jdbc().queryForObject(\"select count(*) from exchange_delivery where attempts > 0 and state = 'QUEU...", () -> jiangsu.jdbc().queryForObject("select count(*) from exchange_delivery where attempts > 0 and state = 'QUEUED' and last_error like 'unreachable%'", Integer.class) > 0);

    shanghai = startShanghai();

    Eventually.until("ids.stream().allMatch(id -> state(id) == DeliveryState.DELIVERED)", () -> ids.stream().allMatch(id -> state(id) == DeliveryState.DELIVERED));
    Eventually.until("ids.stream().allMatch(id -> shanghaiModule.callsFor(id) == 1)", () -> ids.stream().allMatch(id -> shanghaiModule.callsFor(id) == 1));
    assertThat(ids).allMatch(id -> shanghaiModule.callsFor(id) == 1);
  }

  @Test
  @Order(7)
  void aSenderRestartedMidDeliveryLosesNothing() {
    List<UUID> ids = new ArrayList<>();
    for (int batch = 0; batch < 3; batch++) {
      jiangsu.transaction().executeWithoutResult(s -> {
        for (int i = 0; i < 100; i++) {
          ids.add(jiangsu.exchange().send(message("{\"bulk\":" + i + "}")));
        }
      });
    }
    jiangsu.close();
    jiangsu = null;
    jiangsu = startJiangsu();

    Eventually.until("ids.stream().allMatch(id -> state(id) == DeliveryState.DELIVERED)", () -> ids.stream().allMatch(id -> state(id) == DeliveryState.DELIVERED));
    Eventually.until("ids.stream().allMatch(id -> shanghaiModule.callsFor(id) == 1)", () -> ids.stream().allMatch(id -> shanghaiModule.callsFor(id) == 1));
    assertThat(ids).allMatch(id -> shanghaiModule.callsFor(id) == 1);
  }

  @Test
  @Order(8)
  void trackingListsMessagesPerPeerAndStateForWatchersOnly() throws Exception {
    HttpResponse<String> acknowledged = get(jiangsu, "/api/v1/exchange/messages?peer=SH&state=acknowledged&direction=outgoing", "duty");
    assertThat(acknowledged.statusCode()).isEqualTo(200);
    assertThat(acknowledged.body()).contains("\"state\":\"acknowledged\"").doesNotContain("\"state\":\"queued\"");

    HttpResponse<String> incoming = get(shanghai, "/api/v1/exchange/messages?peer=JS&state=failed", "auditor");
    assertThat(incoming.body()).contains("the test asked this handler to fail");

    assertThat(get(jiangsu, "/api/v1/exchange/messages?state=lost", "admin").statusCode()).isEqualTo(400);
    assertThat(get(jiangsu, "/api/v1/exchange/messages?peer=XX", "admin").statusCode()).isEqualTo(400);
    assertThat(get(jiangsu, "/api/v1/exchange/messages", "clerk").statusCode()).isEqualTo(403);

    HttpResponse<String> page = get(jiangsu, "/exchange?peer=SH&lang=en", "supervisor");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Node message tracking").contains("peer-SH").contains("acknowledged");
    assertThat(get(jiangsu, "/exchange", "clerk").statusCode()).isEqualTo(403);
  }

  @Test
  @Order(9)
  void healthShowsEachPeersReachabilityAndStaysUpWhileAPeerIsDown() throws Exception {
    Eventually.until("the health of JS shows ZJ unreachable", () -> get(jiangsu, "/actuator/health", "admin").body().contains("\"reachable\":\"no\""));
    HttpResponse<String> health = get(jiangsu, "/actuator/health", "admin");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"exchange\"").contains("\"ZJ\"").contains("oldestUndeliveredSeconds");
  }

  @Test
  @Order(9)
  void aLogEntryWhoseTransactionCommitsAfterLaterEntriesWereChainedIsChainedToo() throws Exception {
    CountDownLatch appended = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    Thread late =
        new Thread(
            () ->
                shanghai.transaction().executeWithoutResult(s -> {
                  shanghai.jdbc().update("insert into exchange_log (kind, detail) values ('REFUSED', 'committed late')");
                  appended.countDown();
                  try {
                    commit.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    late.start();
    appended.await();
    UUID later = sendFromJiangsu("{\"n\":\"later\"}");
    Eventually.until("shanghai.jdbc().queryForObject(\"select count(*) from exchange_log_chain c join exchange_log l on l.seq = c...", () -> shanghai.jdbc().queryForObject("select count(*) from exchange_log_chain c join exchange_log l on l.seq = c.seq where l.message_id = ? and l.kind = 'RECEIVED'", Integer.class, later) == 1);
    AtomicInteger rounds = new AtomicInteger();
    shanghai.on(SealingRoundEnded.class, round -> rounds.incrementAndGet());
    Eventually.until("three sealing rounds while the early entry is still invisible", () -> rounds.get() >= 3);

    commit.countDown();
    late.join();

    Eventually.until("shanghai.jdbc().queryForObject(\"select count(*) from exchange_log_chain c join exchange_log l on l.seq = c...", () -> shanghai.jdbc().queryForObject("select count(*) from exchange_log_chain c join exchange_log l on l.seq = c.seq where l.detail = 'committed late'", Integer.class) == 1);
    assertThat(verifyLog(shanghai)).contains("\"intact\":true").contains("\"unsealed\":0");
  }

  @Test
  @Order(10)
  void aMessageLogEntryAlteredInTheDatabaseIsDetected() throws Exception {
    Eventually.until("verifyLog(shanghai).contains(\"\\\"unsealed\\\":0\")", () -> verifyLog(shanghai).contains("\"unsealed\":0"));
    assertThat(verifyLog(shanghai)).contains("\"intact\":true").contains("\"firstBrokenEntry\":null");

    shanghai.superuserJdbc().execute("alter table exchange_log disable trigger user");
    shanghai.superuserJdbc().update("update exchange_log set detail = 'rewritten later' where seq = (select seq from exchange_log_chain where chain_pos = 3)");
    shanghai.superuserJdbc().execute("alter table exchange_log enable trigger user");

    assertThat(verifyLog(shanghai)).contains("\"intact\":false").contains("\"firstBrokenEntry\":3");
  }

  @Test
  @Order(11)
  void theMessageLogRefusesChangesThroughOrdinaryStatements() {
    // the node's own role has no right to it (ADR 018); the owner and the superuser meet the triggers
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> jiangsu.jdbc().update("delete from exchange_log where seq = (select seq from exchange_log_chain where chain_pos = 1)")).hasStackTraceContaining("permission denied");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> jiangsu.superuserJdbc().update("delete from exchange_log where seq = (select seq from exchange_log_chain where chain_pos = 1)")).hasMessageContaining("append-only");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> jiangsu.superuserJdbc().execute("truncate exchange_log cascade")).hasMessageContaining("append-only");
  }

  private String verifyLog(RunningNode node) {
    return get(node, "/api/v1/exchange/log/verify", "auditor").body();
  }

  private static HttpResponse<String> get(RunningNode node, String path, String user) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path));
    if (user != null) {
      request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":Demo@2026").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private RunningNode startJiangsu() {
    return RunningNode.start(js, region, endpoints, Map.of());
  }

  private RunningNode startShanghai() {
    return RunningNode.start(sh, region, endpoints, Map.of(), shanghaiModule, shanghaiWantedList);
  }

  private TransactionTemplate jiangsuTransaction(int propagation) {
    TransactionTemplate template = new TransactionTemplate(jiangsu.bean(PlatformTransactionManager.class));
    template.setPropagationBehavior(propagation);
    return template;
  }

  private boolean outboxHolds(UUID id) {
    return jiangsu.jdbc().queryForObject("select count(*) from exchange_outbox where id = ?", Integer.class, id) == 1;
  }

  private UUID sendFromJiangsu(String payload) {
    return jiangsu.transaction().execute(s -> jiangsu.exchange().send(message(payload)));
  }

  private static OutgoingMessage message(String payload) {
    return new OutgoingMessage(CountingHandler.TYPE, Recipients.of(NodeId.of("SH")), HandlingCode.H2, "cross-node test", AGENCY, payload, null);
  }

  private DeliveryState state(UUID id) {
    return jiangsu.exchange().deliveries(id).get(0).state();
  }

  private String inboxState(UUID id) {
    List<String> states = shanghai.jdbc().queryForList("select state from exchange_inbox where id = ?", String.class, id);
    return states.isEmpty() ? null : states.get(0);
  }

  private HttpResponse<String> post(String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(shanghai.url() + "/exchange/v1/messages")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

}
