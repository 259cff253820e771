package io.cxlake.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.Tables;
import io.cxlake.testing.SharedSpark;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The gate after the ingest, on hand-written ingest counts in a real run_summary table. */
class QualityGateJobTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-22");
  private final SparkSession spark = SharedSpark.get();

  private static RunSummary.Entry feed(String name, long read, long quarantined) {
    return new RunSummary.Entry(name, read, read - quarantined, 0, quarantined, 1, 1, 10, "load", "ok", null);
  }

  private CxConfig lakeWith(List<RunSummary.Entry> ingest) {
    Path root = SharedSpark.tempDir("quality-gate");
    CxConfig config = SharedSpark.config(root.resolve("landing"), root.resolve("lake"), Map.of());
    if (!ingest.isEmpty()) {
      RunSummary.write(new Lakehouse(spark, config), "ingest", DAY, ingest);
    }
    return config;
  }

  @Test
  void aNightWithinTheLimitPassesAndSmallFeedsAreNotJudged() {
    CxConfig config = lakeWith(List.of(feed("contacts", 1000, 49), feed("turns", 5000, 0), feed("qa_evaluations", 6, 3)));
    String summary = new QualityGateJob().run(spark, new JobContext(config, DAY));
    assertTrue(summary.startsWith("passed") && summary.contains("qa_evaluations 50.00 % of 6 quarantined (too few records"),
        summary);
    Row gate = new Lakehouse(spark, config).read(Tables.RUN_SUMMARY)
        .where("job = 'quality' AND run_date = DATE'2026-11-22'").first();
    assertEquals("ok", gate.getAs("status"));
    assertEquals(52L, (long) gate.getAs("quarantined"));
  }

  @Test
  void aFeedOverTheLimitStopsTheNightAndSaysWhatToDo() {
    CxConfig config = lakeWith(List.of(feed("contacts", 1000, 10), feed("turns", 5000, 400)));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new QualityGateJob().run(spark, new JobContext(config, DAY)));
    assertTrue(e.getMessage().contains("turns 8.00 % of 5,000 quarantined (over the limit)")
        && e.getMessage().contains("limit 5.00 %") && !e.getMessage().contains("contacts 1.00"), e.getMessage());
    Row gate = new Lakehouse(spark, config).read(Tables.RUN_SUMMARY).where("job = 'quality'").first();
    assertEquals("failed", gate.getAs("status"), "the verdict is recorded before the night stops");
  }

  @Test
  void withoutAnIngestForTheDateTheGateFails() {
    CxConfig config = lakeWith(List.of());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new QualityGateJob().run(spark, new JobContext(config, DAY)));
    assertTrue(e.getMessage().contains("ingest has not run for 2026-11-22"), e.getMessage());
  }
}
