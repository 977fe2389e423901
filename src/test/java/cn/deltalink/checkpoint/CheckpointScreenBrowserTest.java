package cn.deltalink.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import cn.deltalink.alert.ApiCalls;
import cn.deltalink.web.Browser;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The checkpoint screen in a real browser: a hit appears on it by server-sent events, without reloading the page. */
@NodeTest
class CheckpointScreenBrowserTest {

  @LocalServerPort int port;

  private ChromeDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aHitAppearsOnTheOpenScreenOfTheOfficersCheckpoint() throws Exception {
    ApiCalls investigator = ApiCalls.at("http://localhost:" + port, "investigator");
    HttpResponse<String> created = investigator.post("/api/v1/alerts", """
        {"kind": "vehicle", "category": "stolen", "vehicle": {"plate": "苏K7Q926"}, "reason": "车辆被盗", "validUntil": "2099-01-01"}
        """);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys("checkpoint");
    browser.findElement(By.id("password")).sendKeys("Demo@2026");
    browser.findElement(By.id("login-submit")).click();
    browser.get("http://localhost:" + port + "/checkpoints");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> "true".equals(d.findElement(By.id("stream-state")).getDomAttribute("data-live")));
    String url = browser.getCurrentUrl();
    String code = url.substring(url.lastIndexOf('/') + 1);
    long before = browser.findElements(By.cssSelector(".hit")).size();

    HttpResponse<String> answer = ApiCalls.at("http://localhost:" + port, "checkpoint").post("/api/v1/checkpoints/" + code + "/events", """
        {"events": [{"id": "browser-%s", "kind": "vehicle", "at": "%s", "lane": "2", "plate": "苏K7Q926", "plateConfidence": 0.95}]}
        """.formatted(System.nanoTime(), Instant.now()));
    JsonNode batch = ApiCalls.JSON.readTree(answer.body());
    String hitId = batch.get("hits").get(0).get("id").asString();

    WebElement card = wait.until(d -> d.findElements(By.id("hit-" + hitId)).stream().findFirst().orElse(null));
    assertThat(card.getText()).contains("扣押").contains("苏K7Q926");
    assertThat(browser.findElements(By.cssSelector(".hit"))).hasSizeGreaterThan((int) before);
    Path file = Path.of("target/screenshots", "checkpoint-screen.png");
    Files.createDirectories(file.getParent());
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
  }
}
