package cn.deltalink.identifiercheck;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@NodeTest
class IdentifierCheckApiTest {

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  private HttpResponse<String> post(String body) throws Exception {
    String basic = Base64.getEncoder().encodeToString("investigator:Demo@2026".getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/identifiers/check"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode check(String type, String value, String purpose) throws Exception {
    HttpResponse<String> response = post(json.writeValueAsString(Map.of("type", type, "value", value, "purpose", purpose)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private long checksRecorded() {
    return jdbc.sql("select count(*) from audit_entry where action = 'identifier.check'").query(Long.class).single();
  }

  @Test
  void aValidResidentIdAnswersWithItsDerivedFields() throws Exception {
    JsonNode answer = check("resident-id", "11010519491231002X", "");

    assertThat(answer.get("valid").asBoolean()).isTrue();
    assertThat(answer.get("type").asString()).isEqualTo("resident-id");
    assertThat(answer.get("birthDate").asString()).isEqualTo("1949-12-31");
    assertThat(answer.get("gender").asString()).isEqualTo("female");
    assertThat(answer.get("addressCode").asString()).isEqualTo("110105");
    assertThat(answer.get("region").asString()).isEqualTo("北京市朝阳区");
    assertThat(answer.get("age").asInt()).isGreaterThanOrEqualTo(76);
    assertThat(answer.has("reason")).isFalse();
  }

  @Test
  void anInvalidResidentIdAnswersWithTheRuleThatFailed() throws Exception {
    JsonNode answer = check("resident-id", "110105194912310025", "");

    assertThat(answer.get("valid").asBoolean()).isFalse();
    assertThat(answer.get("reason").asString()).isEqualTo("check character should be X, not 5");
    assertThat(answer.get("rule").asString()).isEqualTo("resident-id.check-character");
    assertThat(answer.has("birthDate")).isFalse();
  }

  @Test
  void everyTypeAcceptsAValidExample() throws Exception {
    assertThat(check("credit-code", "91350100M000100Y43", "").get("registrationAuthority").asString()).isEqualTo("market-regulation");
    assertThat(check("plate", "苏A·D1234 5", "").get("kind").asString()).isEqualTo("new-energy-small");
    assertThat(check("mobile", "+86 138 1234 5678", "").get("masked").asString()).isEqualTo("138****5678");
    assertThat(check("bank-card", "6222021234567890128", "").get("network").asString()).isEqualTo("unionpay");
    assertThat(check("name", "章伟", "").get("homophoneKey").asString()).isEqualTo("zhangwei");
  }

  @Test
  void theAnswerEchoesTheValueAsSentButTheAuditTrailMasksIt() throws Exception {
    String purpose = "road check " + UUID.randomUUID();

    JsonNode answer = check("mobile", "13812345678", purpose);

    assertThat(answer.get("value").asString()).isEqualTo("13812345678");
    Map<String, Object> entry =
        jdbc.sql("select actor, subject, outcome from audit_entry where action = 'identifier.check' and purpose = :purpose").param("purpose", purpose).query().singleRow();
    assertThat(entry).containsEntry("actor", "investigator").containsEntry("subject", "mobile 138****5678").containsEntry("outcome", "ok: valid");
  }

  @Test
  void anInvalidCheckIsAuditedAsInvalidWithTheValueMasked() throws Exception {
    String purpose = "typo " + UUID.randomUUID();

    check("resident-id", "110105194912310025", purpose);

    Map<String, Object> entry =
        jdbc.sql("select subject, outcome from audit_entry where action = 'identifier.check' and purpose = :purpose").param("purpose", purpose).query().singleRow();
    assertThat(entry).containsEntry("subject", "resident-id 110*************25").containsEntry("outcome", "ok: invalid");
  }

  @Test
  void aScriptFragmentIsAnInvalidValueWithAReason() throws Exception {
    JsonNode answer = check("name", "<script>alert(1)</script>", "");

    assertThat(answer.get("valid").asBoolean()).isFalse();
    assertThat(answer.get("rule").asString()).isEqualTo("name.characters");
  }

  @Test
  void anSqlFragmentIsAnInvalidValueAndTheTrailIsStillThere() throws Exception {
    JsonNode answer = check("plate", "苏A'; drop table audit_entry; --", "x'); delete from audit_entry; --");

    assertThat(answer.get("valid").asBoolean()).isFalse();
    assertThat(checksRecorded()).isPositive();
  }

  @Test
  void anUnknownTypeIsABadRequestNamingTheKnownTypes() throws Exception {
    long before = checksRecorded();

    HttpResponse<String> response = post("{\"type\":\"passport\",\"value\":\"E12345678\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(json.readTree(response.body()).get("detail").asString()).contains("passport").contains("resident-id, credit-code, plate, mobile, bank-card, name");
    assertThat(checksRecorded()).isEqualTo(before);
  }

  @Test
  void aMissingTypeIsABadRequest() throws Exception {
    assertThat(post("{\"value\":\"13812345678\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void aMissingValueIsABadRequest() throws Exception {
    HttpResponse<String> response = post("{\"type\":\"mobile\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("detail").asString()).contains("'value' is required");
  }

  @Test
  void aBlankValueIsABadRequest() throws Exception {
    assertThat(post("{\"type\":\"mobile\",\"value\":\"   \"}").statusCode()).isEqualTo(400);
  }

  @Test
  void aValueLongerThan64CharactersIsABadRequest() throws Exception {
    long before = checksRecorded();

    HttpResponse<String> response = post("{\"type\":\"name\",\"value\":\"" + "A".repeat(65) + "\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("detail").asString()).contains("longer than 64");
    assertThat(checksRecorded()).isEqualTo(before);
  }

  @Test
  void aPurposeLongerThan200CharactersIsABadRequest() throws Exception {
    assertThat(post("{\"type\":\"mobile\",\"value\":\"13812345678\",\"purpose\":\"" + "p".repeat(201) + "\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void malformedJsonIsABadRequestWithoutAStackTrace() throws Exception {
    HttpResponse<String> response = post("{\"type\":\"mobile\",\"value\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("detail").asString()).startsWith("Send a JSON object with string fields type and value");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at tools.");
  }

  @Test
  void aJsonNullBodyIsABadRequest() throws Exception {
    assertThat(post("null").statusCode()).isEqualTo(400);
  }

  @Test
  void aValueThatIsAnObjectIsABadRequest() throws Exception {
    assertThat(post("{\"type\":\"mobile\",\"value\":{\"a\":1}}").statusCode()).isEqualTo(400);
  }

  @Test
  void withoutCredentialsTheCheckIsRefused() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/identifiers/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"mobile\",\"value\":\"13812345678\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
  }
}
