package cn.deltalink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input never gets a 5xx (issue 7 §1). Reads the node's own OpenAPI document and drives every
 * operation it lists with generated bad input, then the node endpoint with bad envelopes; fails on
 * any 5xx and lists which. A module that adds operations is covered without touching this test.
 * Signed in as an officer with every role (through a personal token, so that no request pays for
 * bcrypt) so that the input gets past authorisation to the code that reads it. The generator is
 * seeded and draws a bounded number of cases per operation.
 */
@NodeTest
class BadInputFuzzTest {

  private static final long SEED = 20261130L;
  private static final int CASES_PER_OPERATION = 28;
  private static final String PASSWORD = "Fuzz@2026xyz";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Values that no path or query parameter should take: each must be refused, none may break the node. */
  private static final List<String> BAD_SEGMENTS =
      List.of(
          "%20",
          "%00",
          "%0D%0Aforged",
          "-1",
          "0",
          "99999999999999999999999",
          "1.5e400",
          "NaN",
          "not-a-uuid",
          "00000000-0000-0000-0000-00000000000g",
          "%E4%B8%AD%E6%96%87",
          "%FF%FE",
          "..%2F..%2Fetc%2Fpasswd",
          "'%20or%201=1--",
          "%3Cscript%3E",
          "a".repeat(4_000));

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Random random = new Random(SEED);
  private final List<String> failures = new ArrayList<>();
  private String base;

  @BeforeEach
  void connect() {
    base = "http://localhost:" + port;
  }

  @Test
  void everyDocumentedOperationAnswersBadInputWithA4xxProblem() {
    String authorization = "Bearer " + tokenOfAnOfficerWithEveryRole();
    JsonNode document = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).GET()).body());
    List<Operation> operations = operations(document);
    assertThat(operations).as("the OpenAPI document lists no operations").isNotEmpty();

    int sent = 0;
    for (Operation operation : operations) {
      for (Case c : sample(casesFor(operation, document))) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + c.path())).timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
        c.headers().forEach(request::header);
        request.method(operation.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        exchange(operation.method() + " " + operation.path() + " [" + c.name() + "]", request, c);
        sent++;
      }
    }
    assertThat(sent).isGreaterThan(operations.size());
    assertThat(failures).as("operations that answered bad input with a 5xx or without a problem").isEmpty();
  }

  @Test
  void theNodeEndpointAnswersBadEnvelopesWithA4xxProblem() {
    ObjectNode envelope = plausibleEnvelope();
    List<Case> cases = new ArrayList<>();
    Iterator<String> fields = envelope.propertyNames().iterator();
    while (fields.hasNext()) {
      String field = fields.next();
      for (Map.Entry<String, JsonNode> bad : badValues(envelope.get(field)).entrySet()) {
        ObjectNode copy = envelope.deepCopy();
        copy.set(field, bad.getValue());
        cases.add(json("/exchange/v1/messages", field + " " + bad.getKey(), "{\"envelopes\": [" + copy + "]}"));
        ObjectNode missing = envelope.deepCopy();
        missing.remove(field);
        cases.add(json("/exchange/v1/messages", field + " missing", missing.toString()));
      }
    }
    cases.add(json("/exchange/v1/messages", "long senderNode", envelope.deepCopy().put("senderNode", "ABCDEFGHIJKLMNOPQRSTUVWXYZ\r\nforged").toString()));
    cases.add(json("/exchange/v1/messages", "long payloadDigest", envelope.deepCopy().put("payloadDigest", "ab".repeat(200)).toString()));
    ArrayNode many = JSON.createArrayNode();
    for (int i = 0; i < 300; i++) {
      many.add(envelope);
    }
    cases.add(json("/exchange/v1/messages", "too many envelopes", "{\"envelopes\": " + many + "}"));
    cases.add(json("/exchange/v1/messages", "envelopes not an array", "{\"envelopes\": \"x\"}"));
    cases.add(json("/exchange/v1/messages", "no envelopes", "{\"envelopes\": []}"));
    cases.add(json("/exchange/v1/messages", "envelopes of numbers", "{\"envelopes\": [1, \"x\", null, []]}"));
    cases.add(json("/exchange/v1/messages", "too large", "{\"envelopes\": [\"" + "x".repeat(9 * 1024 * 1024) + "\"]}"));
    for (String path : List.of("/exchange/v1/messages", "/exchange/v1/queries")) {
      cases.addAll(malformedBodies(path));
      cases.add(json(path, "an envelope from a stranger", envelope.toString()));
    }
    for (Case c : cases) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + c.path())).timeout(Duration.ofSeconds(30));
      c.headers().forEach(request::header);
      request.POST(c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
      exchange("POST " + c.path() + " [" + c.name() + "]", request, c);
    }
    assertThat(failures).as("bad envelopes answered with a 5xx or without a problem").isEmpty();
  }

  /**
   * Sends one case and notes a 5xx, or a 4xx that is not a problem. A node may close the connection
   * on a body larger than it takes before the client has sent all of it (Tomcat swallows at most 2
   * MiB); that is a refusal, not a failure, for such bodies only.
   */
  private void exchange(String what, HttpRequest.Builder request, Case c) {
    try {
      check(what, http.send(request.build(), HttpResponse.BodyHandlers.ofString()), true);
    } catch (IOException e) {
      if (c.body() == null || c.body().length < 2 * 1024 * 1024) {
        failures.add(what + " -> no answer: " + e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void check(String what, HttpResponse<String> response, boolean problemExpected) {
    int status = response.statusCode();
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (status >= 500) {
      failures.add(what + " -> " + status + " " + snippet(response.body()));
    } else if (problemExpected && status >= 400 && status != 405 && !contentType.contains("problem+json") && !contentType.contains("application/json")) {
      failures.add(what + " -> " + status + " without a problem (" + contentType + ")");
    }
  }

  private List<Case> sample(List<Case> cases) {
    List<Case> shuffled = new ArrayList<>(cases);
    Collections.shuffle(shuffled, random);
    return shuffled.subList(0, Math.min(CASES_PER_OPERATION, shuffled.size()));
  }

  private List<Case> casesFor(Operation operation, JsonNode document) {
    List<Case> cases = new ArrayList<>();
    for (String name : operation.pathParameters()) {
      for (String bad : BAD_SEGMENTS) {
        cases.add(new Case("path " + name + "=" + shorten(bad), operation.pathWith(name, bad) + operation.plausibleQuery(), Map.of("Accept", "application/json"), null));
      }
    }
    for (String name : operation.queryParameters()) {
      for (String bad : BAD_SEGMENTS) {
        cases.add(new Case("query " + name + "=" + shorten(bad), operation.plausiblePath() + "?" + name + "=" + bad, Map.of("Accept", "application/json"), null));
      }
      cases.add(new Case("query " + name + " twice", operation.plausiblePath() + "?" + name + "=1&" + name + "=x", Map.of("Accept", "application/json"), null));
    }
    String target = operation.plausiblePath() + operation.plausibleQuery();
    cases.add(new Case("asks for XML", target, Map.of("Accept", "application/xml"), null));
    if (operation.body() != null) {
      ObjectNode plausible = plausible(operation.body(), document);
      Iterator<String> fields = plausible.propertyNames().iterator();
      while (fields.hasNext()) {
        String field = fields.next();
        for (Map.Entry<String, JsonNode> bad : badValues(plausible.get(field)).entrySet()) {
          ObjectNode copy = plausible.deepCopy();
          copy.set(field, bad.getValue());
          cases.add(json(target, field + " " + bad.getKey(), copy.toString()));
        }
      }
      cases.addAll(malformedBodies(target));
    } else if (!operation.method().equals("GET")) {
      cases.add(json(target, "unexpected body", "{\"x\": " + "[".repeat(5_000) + "]"));
    }
    return cases;
  }

  /** Bodies that are not JSON of any shape, JSON of the wrong shape, and wrong content types. */
  private static List<Case> malformedBodies(String target) {
    List<Case> cases = new ArrayList<>();
    for (String body : List.of("", "{", "}", "[]", "null", "\"text\"", "42", "{\"a\":}", "{\"a\": 1,}", "\u0000\u0001\u0002", "{\"a\": \"\\ud800\"}", "[".repeat(100_000))) {
      cases.add(json(target, "body " + shorten(body), body));
    }
    cases.add(new Case("huge body", target, Map.of("Content-Type", "application/json"), ("[" + "1,".repeat(1_500_000) + "1]").getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case("not UTF-8", target, Map.of("Content-Type", "application/json"), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
    cases.add(new Case("text/plain", target, Map.of("Content-Type", "text/plain"), "hello".getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case("xml", target, Map.of("Content-Type", "application/xml"), "<a>1</a>".getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case("garbled content type", target, Map.of("Content-Type", "applic@tion/;;json=="), "{}".getBytes(StandardCharsets.UTF_8)));
    cases.add(
        new Case(
            "multipart garbage",
            target,
            Map.of("Content-Type", "multipart/form-data; boundary=zz"),
            "--zz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\r\n\r\n--zz--".getBytes(StandardCharsets.UTF_8)));
    cases.add(new Case("form", target, Map.of("Content-Type", "application/x-www-form-urlencoded"), "a=%ZZ&b".getBytes(StandardCharsets.UTF_8)));
    return cases;
  }

  /** For a JSON value: values of other types, an oversized one, and one full of control characters. */
  private static Map<String, JsonNode> badValues(JsonNode value) {
    Map<String, JsonNode> bad = new LinkedHashMap<>();
    bad.put("null", JSON.nullNode());
    bad.put("oversized", JSON.getNodeFactory().stringNode("长".repeat(200_000)));
    bad.put("control characters", JSON.getNodeFactory().stringNode("a\u0000b\r\nc\u001b[31md\u2028e"));
    bad.put("number", JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400")));
    bad.put("negative", JSON.getNodeFactory().numberNode(-2_147_483_649L));
    bad.put("boolean", JSON.getNodeFactory().booleanNode(true));
    bad.put("object", JSON.createObjectNode().put("x", 1));
    bad.put("array", JSON.createArrayNode().add("x").add(1).addNull());
    bad.put("empty", JSON.getNodeFactory().stringNode(""));
    bad.put("date-like", JSON.getNodeFactory().stringNode("2026-02-30T25:61:00Z"));
    bad.remove(value == null ? "" : value.isString() ? "" : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : value.isArray() ? "array" : "object");
    return bad;
  }

  /** A value of each property's documented type, so that one bad property at a time reaches the code. */
  private static ObjectNode plausible(JsonNode schema, JsonNode document) {
    ObjectNode node = JSON.createObjectNode();
    JsonNode resolved = resolve(schema, document);
    Iterator<Map.Entry<String, JsonNode>> properties = resolved.path("properties").properties().iterator();
    while (properties.hasNext()) {
      Map.Entry<String, JsonNode> property = properties.next();
      JsonNode type = resolve(property.getValue(), document);
      switch (type.path("type").asString("object")) {
        case "string" -> node.put(property.getKey(), type.path("format").asString("").equals("uuid") ? UUID.randomUUID().toString() : "x");
        case "integer", "number" -> node.put(property.getKey(), 1);
        case "boolean" -> node.put(property.getKey(), true);
        case "array" -> node.set(property.getKey(), JSON.createArrayNode());
        default -> node.set(property.getKey(), JSON.createObjectNode());
      }
    }
    return node;
  }

  private static JsonNode resolve(JsonNode schema, JsonNode document) {
    String ref = schema.path("$ref").asString("");
    return ref.startsWith("#/components/schemas/") ? document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length())) : schema;
  }

  private static List<Operation> operations(JsonNode document) {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
        String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          continue;
        }
        JsonNode operation = entry.getValue();
        Map<String, String> pathParameters = new LinkedHashMap<>();
        Map<String, String> queryParameters = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
          String type = parameter.path("schema").path("type").asString("string");
          String format = parameter.path("schema").path("format").asString("");
          String plausible = format.equals("uuid") ? UUID.randomUUID().toString() : type.equals("integer") ? "1" : "fuzz-nobody";
          (parameter.path("in").asString().equals("path") ? pathParameters : queryParameters).put(parameter.path("name").asString(), plausible);
        }
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode body = content.isMissingNode() ? null : content.path("application/json").path("schema");
        operations.add(new Operation(method, path.getKey(), pathParameters, queryParameters, body == null || body.isMissingNode() ? null : body));
      }
    }
    return operations;
  }

  private String tokenOfAnOfficerWithEveryRole() {
    String admin = "Basic " + Base64.getEncoder().encodeToString("admin:Demo@2026".getBytes(StandardCharsets.UTF_8));
    List<String> roles =
        List.of(
            "WINDOW_CLERK", "REVIEWING_OFFICER", "INVESTIGATOR", "FRAUD_ANALYST", "CHECKPOINT_OFFICER", "DUTY_OFFICER", "ENTERPRISE_LIAISON", "COMMUNITY_OFFICER", "SUPERVISOR", "AUDITOR", "ADMINISTRATOR");
    String username = "fuzz." + Long.toString(SEED % 100_000, 36);
    ObjectNode officer = JSON.createObjectNode().put("username", username).put("displayName", "模糊测试").put("agencyCode", "320000000000").put("password", PASSWORD);
    roles.forEach(officer.putArray("roles")::add);
    HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/officers")).header("Authorization", admin).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(officer.toString())));
    assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
    String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/account/tokens")).header("Authorization", basic).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"fuzz\"}")));
    assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
    return JSON.readTree(token.body()).path("token").asString();
  }

  /** A well-formed envelope of protocol version 1 from a node no directory lists. */
  private static ObjectNode plausibleEnvelope() {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("id", UUID.randomUUID().toString());
    envelope.put("version", "1");
    envelope.put("type", "fuzz.test");
    envelope.put("senderNode", "QQ");
    envelope.put("senderAgency", "990000000000");
    envelope.putArray("recipients").add("JS");
    envelope.put("createdAt", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
    envelope.put("handlingCode", "H1");
    envelope.put("purpose", "fuzz");
    envelope.put("payload", "{}");
    envelope.put("payloadDigest", "0".repeat(64));
    envelope.put("signature", Base64.getEncoder().encodeToString(new byte[64]));
    return envelope;
  }

  private static Case json(String target, String name, String body) {
    return new Case(name, target, Map.of("Content-Type", "application/json", "Accept", "application/json"), body.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String shorten(String text) {
    String visible = text.replaceAll("\\p{Cntrl}", "?");
    return visible.length() <= 24 ? visible : visible.substring(0, 24) + "...";
  }

  private static String snippet(String body) {
    return body.length() <= 200 ? body : body.substring(0, 200) + "...";
  }

  /** One request: what it tries, the address with its query, headers and body. */
  record Case(String name, String path, Map<String, String> headers, byte[] body) {}

  /** An operation of the OpenAPI document with a plausible value for each of its parameters. */
  record Operation(String method, String path, Map<String, String> pathValues, Map<String, String> queryValues, JsonNode body) {

    List<String> pathParameters() {
      return List.copyOf(pathValues.keySet());
    }

    List<String> queryParameters() {
      return List.copyOf(queryValues.keySet());
    }

    String pathWith(String name, String value) {
      String result = path;
      for (Map.Entry<String, String> p : pathValues.entrySet()) {
        result = result.replace("{" + p.getKey() + "}", p.getKey().equals(name) ? value : p.getValue());
      }
      return result;
    }

    String plausiblePath() {
      return pathWith("", "");
    }

    String plausibleQuery() {
      StringBuilder query = new StringBuilder();
      queryValues.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value));
      return query.toString();
    }
  }
}
