package cn.deltalink.access;

import static cn.deltalink.access.NodeClient.basic;
import static cn.deltalink.access.NodeClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@NodeTest
class ApiTokensTest {

  private static final String PASSWORD = "Wujiang2026st";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private NodeClient node;

  @BeforeEach
  void connect() {
    node = new NodeClient(port);
  }

  private JsonNode create(String owner, String body) {
    HttpResponse<String> response = node.post("/api/v1/account/tokens", basic(owner, PASSWORD), body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return NodeClient.json(response);
  }

  @Test
  void aCreatedTokenAuthenticatesAsItsOwnerUntilRevoked() {
    node.createOfficer(NodeClient.admin(), "token.one", "320000000000", "INVESTIGATOR", PASSWORD);
    JsonNode issued = create("token.one", "{\"name\": \"案件脚本\", \"expiresInDays\": 30}");
    String token = issued.path("token").asString();
    assertThat(token).startsWith("dlk_");

    HttpResponse<String> me = node.get("/api/v1/account", bearer(token));
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(NodeClient.json(me).path("username").asString()).isEqualTo("token.one");

    assertThat(node.delete("/api/v1/account/tokens/" + issued.path("id").asLong(), bearer(token)).statusCode()).isEqualTo(204);
    HttpResponse<String> after = node.get("/api/v1/account", bearer(token));
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(NodeClient.json(after).path("detail").asString()).contains("unknown, expired or revoked");
  }

  @Test
  void onlyTheSm3HashOfTheTokenIsStored() {
    node.createOfficer(NodeClient.admin(), "token.two", "320000000000", "INVESTIGATOR", PASSWORD);
    JsonNode issued = create("token.two", "{\"name\": \"ci\"}");
    String token = issued.path("token").asString();
    String stored = jdbc.sql("select token_hash from api_token where id = :id").param("id", issued.path("id").asLong()).query(String.class).single();
    assertThat(stored).isEqualTo(sm3(token)).doesNotContain(token.substring(4));
    assertThat(jdbc.sql("select count(*) from audit_entry where subject like :t").param("t", "%" + token.substring(4) + "%").query(Integer.class).single()).isZero();
  }

  @Test
  void theListShowsTokensWithoutSecrets() {
    node.createOfficer(NodeClient.admin(), "token.three", "320000000000", "INVESTIGATOR", PASSWORD);
    String token = create("token.three", "{\"name\": \"报表\"}").path("token").asString();
    HttpResponse<String> list = node.get("/api/v1/account/tokens", basic("token.three", PASSWORD));
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("报表").doesNotContain(token).doesNotContain("token_hash").doesNotContain(sm3(token));
    assertThat(NodeClient.json(list).get(0).path("expiresAt").asString()).isNotEmpty();
  }

  @Test
  void aTokenStopsWorkingWhenItsOwnerIsDisabled() {
    node.createOfficer(NodeClient.admin(), "token.four", "320000000000", "INVESTIGATOR", PASSWORD);
    String token = create("token.four", "{\"name\": \"x\"}").path("token").asString();
    assertThat(node.patch("/api/v1/officers/token.four", NodeClient.admin(), "{\"enabled\": false}").statusCode()).isEqualTo(200);
    HttpResponse<String> response = node.get("/api/v1/account", bearer(token));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(NodeClient.json(response).path("detail").asString()).contains("disabled");
  }

  @Test
  void anOfficerCannotRevokeAnotherOfficersToken() {
    node.createOfficer(NodeClient.admin(), "token.five", "320000000000", "INVESTIGATOR", PASSWORD);
    JsonNode issued = create("token.five", "{\"name\": \"mine\"}");
    HttpResponse<String> response = node.delete("/api/v1/account/tokens/" + issued.path("id").asLong(), NodeClient.admin());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(node.get("/api/v1/account", bearer(issued.path("token").asString())).statusCode()).isEqualTo(200);
  }

  @Test
  void badRequestsForTokensAreRefusedWithProblemsAndCreateNothing() {
    node.createOfficer(NodeClient.admin(), "token.six", "320000000000", "INVESTIGATOR", PASSWORD);
    String auth = basic("token.six", PASSWORD);
    assertProblem(node.post("/api/v1/account/tokens", auth, "{\"name\": \"  \"}"), 400, "name");
    assertProblem(node.post("/api/v1/account/tokens", auth, "{\"name\": \"" + "x".repeat(65) + "\"}"), 400, "name");
    assertProblem(node.post("/api/v1/account/tokens", auth, "{\"name\": \"n\", \"expiresInDays\": 0}"), 400, "expiresInDays");
    assertProblem(node.post("/api/v1/account/tokens", auth, "{\"name\": \"n\", \"expiresInDays\": 366}"), 400, "expiresInDays");
    assertProblem(node.post("/api/v1/account/tokens", auth, "{\"name\": \"n\", \"expiresInDays\": \"soon\"}"), 400, "");
    assertProblem(node.post("/api/v1/account/tokens", auth, "{\"name\": "), 400, "");
    assertProblem(node.delete("/api/v1/account/tokens/abc", auth), 400, "id");
    assertThat(jdbc.sql("select count(*) from api_token where username = 'token.six'").query(Integer.class).single()).isZero();
  }

  @Test
  void malformedOrUnknownBearerTokensAreRefused() {
    assertProblem(node.get("/api/v1/account", bearer("dlk_not-a-real-token")), 401, "token");
    assertProblem(node.get("/api/v1/account", bearer("dlk_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]))), 401, "token");
    assertProblem(node.get("/api/v1/account", bearer("' or 1=1 --")), 401, "token");
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detailMentions) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(NodeClient.json(response).path("detail").asString()).containsIgnoringCase(detailMentions);
  }

  private static String sm3(String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    SM3Digest digest = new SM3Digest();
    digest.update(bytes, 0, bytes.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return HexFormat.of().formatHex(out);
  }
}
