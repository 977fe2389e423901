package cn.deltalink.evidencerules;

import static cn.deltalink.alert.ApiCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.alert.ApiCalls;
import cn.deltalink.exchange.RunningNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Zhejiang's supervisor changes Zhejiang's telecom-fraud rules; Jiangsu receives the new version through
 * the shared register and checks a case it hands over to Zhejiang against it (ADR 033).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossNodeEvidenceRulesTest {

  private Path region;
  private RunningNode jiangsu;
  private RunningNode zhejiang;

  @BeforeAll
  void startTwoNodes() throws Exception {
    region = Files.createTempDirectory("deltalink-evidence-rules");
    RunningNode.Spec js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    RunningNode.Spec zj = new RunningNode.Spec("ZJ", "33", RunningNode.freePort());
    Map<String, String> endpoints = RunningNode.endpoints(List.of(js, zj));
    jiangsu = RunningNode.start(js, region, endpoints, Map.of());
    zhejiang = RunningNode.start(zj, region, endpoints, Map.of());
  }

  @AfterAll
  void stopNodes() {
    RunningNode.stopAll(region, jiangsu, zhejiang);
  }

  @Test
  void a_version_published_by_zhejiang_is_what_jiangsu_checks_a_hand_over_to_zhejiang_against() {
    HttpResponse<String> created = ApiCalls.at(zhejiang.url(), "supervisor").post("/api/v1/evidence-rules/versions", """
        {"caseType": "telecom-fraud", "reason": "浙江省厅：取款监控一律调取",
         "requirements": [{"kind": "report-record"}, {"kind": "victim-statement"}, {"kind": "transfer-records"},
                          {"kind": "account-opening-records", "condition": "amount >= 3000"}, {"kind": "withdrawal-video"}]}
        """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    EvidenceRules atJiangsu = jiangsu.bean(EvidenceRules.class);
    await(Duration.ofSeconds(60), () -> atJiangsu.check("telecom-fraud", "ZJ", Set.of(), Map.of()).ruleSetVersion() == 2);

    Completeness handOver = atJiangsu.check("telecom-fraud", "ZJ", Set.of("report-record", "victim-statement", "transfer-records"), Map.of("amount", new BigDecimal("80000")));
    assertThat(handOver.missing()).extracting(Requirement::kind).containsExactly("account-opening-records", "withdrawal-video");
    assertThat(ApiCalls.at(jiangsu.url(), "investigator").read("/api/v1/evidence-rules?caseType=telecom-fraud&province=ZJ").get("changedBy").asString()).isEqualTo("supervisor");
  }

  @Test
  void a_supervisor_changes_only_the_own_province_rules_and_the_copies_of_others_stay() {
    HttpResponse<String> atJiangsu = ApiCalls.at(jiangsu.url(), "supervisor").post("/api/v1/evidence-rules/versions", """
        {"caseType": "theft", "reason": "try", "requirements": [{"kind": "victim-statement"}]}
        """);

    assertThat(atJiangsu.statusCode()).isEqualTo(201);
    assertThat(ApiCalls.at(jiangsu.url(), "investigator").read("/api/v1/evidence-rules?caseType=theft&province=JS").get("province").asString()).isEqualTo("JS");
    assertThat(ApiCalls.at(jiangsu.url(), "investigator").read("/api/v1/evidence-rules?caseType=theft&province=ZJ").get("version").asInt()).isEqualTo(1);
  }
}
