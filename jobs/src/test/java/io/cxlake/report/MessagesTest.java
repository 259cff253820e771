package io.cxlake.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The message bundles are complete, and the language settings are checked. */
class MessagesTest {

  private static TreeSet<String> keys(String file) throws IOException {
    Properties p = new Properties();
    try (var in = new InputStreamReader(MessagesTest.class.getResourceAsStream("/report/" + file), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void everyLanguageTranslatesEveryKey() throws IOException {
    assertEquals(keys("messages.properties"), keys("messages_zh_TW.properties"), "zh-TW has its own word for every key");
  }

  @Test
  void messagesAreFilledAndFormattedForTheirLocale() {
    assertEquals("Contact-centre insight report: Taipei", Messages.of("en").get("report.title", "Taipei"));
    assertEquals("客服中心洞察報表：臺北", Messages.of("zh-TW").get("report.title", "臺北"));
    assertEquals("1,234.5", Messages.of("en").number(1234.5, 1));
    assertEquals("12.5 %", Messages.of("en").percent(0.125));
    assertEquals("–", Messages.of("en").number(null, 0));
    assertThrows(IllegalArgumentException.class, () -> Messages.of("fr"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Messages.of("en").get("no.such.key"));
    assertTrue(e.getMessage().contains("no.such.key"), e.getMessage());
  }

  @Test
  void languagesPerRegionAreParsedAndBadOnesNamed() {
    Map<String, List<String>> l = ReportSettings.languages("*:zh-TW|en,Kuala Lumpur:en");
    assertEquals(List.of("zh-TW", "en"), l.get("*"));
    assertEquals(List.of("en"), l.get("Kuala Lumpur"));
    assertEquals(List.of("en"), ReportSettings.languages("Taipei:zh-TW|en").get("*"), "others default to English");
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ReportSettings.languages("*:fr"));
    assertTrue(bad.getMessage().contains("reports.languages") && bad.getMessage().contains("fr"), bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReportSettings.languages("zh-TW"));
  }

  @Test
  void fileNamesAreSlugsOfTheRegion() {
    assertEquals("kuala-lumpur.en.html", ReportJob.fileName("Kuala Lumpur", "en"));
    assertEquals("臺北.zh-TW.html", ReportJob.fileName("臺北", "zh-TW"));
  }
}
