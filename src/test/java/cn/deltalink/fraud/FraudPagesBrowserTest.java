package cn.deltalink.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.Eventually;
import cn.deltalink.NodeTest;
import cn.deltalink.web.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The anti-fraud centre's pages in a real browser: a report feeds the database, a list is screened, a warning is acted on. */
@NodeTest
class FraudPagesBrowserTest {

  @LocalServerPort int port;

  private final Random random = new Random();
  private ChromeDriver browser;

  @BeforeEach
  void signIn() {
    browser = Browser.start();
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys("analyst");
    browser.findElement(By.id("password")).sendKeys("Demo@2026");
    browser.findElement(By.id("login-submit")).click();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aReportTakenOnThePageIsInTheDatabaseAndScreenedAsKnown() throws Exception {
    String payee = Accounts.anyCard(random);
    browser.get(url("/fraud/reports"));
    browser.findElement(By.id("report-amount")).sendKeys("12800");
    browser.executeScript("document.getElementById('report-at').value = '2026-11-29T10:15'");
    browser.findElement(By.id("report-payees")).sendKeys(payee);
    browser.findElement(By.id("report-description")).sendKeys("刷单返利");
    browser.findElement(By.id("report-submit")).click();

    assertThat(browser.findElement(By.id("reports")).getText()).contains(payee).contains("12,800.00");

    browser.get(url("/fraud/risk-entries?q=" + payee.substring(6)));
    assertThat(browser.findElement(By.id("entries")).getText()).contains("涉诈收款账户").contains(payee.substring(payee.length() - 4));

    browser.get(url("/fraud/screening"));
    browser.findElement(By.id("screening-list")).sendKeys("bank-card," + payee + "\nphone,12345");
    browser.findElement(By.id("screening-submit")).click();
    String results = browser.findElement(By.id("screening-results")).getText();
    assertThat(results).contains("命中").contains("电话号码：手机号码应为11位");
    screenshot("fraud-screening");
  }

  @Test
  void anEntryBreakingItsRuleComesBackWithTheRule() {
    browser.get(url("/fraud/risk-entries"));
    new Select(browser.findElement(By.id("entry-type"))).selectByValue("bank-card");
    browser.findElement(By.id("entry-value")).sendKeys(Accounts.withWrongCheckDigit(Accounts.anyCard(random)));
    browser.findElement(By.id("entry-label")).sendKeys("两卡账户");
    browser.findElement(By.id("entry-submit")).click();

    assertThat(browser.findElement(By.id("problem")).getText()).contains("银行卡：Luhn 校验未通过");
  }

  @Test
  void aReceivedWarningIsActedOnAndCountedInTheStatistics() throws Exception {
    String account = Accounts.anyCard(random);
    FraudCalls.as(url(""), "analyst").post("/api/v1/fraud-warnings",
        "{\"account\": \"%s\", \"branchDivisionCode\": \"320613\", \"score\": 93, \"reasons\": [\"cash withdrawals in 3 cities within 40 minutes\"], \"amountAtRisk\": 66000}".formatted(account),
        201);

    browser.get(url("/fraud/warnings"));
    browser.findElement(By.linkText(account)).click();
    assertThat(browser.findElement(By.id("warning-state")).getText()).isEqualTo("待处置");
    assertThat(browser.findElement(By.id("warning-reasons")).getText()).contains("cash withdrawals");
    new Select(browser.findElement(By.id("intervention-kind"))).selectByValue("freeze");
    new Select(browser.findElement(By.id("intervention-outcome"))).selectByValue("succeeded");
    browser.findElement(By.id("intervention-amount")).sendKeys("66000");
    browser.findElement(By.id("intervention-note")).sendKeys("南通农商行已冻结");
    browser.findElement(By.id("intervention-submit")).click();

    assertThat(browser.findElement(By.id("warning-state")).getText()).isEqualTo("已处置");
    assertThat(browser.findElement(By.id("interventions")).getText()).contains("冻结").contains("66,000.00");

    browser.get(url("/statistics/fraud?lang=en"));
    Eventually.until("the totals filled in", () -> !browser.findElement(By.id("total-interventions")).getText().equals("–"));
    assertThat(Integer.parseInt(browser.findElement(By.id("total-interventions")).getText())).isPositive();
    assertThat(browser.findElement(By.id("stats-heading")).getText()).isEqualTo("Fraud statistics");
    assertThat(browser.findElements(By.cssSelector("#chart-provinces canvas"))).isNotEmpty();
    screenshot("fraud-statistics");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws java.io.IOException {
    Path file = Path.of("target/screenshots", name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
  }
}
