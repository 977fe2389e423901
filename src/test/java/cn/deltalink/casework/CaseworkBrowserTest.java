package cn.deltalink.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An investigator in a real browser opens a case, records a phone (shown masked), has a bad
 * resident ID refused with the rule it breaks and sends an assistance request with a file; the demo's Nantong case shows its requests to Yiwu and
 * Hefei as sent but not yet received (those provinces' nodes are not running here).
 */
@NodeTest
class CaseworkBrowserTest {

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
  void anInvestigatorOpensACaseRecordsEntitiesAndSeesTheRequestsWaitingForTheOtherProvinces() throws Exception {
    String base = "http://localhost:" + port;
    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys("investigator");
    browser.findElement(By.id("password")).sendKeys("Demo@2026");
    browser.findElement(By.id("login-submit")).click();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    browser.get(base + "/cases");
    wait.until(d -> d.findElement(By.id("cases")).getText().contains("南通"));
    new Select(browser.findElement(By.cssSelector("#open-case select[name=type]"))).selectByValue("logistics-fraud");
    browser.findElement(By.cssSelector("#open-case input[name=title]")).sendKeys("徐州物流诈骗案");
    browser.findElement(By.cssSelector("#open-case input[name=agency]")).clear();
    browser.findElement(By.cssSelector("#open-case input[name=agency]")).sendKeys("320300000000");
    browser.findElement(By.id("open-case-submit")).click();
    wait.until(d -> d.findElements(By.id("case-number")).size() == 1);
    assertThat(browser.findElement(By.id("case-number")).getText()).startsWith("A320300000000");

    new Select(browser.findElement(By.id("entity-type"))).selectByValue("phone");
    browser.findElement(By.id("entity-value")).sendKeys("13912345678");
    browser.findElement(By.id("add-entity-submit")).click();
    wait.until(d -> d.findElement(By.id("entities")).getText().contains("139****5678"));
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("立案", "涉案对象");

    new Select(browser.findElement(By.id("entity-type"))).selectByValue("person");
    browser.findElement(By.cssSelector("#add-entity input[name=name]")).sendKeys("赵某");
    browser.findElement(By.cssSelector("#add-entity input[name=residentId]")).sendKeys("320612199001011235");
    browser.findElement(By.id("add-entity-submit")).click();
    wait.until(d -> d.getPageSource().contains("resident-id.check-character"));

    // an assistance request from the case page carries a file, as the API's requests do
    String casePage = browser.getCurrentUrl();
    browser.get(casePage.replaceAll("/entities$", ""));
    wait.until(d -> d.findElements(By.id("send-request")).size() == 1);
    Path material = Files.createTempFile("waybill-", ".txt");
    Files.writeString(material, "徐州—义乌 物流单号 YT2026113000123");
    browser.findElement(By.cssSelector("#send-request input[name=toAgency]")).sendKeys("330782000000");
    browser.findElement(By.cssSelector("#send-request input[name=question]")).sendKeys("请协查义乌收货人身份");
    browser.findElement(By.id("request-files")).sendKeys(material.toAbsolutePath().toString());
    browser.findElement(By.id("send-request-submit")).click();
    wait.until(d -> d.getCurrentUrl().matches(".*/assistance/[0-9a-f-]{36}$"));
    assertThat(browser.getPageSource()).contains(material.getFileName().toString(), "attachment");
    Files.delete(material);

    browser.get(base + "/assistance");
    wait.until(d -> d.findElement(By.id("outbox")).getText().contains("义乌市公安局"));
    assertThat(browser.findElement(By.id("outbox")).getText()).contains("合肥市公安局", "对方尚未接收");
    Path file = Path.of("target/screenshots", "casework-assistance.png");
    Files.createDirectories(file.getParent());
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
  }
}
