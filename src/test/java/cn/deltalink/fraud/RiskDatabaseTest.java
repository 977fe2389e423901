package cn.deltalink.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.net.http.HttpResponse;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The risk database at one node: entries checked by their rules, screening as JSON and CSV, the partner's narrow door. */
@NodeTest
class RiskDatabaseTest {

  @LocalServerPort int port;

  private final Random random = new Random();
  private FraudCalls analyst;

  @BeforeEach
  void signIn() {
    analyst = FraudCalls.as("http://localhost:" + port, "analyst");
  }

  @Test
  void anEntryIsStoredInCanonicalFormAndReadBack() {
    String mobile = Accounts.anyMobile(random);
    JsonNode created = analyst.post("/api/v1/risk-entries", """
        {"type": "phone", "value": "+86 %s-%s-%s", "label": "涉诈电话", "level": 4, "source": "analyst", "evidence": "冒充客服"}
        """.formatted(mobile.substring(0, 3), mobile.substring(3, 7), mobile.substring(7)), 201);

    JsonNode entry = analyst.read("/api/v1/risk-entries/" + created.get("id").asString());
    assertThat(entry.get("value").asString()).isEqualTo(mobile);
    assertThat(entry.get("type").asString()).isEqualTo("phone");
    assertThat(entry.get("level").asInt()).isEqualTo(4);
    assertThat(entry.get("ownerNode").asString()).isEqualTo("JS");
  }

  @Test
  void invalidValuesAreRefusedNamingTheRuleBroken() {
    String card = Accounts.anyCard(random);
    HttpResponse<String> badCard = analyst.post("/api/v1/risk-entries", """
        {"type": "bank-card", "value": "%s", "label": "两卡账户", "level": 3}
        """.formatted(Accounts.withWrongCheckDigit(card)));
    assertThat(badCard.statusCode()).isEqualTo(400);
    assertThat(badCard.body()).contains("Luhn");
    HttpResponse<String> badPhone = analyst.post("/api/v1/risk-entries", "{\"type\": \"phone\", \"value\": \"1234567\", \"label\": \"涉诈电话\", \"level\": 3}");
    assertThat(badPhone.statusCode()).isEqualTo(400);
    assertThat(badPhone.body()).contains("11 digits");
    HttpResponse<String> badIp = analyst.post("/api/v1/risk-entries", "{\"type\": \"ip-address\", \"value\": \"300.1.2.3\", \"label\": \"诈骗服务器\", \"level\": 3}");
    assertThat(badIp.statusCode()).isEqualTo(400);
    assertThat(badIp.body()).contains("0 to 255");
    HttpResponse<String> badLevel = analyst.post("/api/v1/risk-entries", "{\"type\": \"url\", \"value\": \"phish.example.com\", \"label\": \"钓鱼网站\", \"level\": 6}");
    assertThat(badLevel.statusCode()).isEqualTo(400);
    assertThat(badLevel.body()).contains("level");
  }

  @Test
  void screeningAnswersEachItemWithLevelAndReasonsAndCoversPagesOfAListedDomain() {
    String card = Accounts.anyCard(random);
    String domain = "pay-refund" + random.nextInt(1_000_000) + ".example.com";
    analyst.post("/api/v1/risk-entries", "{\"type\": \"bank-card\", \"value\": \"%s\", \"label\": \"两卡账户\", \"level\": 3, \"source\": \"bank-feed\"}".formatted(card), 201);
    analyst.post("/api/v1/risk-entries", "{\"type\": \"bank-card\", \"value\": \"%s\", \"label\": \"一级卡\", \"level\": 5, \"source\": \"case\"}".formatted(card), 201);
    analyst.post("/api/v1/risk-entries", "{\"type\": \"url\", \"value\": \"%s\", \"label\": \"钓鱼网站\", \"level\": 4}".formatted(domain), 201);

    JsonNode answer = analyst.post("/api/v1/risk-entries/screening", """
        {"items": [{"type": "bank-card", "value": "%s"}, {"type": "url", "value": "https://%s/login?x=1"},
                   {"type": "phone", "value": "%s"}, {"type": "phone", "value": "12"}]}
        """.formatted(card, domain.toUpperCase(), Accounts.anyMobile(random)), 200);

    JsonNode items = answer.get("items");
    assertThat(answer.get("known").asInt()).isEqualTo(2);
    assertThat(items.get(0).get("known").asBoolean()).isTrue();
    assertThat(items.get(0).get("level").asInt()).isEqualTo(5);
    assertThat(items.get(0).get("reasons").get(0).asString()).contains("一级卡").contains("bank-feed").contains("case");
    assertThat(items.get(1).get("known").asBoolean()).isTrue();
    assertThat(items.get(1).get("reasons").get(0).asString()).contains("钓鱼网站");
    assertThat(items.get(2).get("known").asBoolean()).isFalse();
    assertThat(items.get(3).get("known").asBoolean()).isFalse();
    assertThat(items.get(3).get("problem").asString()).contains("11 digits");
  }

  @Test
  void aCsvListIsScreenedLineByLine() {
    String card = Accounts.anyCard(random);
    analyst.post("/api/v1/risk-entries", "{\"type\": \"bank-card\", \"value\": \"%s\", \"label\": \"两卡账户\", \"level\": 2}".formatted(card), 201);

    HttpResponse<String> response = analyst.postCsv("/api/v1/risk-entries/screening", "type,value\nbank-card,%s\nphone,%s\n".formatted(card, Accounts.anyMobile(random)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = FraudCalls.JSON.readTree(response.body());
    assertThat(answer.get("screened").asInt()).isEqualTo(2);
    assertThat(answer.get("items").get(0).get("level").asInt()).isEqualTo(2);
    assertThat(analyst.postCsv("/api/v1/risk-entries/screening", "phone,\"1380000").statusCode()).isEqualTo(400);
  }

  @Test
  void aPartnerScreensButReadsNothingElse() {
    FraudCalls partner = FraudCalls.as("http://localhost:" + port, "partner");
    HttpResponse<String> screened = partner.post("/api/v1/risk-entries/screening", "{\"items\": [{\"type\": \"phone\", \"value\": \"%s\"}]}".formatted(Accounts.anyMobile(random)));
    assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);

    assertThat(partner.get("/api/v1/risk-entries").statusCode()).isEqualTo(403);
    assertThat(partner.get("/api/v1/alerts").statusCode()).isEqualTo(403);
    assertThat(partner.post("/api/v1/fraud-reports", "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void aVictimReportFeedsTheDatabaseWithItsPayeesPhonesAndSites() {
    String payee = Accounts.anyCard(random);
    String phone = Accounts.anyMobile(random);
    JsonNode report = analyst.post("/api/v1/fraud-reports", """
        {"amount": 58000.00, "at": "2026-11-29T09:30:00Z", "channel": "phone-call", "payeeAccounts": ["%s", "alipay:zh_refund01"],
         "phones": ["%s"], "urls": ["http://refund-kefu.example.cn/app"], "description": "冒充电商客服，以退款为由诱导转账"}
        """.formatted(payee, phone), 201);
    assertThat(report.get("id").asString()).isNotBlank();

    JsonNode answer = analyst.post("/api/v1/risk-entries/screening", """
        {"items": [{"type": "bank-card", "value": "%s"}, {"type": "payment-account", "value": "alipay:zh_refund01"}, {"type": "phone", "value": "%s"},
                   {"type": "url", "value": "refund-kefu.example.cn/app"}]}
        """.formatted(payee, phone), 200);
    answer.get("items").forEach(item -> assertThat(item.get("known").asBoolean()).as(item.toString()).isTrue());
    assertThat(answer.get("items").get(0).get("reasons").get(0).asString()).contains("victim-report");
    HttpResponse<String> badPayee = analyst.post("/api/v1/fraud-reports", "{\"amount\": 100, \"at\": \"2026-11-29T09:30:00Z\", \"payeeAccounts\": [\"12\"]}");
    assertThat(badPayee.statusCode()).isEqualTo(400);
    assertThat(badPayee.body()).contains("payeeAccounts[0]");
  }
}
