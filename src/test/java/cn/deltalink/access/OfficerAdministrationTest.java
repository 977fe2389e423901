package cn.deltalink.access;

import static cn.deltalink.access.NodeClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@NodeTest
class OfficerAdministrationTest {

  private static final String PASSWORD = "Haimen2026ck";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private NodeClient node;

  @BeforeEach
  void connect() {
    node = new NodeClient(port);
    CityBureaus.ensure(jdbc);
  }

  private static String officer(String username, String displayName, String agency, List<String> roles, String password) {
    return NodeClient.JSON.writeValueAsString(Map.of("username", username, "displayName", displayName, "agencyCode", agency, "roles", roles, "password", password));
  }

  @Test
  void theAdministratorCreatesAnOfficerWhoCanThenSignIn() {
    HttpResponse<String> created = node.post("/api/v1/officers", NodeClient.admin(), officer("admin.new", "李警官", "320000000000", List.of("REVIEWING_OFFICER"), PASSWORD));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).contains("/api/v1/officers/admin.new");
    JsonNode me = NodeClient.json(node.get("/api/v1/account", basic("admin.new", PASSWORD)));
    assertThat(me.path("roles").toString()).contains("REVIEWING_OFFICER");
    assertThat(me.path("jurisdiction").asString()).isEqualTo("320000");
    assertThat(jdbc.sql("select password_hash from officer where username = 'admin.new'").query(String.class).single()).startsWith("{bcrypt}");
  }

  @Test
  void aDisabledOfficerCannotSignInUntilEnabledAgain() {
    node.createOfficer(NodeClient.admin(), "admin.dis", "320000000000", "DUTY_OFFICER", PASSWORD);
    HttpResponse<String> disabled = node.patch("/api/v1/officers/admin.dis", NodeClient.admin(), "{\"enabled\": false}");
    assertThat(NodeClient.json(disabled).path("enabled").asBoolean()).isFalse();
    assertThat(node.get("/api/v1/account", basic("admin.dis", PASSWORD)).statusCode()).isEqualTo(401);
    node.patch("/api/v1/officers/admin.dis", NodeClient.admin(), "{\"enabled\": true}");
    assertThat(node.get("/api/v1/account", basic("admin.dis", PASSWORD)).statusCode()).isEqualTo(200);
  }

  @Test
  void newRolesApplyToTheOfficersNextRequest() {
    node.createOfficer(NodeClient.admin(), "admin.rerole", "320000000000", "WINDOW_CLERK", PASSWORD);
    assertThat(node.get("/api/v1/audit/verify", basic("admin.rerole", PASSWORD)).statusCode()).isEqualTo(403);
    HttpResponse<String> changed = node.patch("/api/v1/officers/admin.rerole", NodeClient.admin(), "{\"roles\": [\"AUDITOR\", \"SUPERVISOR\"]}");
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(NodeClient.json(changed).path("roles").toString()).contains("AUDITOR").contains("SUPERVISOR").doesNotContain("WINDOW_CLERK");
    assertThat(node.get("/api/v1/audit/verify", basic("admin.rerole", PASSWORD)).statusCode()).isEqualTo(200);
  }

  @Test
  void badInputIsRefusedWithA400ThatSaysWhatIsWrongAndChangesNothing() {
    int before = officerCount();
    expect400(officer("", "王五", "320000000000", List.of("INVESTIGATOR"), PASSWORD), "user name");
    expect400(officer("Upper.Case", "王五", "320000000000", List.of("INVESTIGATOR"), PASSWORD), "user name");
    expect400(officer("x'; drop table officer; --", "王五", "320000000000", List.of("INVESTIGATOR"), PASSWORD), "user name");
    expect400(officer("a".repeat(65), "王五", "320000000000", List.of("INVESTIGATOR"), PASSWORD), "user name");
    expect400(officer("bad.one", " ", "320000000000", List.of("INVESTIGATOR"), PASSWORD), "name");
    expect400(officer("bad.one", "王".repeat(101), "320000000000", List.of("INVESTIGATOR"), PASSWORD), "at most 100");
    expect400(officer("bad.one", "王五", "329999000000", List.of("INVESTIGATOR"), PASSWORD), "agency");
    expect400(officer("bad.one", "王五", "' or '1'='1", List.of("INVESTIGATOR"), PASSWORD), "agency");
    expect400(officer("bad.one", "王五", "320000000000", List.of(), PASSWORD), "at least one role");
    expect400(officer("bad.one", "王五", "320000000000", List.of("SHERIFF"), PASSWORD), "Unknown role");
    expect400(officer("bad.one", "王五", "320000000000", List.of("INVESTIGATOR"), "short1"), "at least 10");
    expect400(officer("bad.one", "王五", "320000000000", List.of("INVESTIGATOR"), "bad.one2026x"), "user name");
    HttpResponse<String> malformed = node.post("/api/v1/officers", NodeClient.admin(), "{\"username\": \"bad.one\", ");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(officerCount()).isEqualTo(before);
    assertThat(node.patch("/api/v1/officers/admin", NodeClient.admin(), "{}").statusCode()).isEqualTo(400);
    assertThat(node.patch("/api/v1/officers/nobody.such", NodeClient.admin(), "{\"enabled\": false}").statusCode()).isEqualTo(404);
  }

  @Test
  void aRefusedPartOfAChangeLeavesTheOtherPartsUnchanged() {
    node.createOfficer(NodeClient.admin(), "admin.partial", "320000000000", "WINDOW_CLERK", PASSWORD);
    HttpResponse<String> response = node.patch("/api/v1/officers/admin.partial", NodeClient.admin(), "{\"roles\": [\"AUDITOR\"], \"password\": \"weak\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(jdbc.sql("select role from officer_role where username = 'admin.partial'").query(String.class).list()).containsExactly("WINDOW_CLERK");
  }

  @Test
  void sqlAndScriptInANameAreStoredAsTextAndEscapedOnThePage() {
    String name = "<script>alert('x')</script>'; drop table officer; --";
    HttpResponse<String> created = node.post("/api/v1/officers", NodeClient.admin(), officer("admin.markup", name, "320000000000", List.of("INVESTIGATOR"), PASSWORD));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(jdbc.sql("select display_name from officer where username = 'admin.markup'").query(String.class).single()).isEqualTo(name);
    String page = node.get("/admin/officers", NodeClient.admin()).body();
    assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  }

  @Test
  void anAdministratorCannotDisableThemselvesNorDropTheirOwnAdministratorRole() {
    assertThat(node.patch("/api/v1/officers/admin", NodeClient.admin(), "{\"enabled\": false}").statusCode()).isEqualTo(409);
    assertThat(node.patch("/api/v1/officers/admin", NodeClient.admin(), "{\"roles\": [\"AUDITOR\"]}").statusCode()).isEqualTo(409);
    assertThat(node.get("/api/v1/account", NodeClient.admin()).statusCode()).isEqualTo(200);
  }

  @Test
  void aCityAdministratorManagesOnlyOfficersOfTheirOwnCity() {
    node.createOfficer(NodeClient.admin(), "nanjing.admin", CityBureaus.NANJING, "ADMINISTRATOR", PASSWORD);
    node.createOfficer(NodeClient.admin(), "suzhou.officer", CityBureaus.SUZHOU, "INVESTIGATOR", PASSWORD);
    String nanjing = basic("nanjing.admin", PASSWORD);

    HttpResponse<String> foreign = node.post("/api/v1/officers", nanjing, officer("suzhou.two", "苏州民警", CityBureaus.SUZHOU, List.of("INVESTIGATOR"), PASSWORD));
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(NodeClient.json(foreign).path("detail").asString()).contains("jurisdiction");
    assertThat(node.patch("/api/v1/officers/suzhou.officer", nanjing, "{\"enabled\": false}").statusCode()).isEqualTo(403);
    assertThat(jdbc.sql("select enabled from officer where username = 'suzhou.officer'").query(Boolean.class).single()).isTrue();
    assertThat(jdbc.sql("select count(*) from officer where username = 'suzhou.two'").query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from audit_entry where actor = 'nanjing.admin' and outcome = 'denied: outside jurisdiction'").query(Integer.class).single())
        .isEqualTo(2);

    String list = node.get("/api/v1/officers", nanjing).body();
    assertThat(list).contains("nanjing.admin").doesNotContain("suzhou.officer").doesNotContain("\"admin\"");
    assertThat(node.post("/api/v1/officers", nanjing, officer("nanjing.two", "南京民警", CityBureaus.NANJING, List.of("INVESTIGATOR"), PASSWORD)).statusCode())
        .isEqualTo(201);
  }

  @Test
  void theProvincialAdministratorCoversEveryCity() {
    node.createOfficer(NodeClient.admin(), "suzhou.three", CityBureaus.SUZHOU, "INVESTIGATOR", PASSWORD);
    assertThat(node.get("/api/v1/officers", NodeClient.admin()).body()).contains("suzhou.three");
  }

  private void expect400(String body, String detailMentions) {
    HttpResponse<String> response = node.post("/api/v1/officers", NodeClient.admin(), body);
    assertThat(response.statusCode()).as(body + " -> " + response.body()).isEqualTo(400);
    assertThat(NodeClient.json(response).path("detail").asString()).as(body).containsIgnoringCase(detailMentions);
  }

  private int officerCount() {
    return jdbc.sql("select count(*) from officer").query(Integer.class).single();
  }
}
