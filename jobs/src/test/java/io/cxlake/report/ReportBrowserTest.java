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
    Object missing = ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll("
        + "'nav a[href^=\"#\"]')).map(a => a.getAttribute('href').substring(1))"
        + ".filter(id => !document.getElementById(id)).join(' ');");
    assertEquals("", missing, file + ": sections named in the navigation but missing from the page");
    if (!file.startsWith("index") && !file.startsWith("overview")) {
      assertTrue(browser.findElements(By.cssSelector("nav a[href^='#']")).size() >= 6, file + " links its sections");
    }
    List<WebElement> charts = browser.findElements(By.cssSelector("[data-chart]"));
    assertTrue(!charts.isEmpty(), file + " has charts");
    for (WebElement c : charts) {
      assertEquals("true", c.getAttribute("data-rendered"), file + ": chart " + c.getAttribute("id"));
      assertTrue(!c.findElements(By.tagName("canvas")).isEmpty(), file + ": chart " + c.getAttribute("id") + " drawn");
    }
    Files.write(shots.resolve(file.replace(".html", ".png")), browser.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * The overview as a CX lead opens it in zh-TW: the chart comparing the regions is drawn with the regions' Chinese
   * names, and a region without patience figures says why in words a reader sees (not only in a tooltip).
   */
  @org.junit.jupiter.api.Test
  void theOverviewComparesRegionsInTheReadersWordsAndSaysWhyCellsAreEmpty() throws Exception {
    Path file = Files.createTempDirectory(shots.toAbsolutePath().getParent(), "overview").resolve("overview.zh-TW.html");
    Files.writeString(file, OverviewTest.overviewPage("zh-TW"));
    browser.get(file.toUri().toString());
    waitUntilReady("the overview");
    assertEquals("", ((JavascriptExecutor) browser).executeScript("return window.reportErrors.join(' | ');"));
    WebElement chart = browser.findElement(By.id("overview-regions"));
    assertEquals("true", chart.getAttribute("data-rendered"));
    assertTrue(!chart.findElements(By.tagName("canvas")).isEmpty(), "the regions' chart is drawn");
    assertEquals(List.of("Atlantis", "吉隆坡", "臺北"), ((JavascriptExecutor) browser).executeScript(
        "return echarts.getInstanceByDom(document.getElementById('overview-regions')).getOption().xAxis[0].data;"),
        "regions named in the reader's language, an unknown one by its own name");
    String table = browser.findElement(By.cssSelector("#overview table")).getText();
    assertTrue(table.contains("吉隆坡") && table.contains("期間內只有 143 通聯繫曾等候，至少需要 200 通才能估算"), table);
    assertTrue(table.contains("無人掛斷"), "a region where nobody hung up says so: " + table);
    assertTrue(!browser.findElement(By.tagName("header")).getText().contains("gold"), "no data-engineering words");
    Files.write(shots.resolve("overview-explained.zh-TW.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  private void waitUntilReady(String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready"))) {
      assertTrue(System.nanoTime() < deadline, what + " was not ready within 30 s");
      Thread.sleep(100);
    }
  }

  /** Customer words reach chart labels: an HTML comment opener and a script tag must not swallow the page. */
  @org.junit.jupiter.api.Test
  void customerTextInAChartLabelCannotBreakThePage() throws Exception {
    String hostile = "<!--<script> & </script> \u2028 -->";
    Chart chart = new Chart("hostile", hostile, null).categoryX("x", List.of(hostile, "ok")).valueY("y")
        .values(hostile, "bar", List.of(1.0, 2.0), 0);
    String page = ReportPage.render(Messages.of("en"), "t", "s", List.<String[]>of(new String[] {"#after", "after"}),
        List.of(Html.section("before", "before", null, chart.html()),
            Html.section("after", "after", null, "<p id=\"last\">still here</p>")), "footer");
    Path file = Files.createTempDirectory(shots.toAbsolutePath().getParent(), "hostile").resolve("hostile.html");
    Files.writeString(file, page);
    browser.get(file.toUri().toString());
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready"))) {
      assertTrue(System.nanoTime() < deadline, "the page was not ready within 30 s");
      Thread.sleep(100);
    }
    assertEquals("", ((JavascriptExecutor) browser).executeScript("return window.reportErrors.join(' | ');"));
    assertEquals("still here", browser.findElement(By.id("last")).getText(), "the section after the chart is there");
    assertEquals("true", browser.findElement(By.id("hostile")).getAttribute("data-rendered"));
    assertEquals(hostile, ((JavascriptExecutor) browser).executeScript(
        "return JSON.parse(document.getElementById('hostile-option').textContent).xAxis.data[0];"),
        "the label reaches the chart unchanged");
  }
}
