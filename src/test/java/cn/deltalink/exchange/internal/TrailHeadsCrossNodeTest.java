package cn.deltalink.exchange.internal;

import cn.deltalink.exchange.internal.log.TrailHeads;

import cn.deltalink.access.AuditOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.access.AuditTrail;
import cn.deltalink.platform.NodeId;
import cn.deltalink.region.AgencyCode;
import cn.deltalink.exchange.HandlingCode;
import cn.deltalink.exchange.OutgoingMessage;
import cn.deltalink.exchange.Recipients;
import cn.deltalink.exchange.RunningNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Jiangsu's trails are cut at the end directly in its PostgreSQL, as its superuser, together with
 * every signed head Jiangsu kept of them: nothing left on Jiangsu shows the cut. Shanghai, which kept
 * the heads Jiangsu sent it, reports them back in its next round, and Jiangsu's verification of both
 * trails then finds the cut (ADR 018). Rounds are triggered here instead of waited for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrailHeadsCrossNodeTest {

  private Path region;
  private RunningNode jiangsu;
  private RunningNode shanghai;

  @BeforeAll
  void startTwoNodes() throws Exception {
    region = Files.createTempDirectory("deltalink-trail-heads");
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    RunningNode.Spec sh = new RunningNode.Spec("SH", "31", RunningNode.freePort());
    Map<String, String> endpoints = RunningNode.endpoints(List.of(js, sh));
    jiangsu = RunningNode.start(js, region, endpoints, Map.of());
    shanghai = RunningNode.start(sh, region, endpoints, Map.of());
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
  void trailsCutInTheDatabaseAreFoundThroughTheHeadsAPeerHolds() {
    // some traffic, so that Jiangsu's message log has entries and a signed head
    for (int i = 0; i < 5; i++) {
      jiangsu.bean(AuditTrail.class).record("test.trail", "entry " + i, "", AuditOutcome.ok());
      jiangsu.transaction().executeWithoutResult(s -> jiangsu.exchange().send(new OutgoingMessage("test.counted", Recipients.of(NodeId.of("SH")), HandlingCode.H0, "trail heads test", AgencyCode.of("320000000000"), "{}", null)));
    }
    Eventually.until("Jiangsu has sealed its message log", () -> count(jiangsu.jdbc(), "select count(*) from exchange_log_seal where chain_pos >= 5") > 0);

    // Jiangsu sends its signed heads; Shanghai keeps them and reports them back in its round
    jiangsu.bean(TrailHeads.class).round();
    Eventually.until("Shanghai holds Jiangsu's audit and log heads", () -> count(shanghai.jdbc(), "select count(*) from exchange_held_head where node = 'JS' and trail = 'audit'") > 0
        && count(shanghai.jdbc(), "select count(*) from exchange_held_head where node = 'JS' and trail = 'log'") > 0);
    shanghai.bean(TrailHeads.class).round();
    Eventually.until("Jiangsu holds Shanghai's reports of its heads", () -> count(jiangsu.jdbc(), "select count(*) from audit_head_witness where peer = 'SH'") > 0
        && count(jiangsu.jdbc(), "select count(*) from exchange_log_witness where peer = 'SH'") > 0);
    assertThat(get(jiangsu, "/api/v1/audit/verify")).contains("\"intact\":true");
    assertThat(get(jiangsu, "/api/v1/exchange/log/verify")).contains("\"intact\":true");

    // cut below the heads Shanghai holds (newer ones may have been signed on Jiangsu since)
    long sealedAudit = count(jiangsu.jdbc(), "select max(seq) from audit_head_witness where peer = 'SH'");
    long sealedLog = count(jiangsu.jdbc(), "select max(position) from exchange_log_witness where peer = 'SH'");
    cutAuditTrail(sealedAudit - 3);
    cutMessageLog(sealedLog - 2);
    assertThat(get(jiangsu, "/api/v1/audit/verify")).as("nothing left on Jiangsu shows the cut").contains("\"intact\":true");

    shanghai.bean(TrailHeads.class).round();
    Eventually.until("Jiangsu holds Shanghai's new reports of its heads", () -> count(jiangsu.jdbc(), "select count(*) from audit_head_witness where peer = 'SH'") > 0
        && count(jiangsu.jdbc(), "select count(*) from exchange_log_witness where peer = 'SH'") > 0);
    assertThat(get(jiangsu, "/api/v1/audit/verify")).contains("\"intact\":false").contains("SH holds");
    assertThat(get(jiangsu, "/api/v1/exchange/log/verify")).contains("\"intact\":false").contains("SH holds");
  }

  /** Removes the audit entries after {@code keep}, resets the chain head to match, and removes every signed head kept on Jiangsu. */
  private void cutAuditTrail(long keep) {
    JdbcTemplate superuser = jiangsu.superuserJdbc();
    superuser.update("delete from audit_entry where id > ?", keep);
    superuser.update("update audit_chain_head set seq = ?, hash = (select hash from audit_entry where id = ?)", keep, keep);
    superuser.update("delete from audit_head_seal");
    superuser.update("delete from audit_head_witness");
  }

  /** Removes the log entries after chain position {@code keep}, every seal and every peer report, past the triggers. */
  private void cutMessageLog(long keep) {
    JdbcTemplate superuser = jiangsu.superuserJdbc();
    List<String> guarded = List.of("exchange_log", "exchange_log_chain", "exchange_log_seal");
    guarded.forEach(table -> superuser.execute("alter table " + table + " disable trigger user"));
    superuser.update("delete from exchange_log where seq in (select seq from exchange_log_chain where chain_pos > ?)", keep);
    superuser.update("delete from exchange_log_chain where chain_pos > ?", keep);
    superuser.update("delete from exchange_log_seal");
    superuser.update("delete from exchange_log_witness");
    guarded.forEach(table -> superuser.execute("alter table " + table + " enable trigger user"));
  }

  private static long count(JdbcTemplate jdbc, String sql) {
    Long n = jdbc.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }

  private static String get(RunningNode node, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(node.url() + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("auditor:Demo@2026".getBytes(StandardCharsets.UTF_8)))
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
