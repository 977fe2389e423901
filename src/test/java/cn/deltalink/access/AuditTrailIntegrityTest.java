package cn.deltalink.access;

import static cn.deltalink.access.NodeClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@NodeTest
class AuditTrailIntegrityTest {

  private static final String AUDITOR = basic("auditor", NodeClient.DEMO_PASSWORD);

  @LocalServerPort int port;
  @Autowired JdbcClient app;
  @Autowired AuditTrail audit;
  @Autowired EmbeddedPostgres postgres;

  private NodeClient node;
  /** The node's own role may not alter the trail (ADR 018); these tests tamper with it as the database superuser. */
  private JdbcClient jdbc;

  @BeforeEach
  void connect() {
    node = new NodeClient(port);
    jdbc = JdbcClient.create(postgres.getPostgresDatabase());
  }

  private JsonNode verify() {
    HttpResponse<String> response = node.get("/api/v1/audit/verify", AUDITOR);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return NodeClient.json(response);
  }

  /** An entry in the middle of the trail, with entries after it. */
  private long someEntry() {
    audit.record("test.marker", "integrity", "测试", AuditOutcome.ok());
    long id = jdbc.sql("select max(id) from audit_entry where action = 'test.marker'").query(Long.class).single();
    audit.record("test.after", "integrity", "", AuditOutcome.ok());
    return id;
  }

  @Test
  void anUntouchedTrailIsIntact() {
    JsonNode report = verify();
    assertThat(report.path("intact").asBoolean()).isTrue();
    assertThat(report.path("entries").asLong()).isPositive();
    assertThat(report.has("firstBrokenEntry")).isTrue();
    assertThat(report.path("firstBrokenEntry").isNull()).isTrue();
  }

  @Test
  void alteringAnyColumnOfOneRowBreaksTheChainAtThatRow() {
    long id = someEntry();
    Map<String, String> alterations =
        Map.of(
            "purpose", "purpose = 'x'",
            "subject", "subject = subject || ' '",
            "actor", "actor = 'someone.else'",
            "at", "at = at + interval '1 microsecond'",
            "agency", "agency_code = '320100000000'",
            "outcome", "outcome = 'denied'",
            "client_ip", "client_ip = '10.0.0.1'",
            "hash", "hash = repeat('a', 64)");
    for (var alteration : alterations.entrySet()) {
      Map<String, Object> original = row(id);
      jdbc.sql("update audit_entry set " + alteration.getValue() + " where id = :id").param("id", id).update();
      try {
        JsonNode report = verify();
        assertThat(report.path("intact").asBoolean()).as(alteration.getKey()).isFalse();
        assertThat(report.path("firstBrokenEntry").asLong()).as(alteration.getKey()).isEqualTo(id);
      } finally {
        restore(id, original);
      }
    }
    assertThat(verify().path("intact").asBoolean()).isTrue();
  }

  @Test
  void deletingARowInTheMiddleIsDetected() {
    long id = someEntry();
    Map<String, Object> original = row(id);
    jdbc.sql("delete from audit_entry where id = :id").param("id", id).update();
    try {
      JsonNode report = verify();
      assertThat(report.path("intact").asBoolean()).isFalse();
      assertThat(report.path("firstBrokenEntry").asLong()).isEqualTo(id);
      assertThat(report.path("reason").asString()).contains("missing");
    } finally {
      insert(original);
    }
    assertThat(verify().path("intact").asBoolean()).isTrue();
  }

  @Test
  void deletingTheLastEntriesIsDetectedThroughTheChainHead() {
    audit.record("test.last", "integrity", "", AuditOutcome.ok());
    long last = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
    Map<String, Object> original = row(last);
    jdbc.sql("delete from audit_entry where id = :id").param("id", last).update();
    try {
      JsonNode report = verify();
      assertThat(report.path("intact").asBoolean()).isFalse();
      assertThat(report.path("firstBrokenEntry").asLong()).isEqualTo(last);
    } finally {
      insert(original);
    }
    assertThat(verify().path("intact").asBoolean()).isTrue();
  }

  @Test
  void concurrentWritersKeepTheChainIntactAndGapless() throws Exception {
    long before = jdbc.sql("select seq from audit_chain_head").query(Long.class).single();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int writer = 0; writer < 4; writer++) {
      int w = writer;
      done.add(writers.submit(() -> {
        for (int i = 0; i < 50; i++) {
          audit.record("test.concurrent", "writer " + w + " entry " + i, "", AuditOutcome.ok());
        }
      }));
    }
    for (Future<?> f : done) {
      f.get(2, TimeUnit.MINUTES);
    }
    writers.shutdown();
    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'test.concurrent'").query(Integer.class).single()).isEqualTo(200);
    assertThat(jdbc.sql("select seq from audit_chain_head").query(Long.class).single()).isGreaterThanOrEqualTo(before + 200);
    JsonNode report = verify();
    assertThat(report.path("intact").asBoolean()).as(report.toString()).isTrue();
    assertThat(jdbc.sql("select max(id) - min(id) + 1 = count(*) from audit_entry").query(Boolean.class).single()).isTrue();
  }

  @Test
  void searchingTheTrailFindsEntriesAndIsItselfAudited() {
    audit.record("test.search", "case 2026-%_07", "跨省协查", AuditOutcome.ok());
    HttpResponse<String> response = node.get("/api/v1/audit/entries?action=test&subject=2026-%25_07&purpose=%E5%8D%8F%E6%9F%A5", AUDITOR);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode entries = NodeClient.json(response).path("entries");
    assertThat(entries.size()).isEqualTo(1);
    assertThat(entries.get(0).path("action").asString()).isEqualTo("test.search");
    assertThat(entries.get(0).path("seq").asLong()).isPositive();
    long searches = jdbc.sql("select count(*) from audit_entry where actor = 'auditor' and action = 'audit.search' and subject like '%action=test%'").query(Long.class).single();
    assertThat(searches).isPositive();
  }

  @Test
  void searchesFilterByActorAndTime() {
    JsonNode none = NodeClient.json(node.get("/api/v1/audit/entries?actor=auditor&from=2000-01-01&to=2000-01-02", AUDITOR));
    assertThat(none.path("entries").size()).isZero();
    JsonNode recent = NodeClient.json(node.get("/api/v1/audit/entries?actor=auditor&from=2000-01-01T00:00:00Z&size=5", AUDITOR));
    assertThat(recent.path("entries").size()).isBetween(1, 5);
    recent.path("entries").forEach(e -> assertThat(e.path("actor").asString()).isEqualTo("auditor"));
  }

  @Test
  void badSearchesAreRefused() {
    assertThat(node.get("/api/v1/audit/entries?from=yesterday", AUDITOR).statusCode()).isEqualTo(400);
    assertThat(node.get("/api/v1/audit/entries?size=1000", AUDITOR).statusCode()).isEqualTo(400);
    assertThat(node.get("/api/v1/audit/entries?page=-1", AUDITOR).statusCode()).isEqualTo(400);
    assertThat(node.get("/api/v1/audit/entries?from=2026-02-01&to=2026-01-01", AUDITOR).statusCode()).isEqualTo(400);
    assertThat(node.get("/api/v1/audit/entries?actor=" + "x".repeat(65), AUDITOR).statusCode()).isEqualTo(400);
  }

  @Test
  void onlyAuditorsAndAdministratorsReadTheTrail() {
    assertThat(node.get("/api/v1/audit/entries", basic("investigator", NodeClient.DEMO_PASSWORD)).statusCode()).isEqualTo(403);
    assertThat(node.get("/audit", basic("supervisor", NodeClient.DEMO_PASSWORD)).statusCode()).isEqualTo(403);
    assertThat(node.get("/api/v1/audit/verify", NodeClient.admin()).statusCode()).isEqualTo(200);
  }

  @Test
  void theAuditPageShowsEntriesAndTheVerification() {
    HttpResponse<String> page = node.get("/audit?action=login", AUDITOR);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("审计日志").contains("login.success");
    HttpResponse<String> verification = node.get("/audit/verify", AUDITOR);
    assertThat(verification.body()).contains("chain-intact");
  }

  private Map<String, Object> row(long id) {
    return jdbc.sql("select * from audit_entry where id = :id").param("id", id).query().singleRow();
  }

  private void restore(long id, Map<String, Object> original) {
    jdbc.sql("delete from audit_entry where id = :id").param("id", id).update();
    insert(original);
  }

  private void insert(Map<String, Object> row) {
    jdbc.sql(
            """
            insert into audit_entry (id, at, actor, agency_code, action, subject, purpose, outcome, outcome_kind, client_ip, hash)
            values (:id, :at, :actor, :agency_code, :action, :subject, :purpose, :outcome, :outcome_kind, :client_ip, :hash)
            """)
        .params(row)
        .update();
  }
}
