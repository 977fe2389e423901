package cn.deltalink.fraudanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.NodeTest;
import cn.deltalink.alert.ApiCalls;
import cn.deltalink.web.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The analyst opens the demo analysis in a real browser, goes to a flagged account and sees its money graph with the reasons, then narrows it in time. */
@NodeTest
class MoneyGraphBrowserTest {

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
  void aFlaggedAccountsGraphShowsItsNeighboursAndReasonsAndFollowsTheTimeFilter() throws Exception {
    ApiCalls analyst = ApiCalls.at("http://localhost:" + port, "analyst");
    Eventually.until("the demo analysis is done", () -> {
      JsonNode list = analyst.read("/api/v1/analyses");
      for (JsonNode a : list) {
        if (a.get("state").asString().equals("done")) {
          return true;
        }
      }
      return false;
    });
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys("analyst");
    browser.findElement(By.id("password")).sendKeys("Demo@2026");
    browser.findElement(By.id("login-submit")).click();
    browser.get("http://localhost:" + port + "/fraud-analysis?lang=en");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> !d.findElements(By.cssSelector("a.open-analysis")).isEmpty());
    browser.findElements(By.cssSelector("a.open-analysis")).get(0).click();

    wait.until(d -> !d.findElements(By.cssSelector("tr.flagged a.account-link")).isEmpty());
    String account = browser.findElements(By.cssSelector("tr.flagged a.account-link")).get(0).getText();
    browser.findElements(By.cssSelector("tr.flagged a.account-link")).get(0).click();

    wait.until(d -> Integer.parseInt(d.findElement(By.id("graph")).getDomAttribute("data-nodes")) > 1);
    int edges = Integer.parseInt(browser.findElement(By.id("graph")).getDomAttribute("data-edges"));
    assertThat(edges).isPositive();
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(account);
    wait.until(d -> !d.findElements(By.cssSelector("#reasons .reason")).isEmpty());
    assertThat(browser.findElement(By.id("reasons")).getText()).contains("¥");
    assertThat(browser.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
    Path file = Path.of("target/screenshots", "fraud-analysis-graph.png");
    Files.createDirectories(file.getParent());
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));

    browser.executeScript("document.getElementById('from').value = '2000-01-01T00:00'; document.getElementById('to').value = '2000-01-02T00:00';");
    browser.findElement(By.id("apply-filter")).click();
    wait.until(d -> "0".equals(d.findElement(By.id("graph")).getDomAttribute("data-edges")));
    assertThat(browser.findElement(By.id("graph")).getDomAttribute("data-nodes")).isEqualTo("1");
  }
}
