package io.cxlake.report;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.Tables;
import io.cxlake.testing.GeneratedLake;
import io.cxlake.testing.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The regional reports of the generated lake's last night, checked against the gold tables they were read from. */
class ReportJobTest {

  private final Lakehouse lake = GeneratedLake.get().lake;

  @org.junit.jupiter.api.BeforeAll
  static void writeTheReports() {
    GeneratedReports.folder();
  }
  private final Date last = Date.valueOf(GeneratedLake.LAST);

  private List<String> regions() {
    return lake.read(Tables.REGION_WAIT_TOLERANCE).where(col("run_date").equalTo(last).and(col("level").equalTo("region")))
        .select("region").orderBy("region").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }

  private static double number(String v) {
    return Double.parseDouble(v);
  }

  @Test
  void everyRegionHasAReportInEachOfItsLanguagesAndThereIsAnOverview() throws IOException {
    Path dir = GeneratedReports.folder();
    List<String> expected = new ArrayList<>(List.of("index.html", "overview.en.html", "overview.zh-TW.html"));
    for (String r : regions()) {
      expected.add(ReportJob.fileName(r, "zh-TW"));
      expected.add(ReportJob.fileName(r, "en"));
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(expected.stream().sorted().toList(), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(regions().size() >= 3, "the generator's regions: " + regions());
  }

  @Test
  void theWordsComeFromTheLanguagesBundle() {
    String region = regions().get(0);
    String zh = GeneratedReports.read(ReportJob.fileName(region, "zh-TW"));
    String en = GeneratedReports.read(ReportJob.fileName(region, "en"));
    assertTrue(zh.contains("<html lang=\"zh-TW\">") && zh.contains("等候容忍度") && zh.contains("流失風險"), "Traditional Chinese");
    assertTrue(en.contains("<html lang=\"en\">") && en.contains("Wait tolerance") && en.contains("Churn risk"), "English");
    assertFalse(zh.contains("Wait tolerance</h2>"), "no English section title in the Chinese report");
  }

  @Test
  void theReportsFiguresAreTheGoldTablesFigures() {
    int checked = 0;
    for (String region : regions()) {
      Map<String, String> v = GeneratedReports.values(GeneratedReports.read(ReportJob.fileName(region, "en")));
      Row t = lake.read(Tables.REGION_WAIT_TOLERANCE).where(col("run_date").equalTo(last)
          .and(col("level").equalTo("region")).and(col("region").equalTo(region))).first();
      for (String c : List.of("contacts", "median_patience_seconds", "on_time_target_seconds", "share_abandoned")) {
        Object expected = t.getAs(c);
        if (expected != null) {
          assertEquals(((Number) expected).doubleValue(), number(v.get("tolerance." + c)), 1e-9, region + " " + c);
          checked++;
        }
      }
      for (String band : ChurnSection.BANDS) {
        long n = lake.read(Tables.CHURN_SIGNAL).where(col("as_of_date").equalTo(last).and(col("region").equalTo(region))
            .and(col("band").equalTo(band))).count();
        assertEquals(n, (long) number(v.get("churn.band." + band)), region + " " + band + " band");
        checked++;
      }
      List<Row> plan = lake.read(Tables.REGION_STAFFING_PLAN).where(col("run_date").equalTo(last)
          .and(col("region").equalTo(region))).collectAsList();
      if (!plan.isEmpty()) {
        double peak = plan.stream().mapToDouble(r -> ((Number) r.getAs("agents_erlang_a")).doubleValue()).max().orElse(0);
        assertEquals(peak, number(v.get("staffing.peak_agents_erlang_a")), 1e-9, region + " peak agents");
        checked++;
      }
      Row top = lake.read(Tables.CHURN_SIGNAL).where(col("as_of_date").equalTo(last).and(col("region").equalTo(region)))
          .orderBy(col("risk").desc(), col("customer_key")).first();
      assertEquals(top.<Double>getAs("risk"), number(v.get("churn.risk." + top.getAs("customer_key"))), 1e-12,
          region + ": the riskiest customer is listed to call back");
      checked++;
    }
    assertTrue(checked >= 20, checked + " figures checked");
  }

  @Test
  void theOverviewListsEveryRegionsHeadlineFigures() {
    Map<String, String> v = GeneratedReports.values(GeneratedReports.read("overview.zh-TW.html"));
    for (String region : regions()) {
      long high = lake.read(Tables.CHURN_SIGNAL).where(col("as_of_date").equalTo(last).and(col("region").equalTo(region))
          .and(col("band").equalTo("high"))).count();
      assertEquals(high, (long) number(v.get("overview.high_risk." + region)), region);
      assertNotNull(v.get("overview.median_patience_seconds." + region), region);
    }
    assertEquals(GeneratedReports.read("overview.zh-TW.html"), GeneratedReports.read("index.html"),
        "index.html is the overview in the main language");
  }

  @Test
  void contractFiguresAreTheIndicatorsMeasured() {
    String region = regions().get(0);
    Map<String, String> v = GeneratedReports.values(GeneratedReports.read(ReportJob.fileName(region, "en")));
    List<Row> rows = lake.read(Tables.CONTRACT_KPI_COMPLIANCE).where(col("run_date").equalTo(last)).collectAsList();
    assertFalse(rows.isEmpty(), "contracts measured");
    for (Row r : rows) {
      String key = "contracts.actual." + r.getAs("indicator");
      if (r.getAs("regions") == null && r.getAs("actual") != null) {
        assertEquals(r.<Double>getAs("actual"), number(v.get(key)), 1e-12, key);
      }
    }
  }

  @Test
  void reRunningTheNightWritesTheSameFiles() throws IOException {
    Path dir = GeneratedReports.folder();
    Map<String, String> before = contents(dir);
    Files.writeString(dir.resolve("stale.html"), "from an earlier run");
    new ReportJob().run(SharedSpark.get(), new JobContext(GeneratedLake.get().config, GeneratedLake.LAST));
    assertEquals(before, contents(dir));
  }

  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        out.put(p.getFileName().toString(), Integer.toHexString(Files.readString(p).hashCode()));
      }
    }
    return out;
  }
}
