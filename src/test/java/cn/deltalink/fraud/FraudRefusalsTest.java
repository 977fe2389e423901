package cn.deltalink.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.checkpoint.PageSession;
import cn.deltalink.fraud.internal.Refused;
import cn.deltalink.fraud.internal.RuleBroken;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Refusals of the fraud module: every one is a key of {@code i18n/fraud} in both languages; the API
 * answers in English, the pages in the officer's language, also for a rule an identity type states.
 */
@NodeTest
class FraudRefusalsTest {

  private static final Path SOURCES = Path.of("src/main/java/cn/deltalink/fraud");
  private static final Pattern KEY = Pattern.compile("\"(fraud\\.refused\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
  /** Ways to refuse with a text written in the code, which only one language can read. */
  private static final List<Pattern> ENGLISH_ONLY =
      List.of(
          Pattern.compile("new (IllegalArgumentException|IllegalStateException|RequestRefused)\\(\""),
          Pattern.compile("new (IllegalArgumentException|IllegalStateException|RequestRefused)\\([^)]*\\+"),
          Pattern.compile("RequestRefused\\.(invalid|notFound|forbidden|conflict)\\("),
          Pattern.compile("addAttribute\\(\"(problem|refusal)\", \""),
          Pattern.compile("addAttribute\\(\"(problem|refusal)\", \\w+\\.getMessage\\(\\)"));

  @LocalServerPort int port;
  @Autowired MessageSource messages;

  private final Random random = new Random();

  @Test
  void everyRefusalKeyOfTheModuleIsInBothBundles() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path source : sources()) {
      Matcher key = KEY.matcher(Files.readString(source));
      while (key.find()) {
        used.add(key.group(1));
      }
    }
    // keys put together in the code: the report's list fields and the types of value
    Stream.of("payeeAccounts", "phones", "urls").forEach(field -> used.add("fraud.refused.field." + field));
    Arrays.stream(RiskType.values()).forEach(type -> used.add("fraud.type." + type.slug()));

    assertThat(used).hasSizeGreaterThan(100);
    assertThat(bundle("i18n/fraud.properties").stringPropertyNames()).containsAll(used);
    assertThat(bundle("i18n/fraud_en.properties").stringPropertyNames()).containsAll(used);
  }

  @Test
  void noRefusalOfTheModuleIsWrittenInTheCode() throws IOException {
    List<String> written = new ArrayList<>();
    for (Path source : sources()) {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (ENGLISH_ONLY.stream().anyMatch(p -> p.matcher(line).find())) {
          written.add(SOURCES.relativize(source) + ":" + (i + 1) + ": " + line.strip());
        }
      }
    }

    assertThat(written).as("refusals with a text in the code instead of a key of i18n/fraud").isEmpty();
  }

  @Test
  void aBrokenRuleReadsInTheOfficersLanguageAndInEnglishForTheApi() {
    RuleBroken broken = Refused.rule("fraud.refused.warning.score", 140);

    assertThat(broken.getMessage()).isEqualTo("score is 0 to 100, not 140");
    assertThat(broken.in(messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("风险评分为0至100，不能是 140");
    assertThat(broken.in(messages, Locale.ENGLISH)).isEqualTo(broken.getMessage());
    assertThat(broken.refused().status().value()).isEqualTo(400);
  }

  @Test
  void theApiNamesTheRuleAValueBreaksInEnglish() {
    HttpResponse<String> badCard = as("analyst").post("/api/v1/risk-entries", """
        {"type": "bank-card", "value": "%s", "label": "两卡账户", "level": 4}
        """.formatted(Accounts.withWrongCheckDigit(Accounts.anyCard(random))));
    HttpResponse<String> badDomain = as("analyst").post("/api/v1/risk-entries", """
        {"type": "url", "value": "example.c0m", "label": "钓鱼网站", "level": 3}
        """);

    assertThat(badCard.statusCode()).isEqualTo(400);
    assertThat(badCard.body()).contains("bank-card: ").contains("Luhn").doesNotContain("校验");
    assertThat(badDomain.statusCode()).isEqualTo(400);
    assertThat(badDomain.body()).contains("url: a domain ends in a top-level domain of letters, not 'c0m'");
  }

  @Test
  void theApiRefusesAReportsPayeeWithItsPlaceInTheListInEnglish() {
    HttpResponse<String> refused = as("analyst").post("/api/v1/fraud-reports", """
        {"amount": 5000, "at": "2026-11-28T09:00:00Z", "payeeAccounts": ["%s", "alipay:x"]}
        """.formatted(Accounts.anyCard(random)));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("payeeAccounts[1]: payment-account: the account on the platform is 3 to 64 letters");
  }

  @Test
  void theRiskEntryFormNamesTheRuleInChineseByDefaultAndInEnglishOnRequest() {
    PageSession analyst = PageSession.signIn(base(), "analyst");
    Map<String, String> form = Map.of("type", "person", "value", "110105194912310021", "label", "涉诈人员", "level", "4");

    HttpResponse<String> zh = analyst.post("/fraud/risk-entries", "/fraud/risk-entries", form);
    HttpResponse<String> en = analyst.post("/fraud/risk-entries?lang=en", "/fraud/risk-entries?lang=en", form);

    // the resident ID's check character is the identity module's rule, in its own words
    assertThat(zh.statusCode()).isEqualTo(200);
    assertThat(zh.body()).contains("人员（身份证号）：校验码应为 X，而不是 1。").doesNotContain("check character");
    assertThat(en.body()).contains("person: The check character should be X, not 1.");
  }

  @Test
  void theScreeningPageShowsEachItemsRuleInTheOfficersLanguage() {
    PageSession analyst = PageSession.signIn(base(), "analyst");

    HttpResponse<String> zh = analyst.post("/fraud/screening", "/fraud/screening", Map.of("list", "phone,12345\nip,203.0.113.07"));
    HttpResponse<String> en = analyst.post("/fraud/screening?lang=en", "/fraud/screening?lang=en", Map.of("list", "phone,12345\nip,203.0.113.07"));

    assertThat(zh.body()).contains("电话号码：手机号码应为11位，而不是 5 位。").contains("IP地址：IPv4 地址的每个数为0至255且无前导零，“07”不符合");
    assertThat(en.body()).contains("phone: A mobile number has 11 digits, not 5.").contains("ip-address: each number of an IPv4 address is 0 to 255 without leading zeros, not &#39;07&#39;");
  }

  @Test
  void aWarningNotHeldHereIsRefusedOnThePageInTheOfficersLanguage() {
    String missing = UUID.randomUUID().toString();
    PageSession analyst = PageSession.signIn(base(), "analyst");

    HttpResponse<String> zh = analyst.get("/fraud/warnings/" + missing);
    HttpResponse<String> en = analyst.get("/fraud/warnings/" + missing + "?lang=en");

    assertThat(zh.statusCode()).isEqualTo(404);
    assertThat(zh.body()).contains("本节点没有预警 " + missing).doesNotContain("No warning");
    assertThat(en.body()).contains("No warning " + missing + " here");
    assertThat(as("analyst").get("/api/v1/fraud-warnings/" + missing).body()).contains("No warning " + missing + " here");
  }

  @Test
  void anInterventionThatBreaksARuleComesBackOnTheWarningInChinese() {
    String account = Accounts.anyCard(random);
    String id = as("analyst").post("/api/v1/fraud-warnings", """
        {"account": "%s", "branchDivisionCode": "320613", "score": 90, "reasons": ["fan-in from 12 victims"], "amountAtRisk": 30000}
        """.formatted(account), 201).get("id").asString();
    PageSession analyst = PageSession.signIn(base(), "analyst");

    HttpResponse<String> zh = analyst.post("/fraud/warnings/" + id, "/fraud/warnings/" + id + "/interventions", Map.of("kind", "freeze", "outcome", "failed", "amountStopped", "500"));
    HttpResponse<String> api = as("analyst").post("/api/v1/fraud-warnings/" + id + "/interventions", """
        {"kind": "freeze", "outcome": "failed", "amountStopped": 500}
        """);

    assertThat(zh.body()).contains("未成功的处置没有止付金额；如有止付请记为部分成功");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.body()).contains("a failed intervention stopped no money; record it as partly");
  }

  @Test
  void aRoleWithoutTheRiskDatabaseIsRefusedOnThePageInChineseAndByTheApiInEnglish() {
    PageSession clerk = PageSession.signIn(base(), "clerk");

    HttpResponse<String> page = clerk.get("/fraud/risk-entries");
    HttpResponse<String> api = as("clerk").get("/api/v1/risk-entries");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("您的角色无权使用此页面");
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(api.body()).contains("The risk database is read by fraud analysts");
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private FraudCalls as(String username) {
    return FraudCalls.as(base(), username);
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      List<Path> java = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      assertThat(java).hasSizeGreaterThan(40);
      return java;
    }
  }

  private static Properties bundle(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = FraudRefusalsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
