package cn.deltalink.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.deltalink.Eventually;
import cn.deltalink.NodeTest;
import cn.deltalink.alert.ApiCalls;
import cn.deltalink.identity.ResidentIdNumber;
import cn.deltalink.platform.RequestRefused;
import cn.deltalink.population.internal.register.ResidentIds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The Jiangsu register over its API and to other modules: registration, masked and audited reads, moving out and in, CSV import. */
@NodeTest
class PopulationRegisterTest {

  @LocalServerPort int port;
  @Autowired PopulationRegister register;
  @Autowired JdbcTemplate jdbc;

  private String base() {
    return "http://localhost:" + port;
  }

  static String id(String county, LocalDate born, int order) {
    String body = county + born.toString().replace("-", "") + String.format("%03d", order);
    return body + ResidentIds.checkCharacter(body);
  }

  @Test
  void aRegisteredResidentIsShownInFullToAReviewerWithAPurposeAndMaskedToAnInvestigatorWithout() {
    String residentId = id("320102", LocalDate.of(1988, 6, 5), 951);
    HttpResponse<String> created = ApiCalls.at(base(), "reviewer").post("/api/v1/residents", """
        {"residentId": "%s", "name": "周雨桐", "householdAddressCode": "320102", "householdNumber": "320102900001", "reference": "TEST-1"}
        """.formatted(residentId));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(ApiCalls.at(base(), "reviewer").post("/api/v1/residents", """
        {"residentId": "%s", "name": "周雨桐", "householdAddressCode": "320102", "householdNumber": "320102900001"}
        """.formatted(residentId)).statusCode()).isEqualTo(409);

    JsonNode full = ApiCalls.at(base(), "reviewer").read("/api/v1/residents/" + residentId + "?purpose=" + "TEST");
    assertThat(full.get("residentId").asString()).isEqualTo(residentId);
    assertThat(full.get("name").asString()).isEqualTo("周雨桐");
    assertThat(full.get("sex").asString()).isEqualTo("male");
    assertThat(full.get("birthDate").asString()).isEqualTo("1988-06-05");
    JsonNode masked = ApiCalls.at(base(), "supervisor").read("/api/v1/residents/" + residentId);
    assertThat(masked.get("residentId").asString()).isNotEqualTo(residentId).startsWith("320102");
    assertThat(masked.get("masked").asBoolean()).isTrue();
    assertThat(masked.path("birthDate").isMissingNode() || masked.get("birthDate").isNull()).as("birth date hidden").isTrue();
    assertThat(ApiCalls.at(base(), "checkpoint").get("/api/v1/residents/" + residentId).statusCode()).isEqualTo(403);
    Integer reads = jdbc.queryForObject("select count(*) from audit_entry where action = 'population.read' and subject like ?", Integer.class, residentId.substring(0, 6) + "%");
    assertThat(reads).isGreaterThanOrEqualTo(2);
  }

  @Test
  void badInputIsRefusedWithTheRuleAndNothingStored() {
    ApiCalls reviewer = ApiCalls.at(base(), "reviewer");
    String wrongCheck = id("320102", LocalDate.of(1990, 1, 1), 953).substring(0, 17) + "0";
    assertThat(reviewer.post("/api/v1/residents", "{\"residentId\": \"" + wrongCheck + "\", \"name\": \"A\", \"householdAddressCode\": \"320102\", \"householdNumber\": \"1\"}").body())
        .contains("check character");
    String shanghai = id("310101", LocalDate.of(1990, 1, 1), 953);
    HttpResponse<String> elsewhere = reviewer.post("/api/v1/residents", "{\"residentId\": \"" + shanghai + "\", \"name\": \"A\", \"householdAddressCode\": \"310101\", \"householdNumber\": \"1\"}");
    assertThat(elsewhere.statusCode()).isEqualTo(400);
    assertThat(elsewhere.body()).contains("not in this node's province");
    String female = id("320102", LocalDate.of(1990, 1, 1), 954);
    assertThat(reviewer.post("/api/v1/residents", "{\"residentId\": \"" + female + "\", \"name\": \"A\", \"sex\": \"male\", \"householdAddressCode\": \"320102\", \"householdNumber\": \"1\"}").body())
        .contains("encodes");
    assertThat(jdbc.queryForObject("select count(*) from population_resident where resident_id in (?, ?, ?)", Integer.class, wrongCheck, shanghai, female)).isZero();
  }

  @Test
  void aPersonMovesOutAndBackInUnderTheApplicationsReferenceAndAFifteenDigitNumberIsTheSamePerson() {
    String residentId = id("320102", LocalDate.of(1965, 3, 9), 955);
    String fifteen = residentId.substring(0, 6) + residentId.substring(8, 17);
    ApiCalls.at(base(), "reviewer").post("/api/v1/residents", "{\"residentId\": \"" + fifteen + "\", \"name\": \"刘建华\", \"householdAddressCode\": \"320102\", \"householdNumber\": \"320102900002\"}");
    ResidentIdNumber id = new ResidentIdNumber(residentId);
    assertThat(register.find(id)).map(Resident::status).contains(ResidentStatus.ACTIVE);
    register.moveOut(id, "31", "YRD-TEST-MOVE");
    assertThat(register.find(id)).map(Resident::status).contains(ResidentStatus.MOVED_OUT);
    assertThatThrownBy(() -> register.moveOut(id, "31", "YRD-TEST-MOVE")).isInstanceOfSatisfying(RequestRefused.class, e -> assertThat(e.status().value()).isEqualTo(409));
    Resident back = register.find(id).orElseThrow().withStatus(ResidentStatus.ACTIVE);
    register.registerIn(back, "YRD-TEST-BACK");
    assertThat(register.find(id)).map(Resident::status).contains(ResidentStatus.ACTIVE);
    assertThatThrownBy(() -> register.registerIn(back, "YRD-TEST-BACK")).isInstanceOfSatisfying(RequestRefused.class, e -> assertThat(e.status().value()).isEqualTo(409));
  }

  @Test
  void aCsvImportTakesTheGoodRowsListsTheRefusedOnesWithTheirLineAndReportsProgress() throws Exception {
    String a = id("320102", LocalDate.of(1970, 2, 1), 961);
    String b = id("320102", LocalDate.of(1971, 2, 1), 962);
    String csv = "身份证号,姓名,户籍地行政区划代码,户号,状态\n"
        + a + ",陈静,320102,320102900010,正常\n"
        + b + ",黄涛,320102,320102900011,active\n"
        + "320102197102010000,坏号,320102,320102900012,active\n"
        + id("320102", LocalDate.of(1972, 2, 1), 963) + ",,320102,320102900013,active\n";
    HttpResponse<String> started = post("/api/v1/residents/imports?mapping=status=状态&fileName=test.csv", csv);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String importId = ApiCalls.JSON.readTree(started.body()).get("id").asString();
    ApiCalls admin = ApiCalls.at(base(), "admin");
    Eventually.until("the import finished", () -> admin.read("/api/v1/residents/imports/" + importId).get("state").asString().equals("finished"));
    JsonNode progress = admin.read("/api/v1/residents/imports/" + importId);
    assertThat(progress.get("totalRows").asInt()).isEqualTo(4);
    assertThat(progress.get("imported").asInt()).isEqualTo(2);
    assertThat(progress.get("refused").asInt()).isEqualTo(2);
    assertThat(progress.get("percent").asInt()).isEqualTo(100);
    assertThat(progress.get("errors").get(0).get("line").asInt()).isEqualTo(4);
    assertThat(progress.get("errors").get(1).get("message").asString()).contains("name");
    assertThat(register.find(new ResidentIdNumber(a))).map(Resident::name).contains("陈静");

    HttpResponse<String> noIdColumn = post("/api/v1/residents/imports", "姓名,户号\n张三,1\n");
    assertThat(noIdColumn.statusCode()).isEqualTo(400);
    assertThat(noIdColumn.body()).contains("residentId");
  }

  @Test
  void thePagesShowTheRegisterASweepAndThePublicCheckInBothLanguages() throws Exception {
    ApiCalls admin = ApiCalls.at(base(), "admin");
    HttpResponse<String> page = admin.get("/population");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("户籍人口登记", "count-active", "import-form");
    assertThat(admin.get("/population?lang=en").body()).contains("Population register");
    HttpResponse<String> started = admin.post("/api/v1/registrations/sweeps", "");
    String id = ApiCalls.JSON.readTree(started.body()).get("id").asString();
    assertThat(admin.get("/population/sweeps/" + id).body()).contains("sweep-nodes", "SH");
    HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/public/certificates/verification?code=JS-0000-0000-0000")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).contains("verification-result", "data-result=\"unknown\"");
  }

  private HttpResponse<String> post(String path, String csv) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:Demo@2026".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
