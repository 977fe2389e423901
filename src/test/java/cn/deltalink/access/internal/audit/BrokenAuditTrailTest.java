package cn.deltalink.access.internal.audit;

import cn.deltalink.access.AuditOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.access.AuditHeads;
import cn.deltalink.access.AuditTrail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A trail emptied or cut directly in PostgreSQL (as its superuser, which the node's own role cannot
 * do): signing in is refused with the reason instead of a 500, administrators and auditors see an
 * alarm, and the operator's restart begins a new signed segment that records the break.
 */
@NodeTest
class BrokenAuditTrailTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired EmbeddedPostgres postgres;
  @Autowired AuditTrail audit;
  @Autowired AuditHeads heads;
  @Autowired AuditTrailRestart restart;

  private JdbcClient superuser;
  private HttpClient browser;

  @BeforeEach
  void connect() {
    superuser = JdbcClient.create(postgres.getPostgresDatabase());
    browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Whatever a test did to the trail, the next test (of any class sharing this node) finds it intact. */
  @AfterEach
  void restoreTheTrail() {
    restart.restartIfBroken("test restores the trail");
  }

  @Test
  void aTrailWithoutItsChainHeadRefusesSignInWithTheReasonUntilTheOperatorRestartsIt() throws Exception {
    // what emptying the audit tables does to appending; the entries stay, for the other tests sharing this node
    superuser.sql("delete from audit_chain_head").update();

    HttpResponse<String> api = get("/api/v1/audit/entries", basic("auditor"), "application/json");
    assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
    assertThat(api.body()).contains("audit trail is broken").contains("chain head is missing");

    HttpResponse<String> form = login("clerk");
    assertThat(form.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=trail"));
    assertThat(get("/login?error=trail", null, "text/html").body()).contains("login-trail-broken").contains("审计日志已损坏");

    assertThat(restart.restartIfBroken("审计表被清空，经督察核实后重新开始")).isPresent();

    assertThat(get("/api/v1/audit/entries", basic("auditor"), "application/json").statusCode()).isNotEqualTo(503);
    HttpResponse<String> verify = get("/api/v1/audit/verify", basic("auditor"), "application/json");
    assertThat(verify.body()).contains("\"intact\":true");
    var first = superuser.sql("select action, purpose, subject from audit_entry where id = (select segment_start from audit_chain_head)").query().singleRow();
    assertThat(first.get("action")).isEqualTo(AuditTrailRestart.ACTION);
    assertThat(first.get("purpose")).isEqualTo("审计表被清空，经督察核实后重新开始");
    assertThat((String) first.get("subject")).contains("chain head is missing");
  }

  @Test
  void aTrailCutBelowItsSignedHeadRaisesTheAlarmAndFailsVerification() throws Exception {
    for (int i = 0; i < 3; i++) {
      audit.record("test.before-seal", "cut " + i, "", AuditOutcome.ok());
    }
    AuditHeads.SignedHead sealed = heads.seal().orElseThrow();
    long kept = sealed.seq() - 1;
    String keptHash = superuser.sql("select hash from audit_entry where id = :id").param("id", kept).query(String.class).single();
    superuser.sql("delete from audit_entry where id > :id").param("id", kept).update();
    superuser.sql("update audit_chain_head set seq = :seq, hash = :hash").param("seq", kept).param("hash", keptHash).update();

    assertThat(heads.seal()).contains(sealed);
    HttpResponse<String> verify = get("/api/v1/audit/verify", basic("auditor"), "application/json");
    assertThat(verify.body()).contains("\"intact\":false").contains("signed");
    assertThat(get("/", basic("admin"), "text/html").body()).contains("trail-alarm");
    assertThat(get("/", basic("clerk"), "text/html").body()).doesNotContain("trail-alarm");

    assertThat(restart.restartIfBroken("test: cut found")).isPresent();
    assertThat(get("/", basic("admin"), "text/html").body()).doesNotContain("trail-alarm");
    assertThat(get("/api/v1/audit/verify", basic("auditor"), "application/json").body()).contains("\"intact\":true");
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> login(String username) throws Exception {
    Matcher csrf = CSRF.matcher(get("/login", null, "text/html").body());
    assertThat(csrf.find()).isTrue();
    String body = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&username=" + username + "&password=" + URLEncoder.encode("Demo@2026", StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return browser.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String authorization, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
