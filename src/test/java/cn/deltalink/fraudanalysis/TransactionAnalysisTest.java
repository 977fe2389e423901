package cn.deltalink.fraudanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.NodeTest;
import cn.deltalink.alert.ApiCalls;
import cn.deltalink.fraudanalysis.internal.generator.SyntheticTransactions;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** An analyst imports a generated AMLSim-format file with a mapping alone, analyses it and gets the laundering accounts with their reasons. */
@NodeTest
class TransactionAnalysisTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void aGeneratedFileImportsWithAMappingAloneAndTheAnalysisFindsItsLaunderers() {
    SyntheticTransactions.Truth[] truth = new SyntheticTransactions.Truth[1];
    String csv = TransactionUploads.generatedCsv(7, new SyntheticTransactions.Size(1_200, 40, 2, 8, 4, LocalDate.of(2026, 9, 1)), truth);
    ApiCalls analyst = ApiCalls.at(base(), "analyst");

    HttpResponse<String> started = TransactionUploads.upload(base(), "analyst", "amlsim-transactions.csv", csv, TransactionUploads.AMLSIM_MAPPING);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String importId = analyst.json(started).get("id").asString();
    Eventually.until("the import is done", () -> !analyst.read("/api/v1/transaction-imports/" + importId).get("state").asString().matches("waiting|running"));
    JsonNode imported = analyst.read("/api/v1/transaction-imports/" + importId);
    assertThat(imported.get("state").asString()).as(imported.toString()).isEqualTo("done");
    assertThat(imported.get("rows").asLong()).isEqualTo(truth[0].rows());
    assertThat(imported.get("progress").asDouble()).isEqualTo(1.0);

    HttpResponse<String> analysing = analyst.post("/api/v1/analyses", "{\"importId\": \"" + importId + "\"}");
    assertThat(analysing.statusCode()).as(analysing.body()).isEqualTo(202);
    String analysisId = analyst.json(analysing).get("id").asString();
    Eventually.until("the analysis is done", () -> !analyst.read("/api/v1/analyses/" + analysisId).get("state").asString().matches("waiting|running"));
    assertThat(analyst.read("/api/v1/analyses/" + analysisId).get("state").asString()).isEqualTo("done");

    JsonNode accounts = analyst.read("/api/v1/analyses/" + analysisId + "/accounts?minScore=60");
    Set<String> flagged = new HashSet<>();
    accounts.forEach(a -> flagged.add(a.get("account").asString()));
    assertThat(flagged).isNotEmpty();
    long right = flagged.stream().filter(truth[0].launderers()::contains).count();
    assertThat((double) right / flagged.size()).as("precision").isGreaterThan(0.85);
    assertThat((double) right / truth[0].launderers().size()).as("recall").isGreaterThan(0.85);
    assertThat(flagged).doesNotContainAnyElementsOf(truth[0].merchants()).doesNotContainAnyElementsOf(truth[0].employers());
    JsonNode first = accounts.get(0);
    assertThat(first.get("score").asInt()).isBetween(60, 100);
    assertThat(first.get("reasons").get(0).get("pattern").asString()).isNotBlank();
    assertThat(first.get("reasons").get(0).get("transactions").get(0).get("amount").decimalValue()).isPositive();

    JsonNode evaluation = analyst.read("/api/v1/analyses/" + analysisId + "/evaluation");
    assertThat(evaluation.get("overall").get("f1").asDouble()).isGreaterThanOrEqualTo(0.9);
    assertThat(evaluation.get("typologies").size()).isEqualTo(SyntheticTransactions.TYPOLOGIES.size());
    JsonNode networks = analyst.read("/api/v1/analyses/" + analysisId + "/networks");
    assertThat(networks.size()).isPositive();
    assertThat(networks.get(0).get("flows").size()).isPositive();

    JsonNode neighbourhood = analyst.read("/api/v1/analyses/" + analysisId + "/accounts/" + first.get("account").asString() + "/neighbourhood?depth=2");
    assertThat(neighbourhood.get("nodes").size()).isGreaterThan(1);
    assertThat(neighbourhood.get("edges").get(0).get("at").asString()).isNotBlank();
  }

  @Test
  void aFileWithBadAmountsAndTimesIsRefusedWithRowNumbersAndNothingIsKept() {
    String csv = """
        tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar
        1,A1,B1,TRANSFER,100.00,2026-09-01T10:00:00Z,False
        2,A2,B2,TRANSFER,abc,2026-09-01T10:05:00Z,False
        3,A3,B3,TRANSFER,50.00,yesterday,False
        4,A4,B4,TRANSFER,-3,2026-09-01T10:07:00Z,False
        5,A5,B5,TRANSFER,20.00,2026-09-01 10:08:00,maybe
        """;
    ApiCalls analyst = ApiCalls.at(base(), "analyst");
    HttpResponse<String> started = TransactionUploads.upload(base(), "analyst", "bad.csv", csv,
        "{\"source\":\"orig_acct\",\"target\":\"bene_acct\",\"amount\":\"base_amt\",\"time\":\"tran_timestamp\",\"label\":\"is_sar\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = analyst.json(started).get("id").asString();
    Eventually.until("the import ends", () -> !analyst.read("/api/v1/transaction-imports/" + id).get("state").asString().matches("waiting|running"));

    JsonNode imported = analyst.read("/api/v1/transaction-imports/" + id);
    assertThat(imported.get("state").asString()).isEqualTo("failed");
    Set<String> rows = new HashSet<>();
    imported.get("errors").forEach(e -> rows.add(e.get("row").asLong() + ":" + e.get("field").asString()));
    assertThat(rows).containsExactlyInAnyOrder("3:amount", "4:time", "5:amount", "6:label");
    assertThat(jdbc.queryForObject("select count(*) from fraudanalysis_transaction where import_id = ?::uuid", Long.class, id)).isZero();
    assertThat(analyst.post("/api/v1/analyses", "{\"importId\": \"" + id + "\"}").statusCode()).isEqualTo(409);
  }

  @Test
  void aMappingThatNamesAColumnTheFileLacksIsRefusedAtOnce() {
    HttpResponse<String> refused = TransactionUploads.upload(base(), "analyst", "t.csv", "a,b,c\n1,2,3\n",
        "{\"source\":\"orig_acct\",\"target\":\"b\",\"amount\":\"c\",\"time\":\"a\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("source=orig_acct");
    HttpResponse<String> incomplete = TransactionUploads.upload(base(), "analyst", "t.csv", "a,b,c\n1,2,3\n", "{\"source\":\"a\"}");
    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).contains("target");
  }

  @Test
  void onlyAnalystsSupervisorsAndAdministratorsMayImport() {
    HttpResponse<String> refused = TransactionUploads.upload(base(), "clerk", "t.csv", "a,b,c,d\n1,2,3,4\n", "{\"source\":\"a\",\"target\":\"b\",\"amount\":\"c\",\"time\":\"d\"}");
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void refusalsOnPagesSpeakTheOfficersLanguageWhileTheApiAnswersInEnglish() {
    ApiCalls analyst = ApiCalls.at(base(), "analyst");
    String page = "/fraud-analysis/analyses/" + java.util.UUID.randomUUID() + "/accounts/not%20an%20account";

    HttpResponse<String> chinese = analyst.get(page);
    assertThat(chinese.statusCode()).isEqualTo(400);
    assertThat(chinese.body()).contains("不是账户");
    HttpResponse<String> english = analyst.get(page + "?lang=en");
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(english.body()).contains("Not an account");
    HttpResponse<String> api = analyst.get("/api/v1/analyses/" + java.util.UUID.randomUUID() + "?lang=zh");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.body()).contains("No analysis");
  }
}
