package io.cxlake.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The overview on hand-written region rows: place names in the reader's language, and why a figure is missing. */
class OverviewTest {

  private static final StructType REGION_ROW = new StructType()
      .add("region", DataTypes.StringType).add("level", DataTypes.StringType).add("status", DataTypes.StringType)
      .add("contacts", DataTypes.LongType).add("observations", DataTypes.LongType)
      .add("median_patience_seconds", DataTypes.DoubleType).add("median_patience_seconds_ci_low", DataTypes.DoubleType)
      .add("median_patience_seconds_ci_high", DataTypes.DoubleType).add("on_time_target_seconds", DataTypes.DoubleType)
      .add("service_level_percent", DataTypes.DoubleType).add("share_abandoned", DataTypes.DoubleType);

  static final ReportSettings SETTINGS = new ReportSettings("/unused", ReportSettings.languages("*:zh-TW|en"), 20,
      List.of(), 200);

  /** A region row of gold_region_wait_tolerance with the columns the overview reads. */
  static Row regionRow(String region, String status, long observations, Double median, Double target, Double abandoned) {
    return new GenericRowWithSchema(new Object[] {region, "region", status, observations + 10, observations, median,
        median == null ? null : median * 0.8, median == null ? null : median * 1.25, target, target == null ? null : 80.0,
        abandoned}, REGION_ROW);
  }

  /** Three regions: one with figures, one below the minimum sample, one where nobody hung up. */
  static List<Row> threeRegions() {
    return List.of(regionRow("Taipei", "ok", 1_200, 95.0, 21.0, 0.12),
        regionRow("Kuala Lumpur", "insufficient_sample", 143, null, null, 0.2),
        regionRow("Atlantis", "no_abandons", 310, null, null, 0.0));
  }

  @Test
  void placeNamesAreTheReadersWithTheDatasNameAsFallback() {
    assertEquals("吉隆坡", Messages.of("zh-TW").place("region", "Kuala Lumpur"));
    assertEquals("臺北", Messages.of("zh-TW").place("region", "taipei"), "the key is the name's slug");
    assertEquals("Kuala Lumpur", Messages.of("en").place("region", "Kuala Lumpur"));
    assertEquals("Atlantis", Messages.of("zh-TW").place("region", "Atlantis"), "an unknown place keeps its own name");
    assertEquals("", Messages.of("zh-TW").place("region", null));
  }

  @Test
  void aMissingFigureSaysWhyInTheReadersWords() {
    Messages en = Messages.of("en");
    List<Row> rows = threeRegions();
    assertNull(Overview.whyNoPatience(rows.get(0), SETTINGS, en), "figures present: nothing to explain");
    assertEquals("Only 143 contacts waited in the window; a profile needs at least 200",
        Overview.whyNoPatience(rows.get(1), SETTINGS, en));
    assertTrue(Overview.whyNoPatience(rows.get(2), SETTINGS, en).startsWith("None of the 310 contacts"));
    assertEquals("No wait profile for this region on this date", Overview.whyNoPatience(null, SETTINGS, en));
    Row curveShort = regionRow("Singapore", "ok", 900, null, 30.0, 0.1);
    assertTrue(Overview.whyNoPatience(curveShort, SETTINGS, en).contains("median lies beyond"));
    assertEquals("期間內只有 143 通聯繫曾等候，至少需要 200 通才能估算",
        Overview.whyNoPatience(rows.get(1), SETTINGS, Messages.of("zh-TW")));
  }

  @Test
  void theOverviewNamesRegionsInTheReadersLanguageAndExplainsEmptyCells() {
    String page = overviewPage("zh-TW");
    assertTrue(page.contains("吉隆坡") && page.contains("臺北"), "zh-TW names of the regions");
    assertTrue(page.contains("期間內只有 143 通聯繫曾等候"), "the reason is written next to the empty cells");
    Map<String, String> v = GeneratedReports.values(page);
    assertEquals("", v.get("overview.median_patience_seconds.Kuala Lumpur"), "an empty cell has no value");
    assertEquals("95.0", v.get("overview.median_patience_seconds.Taipei"));
    assertTrue(page.contains("id=\"overview-regions\""), "one chart compares the regions");
  }

  /** The overview page over {@link #threeRegions()} in one language, as the report job writes it. */
  static String overviewPage(String lang) {
    Messages m = Messages.of(lang);
    ToleranceSection tolerance = ToleranceSection.ofRegionRows(threeRegions(), SETTINGS);
    List<String> regions = List.of("Atlantis", "Kuala Lumpur", "Taipei");
    return ReportPage.render(m, m.get("overview.page_title"), m.get("report.subtitle", "2026-11-24"), List.of(),
        List.of(Overview.render(regions, tolerance, new ChurnSection(), new NeedSection(), SETTINGS, m,
            ReportJob::fileName)), m.get("report.footer"));
  }
}
