package cn.deltalink.access;

import static cn.deltalink.access.NodeClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@NodeTest
class LoginLockoutTest {

  private static final String PASSWORD = "Kunshan2026pd";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private NodeClient node;

  @BeforeEach
  void connect() {
    node = new NodeClient(port);
  }

  @Test
  void fiveWrongPasswordsLockTheAccountSoThatEvenTheRightOneIsRefused() {
    node.createOfficer(NodeClient.admin(), "lockout.one", "320000000000", "INVESTIGATOR", PASSWORD);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(node.get("/api/v1/account", basic("lockout.one", "wrong" + attempt)).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> right = node.get("/api/v1/account", basic("lockout.one", PASSWORD));
    assertThat(right.statusCode()).isEqualTo(401);
    assertThat(right.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(NodeClient.json(right).path("detail").asString()).contains("locked");
  }

  @Test
  void aSuccessResetsTheCountOfFailures() {
    node.createOfficer(NodeClient.admin(), "lockout.two", "320000000000", "INVESTIGATOR", PASSWORD);
    for (int attempt = 1; attempt <= 4; attempt++) {
      node.get("/api/v1/account", basic("lockout.two", "wrong"));
    }
    assertThat(node.get("/api/v1/account", basic("lockout.two", PASSWORD)).statusCode()).isEqualTo(200);
    for (int attempt = 1; attempt <= 4; attempt++) {
      node.get("/api/v1/account", basic("lockout.two", "wrong"));
    }
    assertThat(node.get("/api/v1/account", basic("lockout.two", PASSWORD)).statusCode()).isEqualTo(200);
  }

  @Test
  void theLockEndsAfterItsDuration() {
    node.createOfficer(NodeClient.admin(), "lockout.three", "320000000000", "INVESTIGATOR", PASSWORD);
    for (int attempt = 1; attempt <= 5; attempt++) {
      node.get("/api/v1/account", basic("lockout.three", "wrong"));
    }
    // Time passes: the lock's end is moved into the past rather than waiting 15 minutes.
    jdbc.sql("update officer set locked_until = now() - interval '1 second' where username = 'lockout.three'").update();
    assertThat(node.get("/api/v1/account", basic("lockout.three", PASSWORD)).statusCode()).isEqualTo(200);
  }

  @Test
  void everyAttemptAndTheLockAreAuditedUnderTheTypedNameWithoutThePassword() {
    node.createOfficer(NodeClient.admin(), "lockout.four", "320000000000", "INVESTIGATOR", PASSWORD);
    for (int attempt = 1; attempt <= 5; attempt++) {
      node.get("/api/v1/account", basic("lockout.four", "Secret-guess-" + attempt));
    }
    node.get("/api/v1/account", basic("lockout.four", PASSWORD));
    var actions = jdbc.sql("select action || ' ' || outcome from audit_entry where actor = 'lockout.four' order by id").query(String.class).list();
    assertThat(actions).filteredOn(a -> a.startsWith("login.failure failed: wrong password")).hasSize(5);
    assertThat(actions).filteredOn(a -> a.startsWith("login.lockout")).hasSize(1);
    assertThat(actions).last().asString().startsWith("login.failure failed: locked");
    var leaked = jdbc.sql("select count(*) from audit_entry where subject like '%Secret-guess%' or purpose like '%Secret-guess%' or outcome like '%Secret-guess%'").query(Integer.class).single();
    assertThat(leaked).isZero();
  }

  @Test
  void anUnknownNameIsRefusedLikeAWrongPasswordAndAudited() {
    HttpResponse<String> response = node.get("/api/v1/account", basic("nobody.here", "whatever123"));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(NodeClient.json(response).path("detail").asString()).isEqualTo("Wrong user name or password.");
    assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'nobody.here' and action = 'login.failure'").query(Integer.class).single()).isPositive();
  }

  @Test
  void noCredentialsGiveAProblemThatSaysHowToAuthenticate() {
    HttpResponse<String> response = node.getAnonymously("/api/v1/account");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(NodeClient.json(response).path("detail").asString()).contains("Bearer");
  }

  @Test
  void aRoleThatDoesNotAllowTheRequestGetsA403ProblemAndIsAudited() {
    HttpResponse<String> response = node.get("/api/v1/officers", basic("clerk", NodeClient.DEMO_PASSWORD));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'clerk' and action = 'access.denied' and subject = 'GET /api/v1/officers'").query(Integer.class).single())
        .isPositive();
  }
}
