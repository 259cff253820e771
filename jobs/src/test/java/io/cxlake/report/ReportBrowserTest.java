package io.cxlake.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Every report of the generated night opened in headless Chromium from the file system (no network): it renders
 * without a script error or console error, every chart is drawn, and a screenshot is kept under
 * target/report-screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {

  private ChromeDriver browser;
  private final Path shots = Path.of("target", "report-screenshots");

  @BeforeAll
  void startBrowser() throws Exception {
    GeneratedReports.folder();
    Chromium.ensureInstalled();
    Files.createDirectories(shots);
    browser = Chromium.start(Files.createTempDirectory("chromium-profile"));
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  List<String> reports() throws Exception {
    try (var files = Files.list(GeneratedReports.folder())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void rendersWithoutErrorsAndDrawsEveryChart(String file) throws Exception {
    browser.get(GeneratedReports.folder().resolve(file).toUri().toString());
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready"))) {
      assertTrue(System.nanoTime() < deadline, file + " was not ready within 30 s");
      Thread.sleep(100);
    }
    Object errors = ((JavascriptExecutor) browser).executeScript("return window.reportErrors.join(' | ');");
    assertEquals("", errors, file + ": script errors");
    List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    assertEquals(List.of(), severe, file + ": console errors");
    List<WebElement> charts = browser.findElements(By.cssSelector("[data-chart]"));
    assertTrue(!charts.isEmpty(), file + " has charts");
    for (WebElement c : charts) {
      assertEquals("true", c.getAttribute("data-rendered"), file + ": chart " + c.getAttribute("id"));
      assertTrue(!c.findElements(By.tagName("canvas")).isEmpty(), file + ": chart " + c.getAttribute("id") + " drawn");
    }
    Files.write(shots.resolve(file.replace(".html", ".png")), browser.getScreenshotAs(OutputType.BYTES));
  }
}
