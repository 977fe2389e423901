package cn.deltalink.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.alert.ApiCalls;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Refusals of case work and the evidence rules: the API answers in English, pages in the officer's language. */
@NodeTest
class CaseworkRefusalsTest {

  @LocalServerPort int port;

  private ApiCalls as(String username) {
    return ApiCalls.at("http://localhost:" + port, username);
  }

  @Test
  void the_api_refuses_a_malformed_agency_in_english() {
    HttpResponse<String> refused = as("investigator").post("/api/v1/cases", """
        {"type": "theft", "agency": "3206", "title": "电动车盗窃案", "summary": "测试"}
        """);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("agency is a 12-digit agency code");
  }

  @Test
  void a_case_page_refuses_an_unknown_case_in_chinese_by_default_and_in_english_on_request() {
    String missing = UUID.randomUUID().toString();

    HttpResponse<String> zh = as("investigator").get("/cases/" + missing);
    HttpResponse<String> en = as("investigator").get("/cases/" + missing + "?lang=en");

    assertThat(zh.statusCode()).isEqualTo(404);
    assertThat(zh.body()).contains("本节点没有案件 " + missing).doesNotContain("No case");
    assertThat(en.body()).contains("No case " + missing + " here");
  }

  @Test
  void an_assistance_page_refuses_an_unknown_request_in_the_officers_language() {
    String missing = UUID.randomUUID().toString();

    assertThat(as("investigator").get("/assistance/" + missing).body()).contains("本节点没有协查请求 " + missing);
    assertThat(as("investigator").get("/assistance/" + missing + "?lang=en").body()).contains("No assistance request " + missing + " here");
  }

  @Test
  void only_a_supervisor_changes_the_evidence_rules_and_the_api_says_so_in_english() {
    HttpResponse<String> refused = as("investigator").post("/api/v1/evidence-rules/versions", """
        {"caseType": "theft", "reason": "试行", "requirements": [{"kind": "victim-statement"}]}
        """);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Only a supervisor changes the evidence rules of the province");
  }
}
