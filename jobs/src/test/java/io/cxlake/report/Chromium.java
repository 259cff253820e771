package io.cxlake.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and ChromeDriver for the report tests: installed by CI's setup ({@code .ci/run}, with a CJK font
 * so that the Chinese reports' screenshots show characters), never by a test; started headless with the flags this
 * closed network needs, and with the browser console kept for the test to read.
 */
final class Chromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final List<String> PACKAGES = List.of("chromium", "chromium-driver", "fonts-noto-cjk");

  private Chromium() {}

  /** Tests install nothing: CI's setup (.ci/run) installs the browser; here a missing one is a clear failure. */
  static void ensureInstalled() {
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException(BROWSER + " or " + DRIVER + " is missing: install Debian's "
          + String.join(", ", PACKAGES) + " (apt-get install -y --no-install-recommends " + String.join(" ", PACKAGES)
          + "; .ci/run does this before the tests)");
    }
  }

  static ChromeDriver start(Path profile) {
    ChromeOptions o = new ChromeOptions();
    o.setBinary(BROWSER.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1400,5000", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    return new ChromeDriver(service, o);
  }
}
