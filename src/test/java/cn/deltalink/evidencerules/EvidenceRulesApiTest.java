package cn.deltalink.evidencerules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.alert.ApiCalls;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The evidence rules API and pages at a Jiangsu node over real HTTP. */
@NodeTest
class EvidenceRulesApiTest {

  @LocalServerPort int port;

  private ApiCalls as(String username) {
    return ApiCalls.at("http://localhost:" + port, username);
  }

  @Test
  void a_province_rule_set_lists_its_requirements_with_conditions_and_history() {
    JsonNode zj = as("investigator").read("/api/v1/evidence-rules?caseType=theft&province=ZJ");

    assertThat(zj.get("province").asString()).isEqualTo("ZJ");
    assertThat(zj.get("history").size()).isGreaterThanOrEqualTo(1);
    assertThat(zj.get("requirements").valueStream().filter(r -> r.get("kind").asString().equals("price-appraisal")).findFirst().orElseThrow().get("condition").asString())
        .isEqualTo("amount >= 3000");
  }

  @Test
  void the_diff_between_baseline_and_shanghai_shows_what_shanghai_added_removed_and_changed() {
    JsonNode diff = as("investigator").read("/api/v1/evidence-rules/diff?caseType=theft&a=baseline&b=SH@1");

    assertThat(change(diff, "surveillance-video")).isEqualTo("added");
    assertThat(change(diff, "identification-record")).isEqualTo("removed");
    assertThat(change(diff, "proceeds-tracing")).isEqualTo("changed");
    assertThat(change(diff, "victim-statement")).isEqualTo("same");
    assertThat(diff.get("differences").asLong()).isEqualTo(3);
  }

  private static String change(JsonNode diff, String kind) {
    return diff.get("lines").valueStream().filter(l -> l.get("kind").asString().equals(kind)).findFirst().orElseThrow().get("change").asString();
  }

  @Test
  void a_supervisor_changes_the_own_province_rules_as_a_new_version_with_the_reason_and_an_investigator_may_not() {
    String body = """
        {"caseType": "illegal-fundraising", "reason": "省厅通知：集资参与人 100 人以上须审计",
         "requirements": [{"kind": "investor-statements", "condition": ""}, {"kind": "investor-list"}, {"kind": "audit-report", "condition": "amount >= 1000000 or investors >= 100"}]}
        """;
    assertThat(as("investigator").post("/api/v1/evidence-rules/versions", body).statusCode()).isEqualTo(403);

    HttpResponse<String> created = as("supervisor").post("/api/v1/evidence-rules/versions", body);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    int version = as("supervisor").json(created).get("version").asInt();
    assertThat(version).isGreaterThanOrEqualTo(2);
    JsonNode diff = as("investigator").read("/api/v1/evidence-rules/diff?caseType=illegal-fundraising&a=JS@" + (version - 1) + "&b=JS@" + version);
    assertThat(change(diff, "audit-report")).isEqualTo("changed");
    assertThat(change(diff, "contracts")).isEqualTo("removed");
    JsonNode current = as("investigator").read("/api/v1/evidence-rules?caseType=illegal-fundraising&province=JS");
    assertThat(current.get("version").asInt()).isEqualTo(version);
    assertThat(current.get("changedBy").asString()).isEqualTo("supervisor");
    assertThat(current.get("reason").asString()).contains("审计");
  }

  @Test
  void a_version_naming_an_unknown_kind_or_a_bad_condition_is_refused_with_the_rule_broken() {
    HttpResponse<String> unknownKind = as("supervisor").post("/api/v1/evidence-rules/versions", """
        {"caseType": "theft", "reason": "x", "requirements": [{"kind": "horoscope"}]}""");
    HttpResponse<String> badCondition = as("supervisor").post("/api/v1/evidence-rules/versions", """
        {"caseType": "theft", "reason": "x", "requirements": [{"kind": "victim-statement", "condition": "amount => 5"}]}""");

    assertThat(unknownKind.statusCode()).isEqualTo(400);
    assertThat(unknownKind.body()).contains("not an evidence kind of theft");
    assertThat(badCondition.statusCode()).isEqualTo(400);
    assertThat(badCondition.body()).contains("is not a comparison");
  }

  @Test
  void unknown_case_types_provinces_and_versions_are_4xx() {
    assertThat(as("investigator").get("/api/v1/evidence-rules?caseType=arson&province=JS").statusCode()).isEqualTo(400);
    assertThat(as("investigator").get("/api/v1/evidence-rules/diff?caseType=theft&a=BJ&b=JS").statusCode()).isEqualTo(400);
    assertThat(as("investigator").get("/api/v1/evidence-rules/diff?caseType=theft&a=JS@99&b=JS").statusCode()).isEqualTo(404);
    assertThat(as("investigator").get("/api/v1/evidence-rules/diff?caseType=theft&a=JS@x&b=JS").statusCode()).isEqualTo(400);
  }

  @Test
  void discretion_benchmarks_differ_between_jiangsu_and_zhejiang() {
    JsonNode diff = as("investigator").read("/api/v1/discretion-benchmarks/diff?violation=theft&a=JS&b=ZJ");

    assertThat(diff.get("differences").asLong()).isEqualTo(3);
    JsonNode serious = diff.get("lines").valueStream().filter(l -> l.get("circumstance").asString().equals("serious")).findFirst().orElseThrow();
    assertThat(serious.get("a").get("fineMin").asLong()).isEqualTo(1000);
    assertThat(serious.get("b").get("fineMin").asLong()).isEqualTo(1500);
  }

  @Test
  void the_pages_show_the_side_by_side_diff_in_chinese_and_in_english() {
    HttpResponse<String> zh = as("investigator").get("/evidence-rules?caseType=theft&a=baseline&b=SH");
    HttpResponse<String> en = as("investigator").get("/evidence-rules?caseType=theft&a=baseline&b=SH&lang=en");
    HttpResponse<String> benchmarks = as("investigator").get("/discretion-benchmarks?violation=account-lending&a=SH&b=AH&lang=en");

    assertThat(zh.statusCode()).isEqualTo(200);
    assertThat(zh.body()).contains("统一证据审查标准", "data-change=\"added\"", "data-change=\"removed\"", "视频监控录像及调取说明");
    assertThat(en.body()).contains("Unified evidence review standards", "Surveillance video with retrieval note", "condition differs");
    assertThat(benchmarks.statusCode()).isEqualTo(200);
    assertThat(benchmarks.body()).contains("Discretion benchmarks", "data-change=\"changed\"");
  }
}
