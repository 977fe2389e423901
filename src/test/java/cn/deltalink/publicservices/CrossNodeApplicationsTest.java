package cn.deltalink.publicservices;

import static cn.deltalink.alert.ApiCalls.await;
import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.alert.ApiCalls;
import cn.deltalink.alert.Residents;
import cn.deltalink.checkpoint.MovableClock;
import cn.deltalink.exchange.RunningNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * A Jiangsu window takes applications that Shanghai decides: one tracking number at both nodes, the
 * clock in working days from Shanghai's receipt (also when Shanghai was down at intake), more
 * material with the clock paused, escalation at the deadline, and a hukou transfer's three legs.
 * Both nodes run on one clock the test moves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossNodeApplicationsTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final String SCAN = Base64.getEncoder().encodeToString("%PDF-1.4 scan of a document".getBytes(StandardCharsets.UTF_8));

  private final MovableClock clock = new MovableClock(Instant.now());
  private final String shanghaiResident = Residents.residentId("310101", LocalDate.of(1988, 3, 14), 27, false);
  private final cn.deltalink.publicservices.internal.calendar.WorkingDays workingDays =
      cn.deltalink.publicservices.internal.calendar.WorkingDaysAccess.region("yrd");
  private Path region;
  private RunningNode.Spec js;
  private RunningNode.Spec sh;
  private Map<String, String> endpoints;
  private RunningNode jiangsu;
  private RunningNode shanghai;

  @BeforeAll
  void startJiangsuAndShanghai() throws Exception {
    region = Files.createTempDirectory("deltalink-services");
    js = new RunningNode.Spec("JS", "32", RunningNode.freePort());
    sh = new RunningNode.Spec("SH", "31", RunningNode.freePort());
    endpoints = RunningNode.endpoints(List.of(js, sh));
    jiangsu = RunningNode.start(js, region, endpoints, properties(), clock);
    shanghai = startShanghai();
  }

  private RunningNode startShanghai() {
    return RunningNode.start(sh, region, endpoints, properties(), clock);
  }

  private static Map<String, String> properties() {
    return Map.of("deltalink.publicservices.clock-interval", "200ms", "deltalink.publicservices.demo", "false");
  }

  @AfterAll
  void stopNodes() {
    RunningNode.stopAll(region, jiangsu, shanghai);
  }

  @Test
  @Order(1)
  void anApplicationTakenWhileTheCompetentNodeIsDownWaitsAsSentAndItsClockStartsAtReceipt() {
    shanghai.close();
    shanghai = null;
    HttpResponse<String> taken = clerk(jiangsu).post("/api/v1/applications", certificateFor(shanghaiResident));
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    JsonNode created = clerk(jiangsu).json(taken);
    String tn = created.get("trackingNumber").asString();
    assertThat(tn).startsWith("JS");
    assertThat(created.get("competentNode").asString()).as("derived from the ID number's address code").isEqualTo("SH");

    JsonNode atWindow = clerk(jiangsu).read("/api/v1/applications/" + tn);
    assertThat(atWindow.get("state").asString()).isEqualTo("sent");
    assertThat(atWindow.get("delivery").get("state").asString()).as("sent, not yet received").isEqualTo("queued");
    assertThat(!atWindow.hasNonNull("dueAt")).as("no clock before receipt").isTrue();
    assertThat(clerk(jiangsu).read("/api/v1/applications/stuck").valueStream().map(s -> s.get("trackingNumber").asString())).contains(tn);

    clock.advance(Duration.ofHours(2));
    shanghai = startShanghai();
    await(LIMIT, () -> reviewer(shanghai).get("/api/v1/applications/" + tn).statusCode() == 200);
    JsonNode atShanghai = reviewer(shanghai).read("/api/v1/applications/" + tn);
    assertThat(atShanghai.get("state").asString()).isEqualTo("under-review");
    Instant received = Instant.parse(atShanghai.get("receivedAt").asString());
    assertThat(received).as("the clock starts at receipt, not at intake").isAfterOrEqualTo(Instant.parse(atWindow.get("submittedAt").asString()).plus(Duration.ofHours(2)));
    assertThat(Instant.parse(atShanghai.get("dueAt").asString())).isEqualTo(workingDays.deadline(received, 5));
    await(LIMIT, () -> clerk(jiangsu).read("/api/v1/applications/" + tn).get("state").asString().equals("under-review"));
    assertThat(clerk(jiangsu).read("/api/v1/applications/" + tn).get("dueAt").asString()).as("both nodes show one clock").isEqualTo(atShanghai.get("dueAt").asString());
  }

  @Test
  @Order(2)
  void moreMaterialPausesTheClockAndTheApprovalReachesTheWindowAndThePublicPage() {
    String tn = take(certificateFor(shanghaiResident));
    await(LIMIT, () -> reviewer(shanghai).get("/api/v1/applications/" + tn).statusCode() == 200);
    String due = reviewer(shanghai).read("/api/v1/applications/" + tn).get("dueAt").asString();

    assertThat(reviewer(jiangsu).post("/api/v1/applications/" + tn + "/decision", "{\"decision\": \"approve\"}").statusCode()).as("decided only at the competent node").isEqualTo(403);
    assertThat(reviewer(shanghai).post("/api/v1/applications/" + tn + "/decision", "{\"decision\": \"refuse\"}").statusCode()).as("a refusal needs a reason").isEqualTo(400);
    HttpResponse<String> asked = reviewer(shanghai).post("/api/v1/applications/" + tn + "/decision", "{\"decision\": \"more-material\", \"reason\": \"请补充户口簿首页\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
    await(LIMIT, () -> clerk(jiangsu).read("/api/v1/applications/" + tn).get("state").asString().equals("more-material"));

    clock.advance(Duration.ofDays(7));
    HttpResponse<String> supplied = clerk(jiangsu).post("/api/v1/applications/" + tn + "/materials", "{\"materials\": [{\"name\": \"household-register.jpg\", \"contentBase64\": \"" + SCAN + "\"}]}");
    assertThat(supplied.statusCode()).as(supplied.body()).isEqualTo(200);
    await(LIMIT, () -> reviewer(shanghai).read("/api/v1/applications/" + tn).get("state").asString().equals("under-review"));
    assertThat(Instant.parse(reviewer(shanghai).read("/api/v1/applications/" + tn).get("dueAt").asString())).as("pushed back by the paused working days").isAfter(Instant.parse(due).plus(Duration.ofDays(4)));

    HttpResponse<String> approved = reviewer(shanghai).post("/api/v1/applications/" + tn + "/decision", "{\"decision\": \"approve\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    JsonNode review = reviewer(shanghai).json(approved).get("legs").get(0);
    assertThat(review.get("kind").asString()).isEqualTo("review");
    assertThat(review.get("status").asString()).isEqualTo("done");
    assertThat(review.get("signature").asString()).as("the leg is signed by Shanghai").isNotBlank();
    assertThat(reviewer(shanghai).post("/api/v1/applications/" + tn + "/decision", "{\"decision\": \"approve\"}").statusCode()).isEqualTo(409);
    await(LIMIT, () -> clerk(jiangsu).read("/api/v1/applications/" + tn).get("state").asString().equals("approved"));
    await(LIMIT, () -> clerk(jiangsu).get("/api/v1/applications/" + tn + "/certificate").statusCode() == 200);
    HttpResponse<String> pdf = clerk(jiangsu).get("/api/v1/applications/" + tn + "/certificate");
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    String code = clerk(jiangsu).read("/api/v1/applications/" + tn).get("certificateCode").asString();
    HttpResponse<String> verified = anonymousPost(jiangsu, "/api/public/v1/certificates/verification", "{\"code\": \"" + code + "\"}");
    assertThat(verified.body()).as("the certificate Shanghai issued verifies at Jiangsu").contains("valid");

    ApiCalls anyone = clerk(jiangsu);
    HttpResponse<String> status = anonymous(jiangsu, "/api/public/v1/applications/" + tn + "?idLast4=" + shanghaiResident.substring(14));
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    JsonNode publicView = anyone.json(status);
    assertThat(publicView.get("state").asString()).isEqualTo("approved");
    assertThat(status.body()).doesNotContain(shanghaiResident);
    assertThat(anonymous(jiangsu, "/api/public/v1/applications/" + tn + "?idLast4=0000").statusCode()).isEqualTo(404);
  }

  @Test
  @Order(3)
  void brokenRulesAreRefusedWithTheRuleAndNothingIsStored() {
    long before = count(jiangsu);
    String wrongCheck = shanghaiResident.substring(0, 17) + (shanghaiResident.endsWith("0") ? "1" : "0");
    assertRefused(certificateFor(wrongCheck), "applicant.residentId");
    assertRefused(certificateFor(shanghaiResident).replace("household-certificate", "passport"), "item");
    assertRefused(certificateFor(shanghaiResident).replace("\"consent\": true", "\"consent\": false"), "consent");
    assertRefused(certificateFor(shanghaiResident).replace("id-card.jpg", "photo.jpg"), "materials");
    assertRefused(certificateFor(shanghaiResident).replace("\"subtype\": \"household\", ", ""), "subtype");
    assertThat(count(jiangsu)).isEqualTo(before);
    assertThat(ApiCalls.at(jiangsu.url(), "investigator").post("/api/v1/applications", certificateFor(shanghaiResident)).statusCode()).isEqualTo(403);
  }

  @Test
  @Order(4)
  void theClockRemindsOnTheLastWorkingDayAndEscalatesAtTheDeadlineAtBothNodes() {
    String tn = take(certificateFor(shanghaiResident));
    await(LIMIT, () -> reviewer(shanghai).get("/api/v1/applications/" + tn).statusCode() == 200);
    Instant due = Instant.parse(reviewer(shanghai).read("/api/v1/applications/" + tn).get("dueAt").asString());

    clock.advance(Duration.between(clock.instant(), workingDays.reminder(due)).plusMinutes(1));
    await(LIMIT, () -> reviewer(shanghai).read("/api/v1/applications/" + tn).hasNonNull("remindedAt"));
    assertThat(reviewer(shanghai).read("/api/v1/applications/" + tn).hasNonNull("escalatedAt")).isFalse();

    clock.advance(Duration.between(clock.instant(), due).plusMinutes(1));
    await(LIMIT, () -> reviewer(shanghai).read("/api/v1/applications/" + tn).hasNonNull("escalatedAt"));
    assertThat(reviewer(shanghai).read("/api/v1/applications/" + tn).get("overdue").asBoolean()).isTrue();
    assertThat(supervisor(shanghai).read("/api/v1/applications?overdue=true").valueStream().map(a -> a.get("trackingNumber").asString())).contains(tn);
    await(LIMIT, () -> clerk(jiangsu).read("/api/v1/applications/" + tn).hasNonNull("escalatedAt"));
  }

  @Test
  @Order(5)
  void aHukouTransferIsApprovedAtTheDestinationMovedOutAtTheOriginAndRegisteredWithASignedLegEach() {
    String transfer = """
        {"item": "hukou-transfer", "subtype": "joining-spouse", "applicant": {"residentId": "%s", "name": "沈佳怡", "phone": "13912345678"}, "consent": true,
         "materials": [{"name": "id-card.jpg", "contentBase64": "%s"}, {"name": "household-register.jpg", "contentBase64": "%2$s"}, {"name": "marriage-certificate.pdf", "contentBase64": "%2$s"}],
         "details": {"toAddress": "江苏省南京市玄武区北京东路1号"}}
        """.formatted(shanghaiResident, SCAN);
    HttpResponse<String> registered = reviewer(shanghai).post("/api/v1/residents", """
        {"residentId": "%s", "name": "沈佳怡", "householdAddressCode": "310101", "householdNumber": "H3101010027"}
        """.formatted(shanghaiResident));
    assertThat(registered.statusCode()).as(registered.body()).isIn(201, 409);
    String tn = take(transfer);
    JsonNode atDestination = reviewer(jiangsu).read("/api/v1/applications/" + tn);
    assertThat(atDestination.get("competentNode").asString()).as("the destination takes and decides a transfer").isEqualTo("JS");
    assertThat(atDestination.get("originNode").asString()).isEqualTo("SH");
    assertThat(atDestination.get("state").asString()).isEqualTo("under-review");
    assertThat(atDestination.get("legs").valueStream().map(l -> l.get("kind").asString())).containsExactly("review", "move-out", "registration");

    HttpResponse<String> approved = reviewer(jiangsu).post("/api/v1/applications/" + tn + "/decision", "{\"decision\": \"approve\"}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    await(LIMIT, () -> reviewer(jiangsu).read("/api/v1/applications/" + tn).get("state").asString().equals("approved"));
    JsonNode done = reviewer(jiangsu).read("/api/v1/applications/" + tn);
    for (JsonNode leg : done.get("legs")) {
      assertThat(leg.get("status").asString()).as(leg.toString()).isEqualTo("done");
      assertThat(leg.get("signature").asString()).as(leg.toString()).isNotBlank();
    }
    assertThat(done.get("legs").get(1).get("node").asString()).isEqualTo("SH");
    assertThat(reviewer(shanghai).read("/api/v1/residents/" + shanghaiResident + "?purpose=transfer").get("status").asString()).isEqualTo("moved-out");
    assertThat(reviewer(jiangsu).read("/api/v1/residents/" + shanghaiResident + "?purpose=transfer").get("status").asString()).isEqualTo("active");
    await(LIMIT, () -> reviewer(shanghai).get("/api/v1/applications/" + tn).statusCode() == 200
        && reviewer(shanghai).read("/api/v1/applications/" + tn).get("state").asString().equals("approved"));
  }

  @Test
  @Order(6)
  void aTransferOfSomeoneTheOriginDoesNotHoldEndsRefusedWithTheOriginsSignedReason() {
    String stranger = Residents.residentId("310104", LocalDate.of(1990, 7, 1), 88, true);
    String tn = take("""
        {"item": "hukou-transfer", "subtype": "talent", "applicant": {"residentId": "%s", "name": "陆文博"}, "consent": true,
         "materials": [{"name": "id-card.jpg", "contentBase64": "%s"}, {"name": "talent-certificate.pdf", "contentBase64": "%2$s"}]}
        """.formatted(stranger, SCAN));
    assertThat(reviewer(jiangsu).post("/api/v1/applications/" + tn + "/decision", "{\"decision\": \"approve\"}").statusCode()).isEqualTo(200);
    await(LIMIT, () -> reviewer(jiangsu).read("/api/v1/applications/" + tn).get("state").asString().equals("refused"));
    JsonNode refused = reviewer(jiangsu).read("/api/v1/applications/" + tn);
    assertThat(refused.get("reason").asString()).contains("SH");
    assertThat(refused.get("legs").get(1).get("status").asString()).isEqualTo("refused");
    assertThat(refused.get("legs").get(1).get("signature").asString()).isNotBlank();
    assertThat(reviewer(jiangsu).get("/api/v1/residents/" + stranger + "?purpose=transfer").statusCode()).as("nobody registered at the destination").isEqualTo(404);
  }

  /**
   * In Chromium: a Jiangsu clerk takes an application for a Shanghai-registered resident through the
   * intake form and its preview, a Shanghai reviewer approves it on the application's page, the
   * Jiangsu clerk prints the certificate, and an anonymous visitor verifies the printed file at Zhejiang.
   */
  @Test
  @Order(7)
  void inTheBrowserAJiangsuClerkTakesShanghaiApprovesAndZhejiangVerifiesTheCertificate() throws Exception {
    RunningNode.Spec zj = new RunningNode.Spec("ZJ", "33", Integer.parseInt(endpoints.get("ZJ").substring(endpoints.get("ZJ").lastIndexOf(':') + 1)));
    RunningNode zhejiang = RunningNode.start(zj, region, endpoints, properties(), clock);
    org.openqa.selenium.chrome.ChromeDriver browser = cn.deltalink.web.Browser.start();
    try {
      Path scan = Files.createTempDirectory("scans").resolve("id-card.jpg");
      Files.write(scan, "scan of the resident ID card".getBytes(StandardCharsets.UTF_8));
      String resident = Residents.residentId("310105", LocalDate.of(1992, 5, 20), 61, true);
      var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60));

      login(browser, jiangsu, "clerk");
      browser.get(jiangsu.url() + "/services/new");
      new org.openqa.selenium.support.ui.Select(browser.findElement(org.openqa.selenium.By.id("code"))).selectByValue("household-certificate/household");
      browser.findElement(org.openqa.selenium.By.id("residentId")).sendKeys(resident);
      browser.findElement(org.openqa.selenium.By.id("name")).sendKeys("顾浩然");
      browser.findElement(org.openqa.selenium.By.id("phone")).sendKeys("13812345678");
      browser.findElement(org.openqa.selenium.By.id("purpose")).sendKeys("子女入学");
      browser.findElement(org.openqa.selenium.By.id("files")).sendKeys(scan.toString());
      cn.deltalink.web.Browser.click(browser, browser.findElement(org.openqa.selenium.By.id("preview-submit")));
      assertThat(browser.findElement(org.openqa.selenium.By.id("preview-competent")).getText()).isEqualTo("SH");
      assertThat(browser.findElement(org.openqa.selenium.By.id("consent-text")).getText()).contains("同意");
      browser.findElement(org.openqa.selenium.By.id("consent")).click();
      cn.deltalink.web.Browser.click(browser, browser.findElement(org.openqa.selenium.By.id("send-application")));
      String tn = wait.until(d -> d.findElement(org.openqa.selenium.By.id("tracking-number"))).getText();
      assertThat(tn).startsWith("JS");

      login(browser, shanghai, "reviewer");
      wait.until(d -> {
        d.get(shanghai.url() + "/services/" + tn);
        return !d.findElements(org.openqa.selenium.By.id("approve")).isEmpty();
      });
      browser.findElement(org.openqa.selenium.By.id("approve")).click();
      assertThat(browser.findElement(org.openqa.selenium.By.id("application-state")).getText()).isEqualTo("已办结");

      login(browser, jiangsu, "clerk");
      wait.until(d -> {
        d.get(jiangsu.url() + "/services/" + tn);
        return !d.findElements(org.openqa.selenium.By.id("print-certificate")).isEmpty();
      });
      String href = browser.findElement(org.openqa.selenium.By.id("print-certificate")).getDomAttribute("href");
      Path shot = Path.of("target/screenshots", "application-approved.png");
      Files.createDirectories(shot.getParent());
      Files.write(shot, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(jiangsu.url() + href)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString("clerk:Demo@2026".getBytes(StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

      await(LIMIT, () -> anonymousPdf(zhejiang, pdf.body()).contains("\"valid\""));
      byte[] altered = pdf.body().clone();
      altered[altered.length / 2] ^= 0x20;
      assertThat(anonymousPdf(zhejiang, altered)).doesNotContain("\"valid\"");
    } finally {
      browser.quit();
      zhejiang.close();
    }
  }

  private static void login(org.openqa.selenium.WebDriver browser, RunningNode node, String username) {
    browser.manage().deleteAllCookies();
    browser.get(node.url() + "/login");
    browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
    browser.findElement(org.openqa.selenium.By.id("password")).sendKeys("Demo@2026");
    browser.findElement(org.openqa.selenium.By.id("login-submit")).click();
  }

  private static String anonymousPdf(RunningNode node, byte[] pdf) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.url() + "/api/public/v1/certificates/verification")).header("Content-Type", "application/pdf")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String take(String json) {
    HttpResponse<String> taken = clerk(jiangsu).post("/api/v1/applications", json);
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    return clerk(jiangsu).json(taken).get("trackingNumber").asString();
  }

  private void assertRefused(String json, String rule) {
    HttpResponse<String> refused = clerk(jiangsu).post("/api/v1/applications", json);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains(rule);
  }

  private static String certificateFor(String residentId) {
    return """
        {"item": "household-certificate", "subtype": "household", "applicant": {"residentId": "%s", "name": "沈佳怡", "phone": "13912345678"}, "consent": true,
         "materials": [{"name": "id-card.jpg", "contentBase64": "%s"}], "details": {"purpose": "子女入学"}}
        """.formatted(residentId, SCAN);
  }

  private static long count(RunningNode node) {
    return node.jdbc().queryForObject("select count(*) from service_application", Long.class) + node.jdbc().queryForObject("select count(*) from service_material", Long.class);
  }

  private static HttpResponse<String> anonymousPost(RunningNode node, String path, String json) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.url() + path)).header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> anonymous(RunningNode node, String path) {
    try {
      return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApiCalls clerk(RunningNode node) {
    return ApiCalls.at(node.url(), "clerk");
  }

  private static ApiCalls reviewer(RunningNode node) {
    return ApiCalls.at(node.url(), "reviewer");
  }

  private static ApiCalls supervisor(RunningNode node) {
    return ApiCalls.at(node.url(), "supervisor");
  }
}
