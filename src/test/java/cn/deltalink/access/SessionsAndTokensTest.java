package cn.deltalink.access;

import static cn.deltalink.access.NodeClient.basic;
import static cn.deltalink.access.NodeClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A change of password shuts out whoever held the old one: other sessions end, personal tokens are revoked. */
@NodeTest
class SessionsAndTokensTest {

  private static final String PASSWORD = "Changshu2026st";
  private static final String NEW_PASSWORD = "Changshu2027nw";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void changingTheOwnPasswordEndsTheOtherSessionsAndRevokesTheTokensButKeepsThisSession() {
    NodeClient node = new NodeClient(port);
    node.createOfficer(NodeClient.admin(), "session.own", "320000000000", "INVESTIGATOR", PASSWORD);
    String token = tokenOf("session.own", PASSWORD);
    Browser desk = new Browser(port).signedInAs("session.own", PASSWORD);
    Browser laptop = new Browser(port).signedInAs("session.own", PASSWORD);

    HttpResponse<String> change = desk.postJson("/api/v1/account/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");
    assertThat(change.statusCode()).as(change.body()).isEqualTo(204);

    assertThat(desk.getJson("/api/v1/account").statusCode()).isEqualTo(200);
    assertThat(laptop.getJson("/api/v1/account").statusCode()).isEqualTo(401);
    assertThat(node.get("/api/v1/account", bearer(token)).statusCode()).isEqualTo(401);
    assertThat(jdbc.sql("select outcome from audit_entry where action = 'account.token.revoke' and subject = 'all tokens of session.own'").query(String.class).list())
        .containsExactly("ok: 1 revoked: password changed");
  }

  @Test
  void anAdministratorsResetEndsAllTheOfficersSessionsAndRevokesTheirTokens() {
    NodeClient node = new NodeClient(port);
    node.createOfficer(NodeClient.admin(), "session.reset", "320000000000", "INVESTIGATOR", PASSWORD);
    String token = tokenOf("session.reset", PASSWORD);
    Browser desk = new Browser(port).signedInAs("session.reset", PASSWORD);
    assertThat(desk.getJson("/api/v1/account").statusCode()).isEqualTo(200);

    assertThat(node.patch("/api/v1/officers/session.reset", NodeClient.admin(), "{\"password\":\"" + NEW_PASSWORD + "\"}").statusCode()).isEqualTo(200);

    assertThat(desk.getJson("/api/v1/account").statusCode()).isEqualTo(401);
    assertThat(node.get("/api/v1/account", bearer(token)).statusCode()).isEqualTo(401);
    assertThat(new Browser(port).signedInAs("session.reset", NEW_PASSWORD).getJson("/api/v1/account").statusCode()).isEqualTo(200);
  }

  @Test
  void aTokenCannotCreateTokensButAPasswordCan() {
    NodeClient node = new NodeClient(port);
    node.createOfficer(NodeClient.admin(), "session.chain", "320000000000", "INVESTIGATOR", PASSWORD);
    String token = tokenOf("session.chain", PASSWORD);

    HttpResponse<String> byToken = node.post("/api/v1/account/tokens", bearer(token), "{\"name\":\"second\"}");
    assertThat(byToken.statusCode()).isEqualTo(403);
    assertThat(byToken.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(jdbc.sql("select count(*) from api_token where username = 'session.chain'").query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("select outcome_kind from audit_entry where actor = 'session.chain' and action = 'account.token.create' order by id desc limit 1").query(String.class).single())
        .isEqualTo("denied");
  }

  @Test
  void aTokenLivesNoLongerThanTheConfiguredMaximum() {
    NodeClient node = new NodeClient(port);
    node.createOfficer(NodeClient.admin(), "session.long", "320000000000", "INVESTIGATOR", PASSWORD);
    assertThat(node.post("/api/v1/account/tokens", basic("session.long", PASSWORD), "{\"name\":\"long\",\"expiresInDays\":366}").statusCode()).isEqualTo(400);
    assertThat(node.post("/api/v1/account/tokens", basic("session.long", PASSWORD), "{\"name\":\"year\",\"expiresInDays\":365}").statusCode()).isEqualTo(201);
  }

  private String tokenOf(String username, String password) {
    HttpResponse<String> created = new NodeClient(port).post("/api/v1/account/tokens", basic(username, password), "{\"name\":\"script\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return NodeClient.json(created).path("token").asString();
  }
}
