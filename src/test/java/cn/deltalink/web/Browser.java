package cn.deltalink.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven through Debian's chromedriver; no browser is downloaded. */
public final class Browser {

  private Browser() {}

  public static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(firstExisting("/usr/bin/chromedriver")).toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return driver;
  }

  /**
   * Clicks an element after scrolling it to the middle of the window: a long form's button near the
   * bottom edge is otherwise covered by whatever sits there, and Chromium refuses the click. Where the
   * page ends too soon to scroll, the button is pressed with the keyboard instead.
   */
  public static void click(org.openqa.selenium.WebDriver browser, org.openqa.selenium.WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException coveredAtTheBottomOfAShortPage) {
      // the form's end is the page's end and the window's bottom strip still covers it: press it as a keyboard user would
      element.sendKeys(org.openqa.selenium.Keys.ENTER);
    }
  }

  private static String firstExisting(String... paths) {
    for (String path : paths) {
      if (Files.isExecutable(Path.of(path))) {
        return path;
      }
    }
    throw new IllegalStateException("Install Debian's chromium and chromium-driver (see .ci/run); none of these exist: " + String.join(", ", paths));
  }
}
