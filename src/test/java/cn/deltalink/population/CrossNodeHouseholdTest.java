package cn.deltalink.population;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.alert.ApiCalls;
import cn.deltalink.exchange.RunningNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Three demo nodes over real HTTP: Jiangsu issues e-certificates that anyone checks at Zhejiang
 * (valid, revoked, tampered, cut off, unknown), also while Jiangsu is down; and a double-registration
 * sweep started at Jiangsu finds the residents the demo registered at Jiangsu and Shanghai both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossNodeHouseholdTest {

  private static final Duration LIMIT = Duration.ofSeconds(90);

  private final HttpClient http = HttpClient.newHttpClient();
  private Path region;
  private RunningNode.Spec js;
  private RunningNode.Spec sh;
  private RunningNode.Spec zj;
  private Map<String, String> endpoints;
  private RunningNode jiangsu;
  private RunningNode shanghai;
  private RunningNode zhejiang;
  private String code;
  private byte[] pdf;

  @BeforeAll
  void startNodes() throws Exception {
    region = Files.createTempDirectory("deltalink-household");
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
  void aCertificateIssuedAtJiangsuIsValidAtZhejiangByCodeAndByFile() throws Exception {
    HttpResponse<String> issued = ApiCalls.at(jiangsu.url(), "reviewer").post("/api/v1/certificates", """
        {"kind": "household-certificate", "titleZh": "户籍证明", "titleEn": "Household Registration Certificate",
         "holderName": "王秀英", "holderResidentId": "320102198001011226",
         "lines": [{"labelZh": "户籍地址", "labelEn": "Household address", "value": "江苏省南京市玄武区"}],
         "reference": "YRD-TEST-0001"}
        """);
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    code = ApiCalls.JSON.readTree(issued.body()).get("code").asString();
    assertThat(code).startsWith("JS-");
    HttpResponse<byte[]> file = http.send(
        HttpRequest.newBuilder(URI.create(jiangsu.url() + "/api/v1/certificates/" + code)).header("Authorization", basic("clerk")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    pdf = file.body();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

    Eventually.until("the certificate index entry reached Zhejiang", () -> "valid".equals(byCode(zhejiang, code).get("result").asString()), LIMIT);
    JsonNode byCode = byCode(zhejiang, code);
    assertThat(byCode.get("issuer").asString()).isEqualTo("JS");
    assertThat(byCode.get("checkedAt").asString()).isEqualTo("ZJ");
    assertThat(byCode.get("holder").asString()).doesNotContain("秀英").contains("王");
    assertThat(byFile(zhejiang, pdf).get("result").asString()).isEqualTo("valid");
  }

  @Test
  @Order(2)
  void aChangedOrCutOffFileIsTamperedAndAMadeUpCodeUnknown() throws Exception {
    byte[] changed = pdf.clone();
    int at = new String(changed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("DLCODE:") + 200;
    changed[at] = (byte) (changed[at] ^ 0x01);
    assertThat(byFile(zhejiang, changed).get("result").asString()).isEqualTo("tampered");
    assertThat(byFile(zhejiang, Arrays.copyOf(pdf, pdf.length / 2)).get("result").asString()).isEqualTo("tampered");
    assertThat(byFile(zhejiang, Arrays.copyOf(pdf, pdf.length - 1)).get("result").asString()).isEqualTo("tampered");
    assertThat(byCode(zhejiang, "JS-0000-0000-0000").get("result").asString()).isEqualTo("unknown");
    assertThat(byFile(zhejiang, "%PDF-1.4 nothing here".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).get("result").asString()).isEqualTo("unknown");
    HttpResponse<String> empty = post(zhejiang, "/api/public/v1/certificates/verification", "application/json", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(empty.statusCode()).isEqualTo(400);
  }

  @Test
  @Order(3)
  void aRevokedCertificateIsRevokedEverywhereAndStillCheckedWhileItsIssuerIsDown() throws Exception {
    HttpResponse<String> revoked = ApiCalls.at(jiangsu.url(), "reviewer").post("/api/v1/certificates/" + code + "/revocation", "{\"reason\": \"信息有误，重新出具\"}");
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    Eventually.until("the revocation reached Zhejiang", () -> "revoked".equals(byCode(zhejiang, code).get("result").asString()), LIMIT);
    assertThat(byCode(zhejiang, code).get("revocationReason").asString()).isEqualTo("信息有误，重新出具");
    HttpResponse<String> again = ApiCalls.at(jiangsu.url(), "reviewer").post("/api/v1/certificates/" + code + "/revocation", "{\"reason\": \"again\"}");
    assertThat(again.statusCode()).isEqualTo(409);

    HttpResponse<String> second = ApiCalls.at(jiangsu.url(), "reviewer").post("/api/v1/certificates", """
        {"kind": "kinship-certificate", "titleZh": "亲属关系证明", "titleEn": "Kinship Certificate", "holderName": "李明",
         "holderResidentId": "320102198001011234", "lines": [], "reference": "YRD-TEST-0002"}
        """);
    String secondCode = ApiCalls.JSON.readTree(second.body()).get("code").asString();
    Eventually.until("the second certificate reached Zhejiang", () -> "valid".equals(byCode(zhejiang, secondCode).get("result").asString()), LIMIT);

    jiangsu.close();
    jiangsu = null;
    assertThat(byCode(zhejiang, secondCode).get("result").asString()).isEqualTo("valid");
    assertThat(byFile(zhejiang, pdf).get("result").asString()).isEqualTo("revoked");
    jiangsu = RunningNode.start(js, region, endpoints, Map.of());
  }

  @Test
  @Order(4)
  void aReplicaEntryChangedInTheDatabaseFailsItsSignature() {
    zhejiang.superuserJdbc().update("update certificate_index set status = 'valid', revocation_reason = null where code = ?", code);
    assertThat(byCode(zhejiang, code).get("result").asString()).isEqualTo("tampered");
  }

  @Test
  @Order(5)
  void aSweepAtJiangsuFindsThePlantedDoublesWithoutAnyRegisterLeavingItsNode() {
    ApiCalls admin = ApiCalls.at(jiangsu.url(), "admin");
    HttpResponse<String> started = admin.post("/api/v1/registrations/sweeps", "");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = admin.json(started).get("id").asString();
    Eventually.until("Shanghai and Zhejiang answered the sweep and confirmed its hits", () -> {
      JsonNode view = admin.read("/api/v1/registrations/sweeps/" + id);
      return state(view, "SH").equals("done") && state(view, "ZJ").equals("done");
    }, LIMIT);
    JsonNode view = admin.read("/api/v1/registrations/sweeps/" + id);
    assertThat(state(view, "AH")).isEqualTo("waiting");
    assertThat(view.get("state").asString()).isEqualTo("running");
    List<JsonNode> hits = new java.util.ArrayList<>();
    view.get("hits").forEach(hits::add);
    assertThat(hits.stream().filter(h -> h.get("otherNode").asString().equals("SH")).count()).isEqualTo(19);
    assertThat(hits.stream().filter(h -> h.get("otherNode").asString().equals("ZJ")).count()).isEqualTo(7);
    ApiCalls reviewerAtShanghai = ApiCalls.at(shanghai.url(), "reviewer");
    for (JsonNode hit : hits) {
      String residentId = hit.get("residentId").asString();
      assertThat(residentId).hasSize(18);
      assertThat(hit.get("otherStatus").asString()).isEqualTo("active");
      if (hit.get("otherNode").asString().equals("SH")) {
        assertThat(reviewerAtShanghai.get("/api/v1/residents/" + residentId + "?purpose=sweep").statusCode()).isEqualTo(200);
      }
    }
    Integer messagesWithRegister = jiangsu.jdbc().queryForObject(
        "select count(*) from exchange_inbox where type = 'population.sweep-hashes' and payload like ?", Integer.class, "%" + hits.get(0).get("residentId").asString() + "%");
    assertThat(messagesWithRegister).isZero();
  }

  @Test
  @Order(6)
  void theHitNoHitQueryTellsWhereAPersonIsRegisteredAndNothingMore() {
    JsonNode view = ApiCalls.at(jiangsu.url(), "admin").read("/api/v1/registrations/sweeps/" + latestSweep());
    String doubleId = null;
    for (JsonNode hit : view.get("hits")) {
      if (hit.get("otherNode").asString().equals("SH")) {
        doubleId = hit.get("residentId").asString();
      }
    }
    PopulationRegister register = jiangsu.bean(PopulationRegister.class);
    assertThat(register.registeredElsewhere(new cn.deltalink.identity.ResidentIdNumber(doubleId), "户籍核查", cn.deltalink.region.AgencyCode.of("320000000000")))
        .containsExactly(cn.deltalink.platform.NodeId.of("SH"));
    String onlyHere = jiangsu.jdbc().queryForObject("select resident_id from population_resident where status = 'active' and substring(resident_id, 15, 1) < '8' limit 1", String.class);
    assertThat(register.registeredElsewhere(new cn.deltalink.identity.ResidentIdNumber(onlyHere), "户籍核查", cn.deltalink.region.AgencyCode.of("320000000000"))).isEmpty();
  }

  private String latestSweep() {
    return jiangsu.jdbc().queryForObject("select id::text from population_sweep order by started_at desc limit 1", String.class);
  }

  private static String state(JsonNode view, String node) {
    for (JsonNode n : view.get("nodes")) {
      if (n.get("node").asString().equals(node)) {
        return n.get("state").asString();
      }
    }
    return "absent";
  }

  private JsonNode byCode(RunningNode node, String code) {
    HttpResponse<String> response = post(node, "/api/public/v1/certificates/verification", "application/json", ("{\"code\": \"" + code + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiCalls.JSON.readTree(response.body());
  }

  private JsonNode byFile(RunningNode node, byte[] file) {
    HttpResponse<String> response = post(node, "/api/public/v1/certificates/verification", "application/pdf", file);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ApiCalls.JSON.readTree(response.body());
  }

  /** Anonymous: no credentials at all. */
  private HttpResponse<String> post(RunningNode node, String path, String type, byte[] body) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(node.url() + path)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":Demo@2026").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
