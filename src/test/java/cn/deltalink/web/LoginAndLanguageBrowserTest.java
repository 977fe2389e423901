package cn.deltalink.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deltalink.NodeTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An officer logs in through a real browser and switches the page language. */
@NodeTest
class LoginAndLanguageBrowserTest {

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
  void officerLogsInInChineseAndSwitchesToEnglish() throws Exception {
    browser.get("http://localhost:" + port + "/");

    assertThat(browser.getCurrentUrl()).endsWith("/login");
    assertThat(browser.findElement(By.id("login-submit")).getText()).isEqualTo("登录");

    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("Demo@2026");
    browser.findElement(By.id("login-submit")).click();

    assertThat(browser.findElement(By.id("home-heading")).getText()).startsWith("欢迎");
    screenshot("home-zh");

    browser.findElement(By.id("lang-en")).click();

    assertThat(browser.findElement(By.id("home-heading")).getText()).startsWith("Welcome");
    assertThat(browser.findElement(By.id("logout")).getText()).isEqualTo("Log out");

    screenshot("home-en");
  }

  /** Kept in target/screenshots for a look at the pages (the README's picture is one of them). */
  private void screenshot(String name) throws java.io.IOException {
    Path file = Path.of("target/screenshots", name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void wrongPasswordShowsAFormErrorAndStaysOnTheLoginPage() {
    browser.get("http://localhost:" + port + "/login");

    browser.findElement(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("not-the-password");
    browser.findElement(By.id("login-submit")).click();

    assertThat(browser.findElement(By.id("login-error")).getText()).contains("用户名或密码错误");
  }
}
