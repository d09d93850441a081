package dev.crosscheck.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for browser tests, driven through chromedriver. Tests using it skip when
 * either program is missing, unless {@code -Dbrowser.required=true} (as CI sets) makes that a
 * failure. Paths come from {@code CHROME_BIN} and {@code CHROMEDRIVER}, else /usr/bin.
 */
final class Browser {
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  private Browser() {}

  static ChromeDriver start() throws IOException {
    File chrome = program("CHROME_BIN", "/usr/bin/chromium");
    File driver = program("CHROMEDRIVER", "/usr/bin/chromedriver");
    boolean present = chrome.canExecute() && driver.canExecute();
    if (!present && Boolean.getBoolean("browser.required")) {
      throw new IllegalStateException("browser tests need " + chrome + " and " + driver);
    }
    Assumptions.assumeTrue(present, "chromium or chromedriver is absent: browser tests skipped");
    Path profile = Files.createTempDirectory("crosscheck-chrome");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chrome);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1100,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1100, 900));
    return browser;
  }

  private static File program(String variable, String fallback) {
    String value = System.getenv(variable);
    return new File(value == null || value.isBlank() ? fallback : value);
  }

  /** Whether a JavaScript dialog is open: what an injected {@code alert(…)} would cause. */
  static boolean alertShown(ChromeDriver browser) {
    try {
      browser.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  /** Saves a PNG of the viewport under target/screenshots and returns its path. */
  static Path screenshot(ChromeDriver browser, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
