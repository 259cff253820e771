package io.cxlake.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** A job's cost as the launcher reports it: Spark jobs of its group, Delta commits per table, step labels. */
class JobAccountingTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-20");

  @Test
  void countsTheJobsSparkJobsAndCommitsPerTableAndLabelsItsSteps() throws Exception {
    SparkSession spark = SharedSpark.get();
    Path lake = SharedSpark.tempDir("accounting");
    String table = lake.resolve("t").toString();
    spark.range(3).write().format("delta").save(table); // before the job: not counted
    List<String> descriptions = new CopyOnWriteArrayList<>();
    SparkListener seen = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart start) {
        descriptions.add(String.valueOf(start.properties().getProperty(JobAccounting.JOB_DESCRIPTION)));
      }
    };
    spark.sparkContext().addSparkListener(seen);
    try {
      long[] rows = new long[1];
      JobAccounting.Cost cost = JobAccounting.measure(spark, lake.toString(), "demo", DAY, () -> {
        StepTimes steps = new StepTimes();
        steps.time("append", () -> spark.range(5).write().format("delta").mode("append").save(table));
        steps.time("append again", () -> spark.range(5).write().format("delta").mode("append").save(table));
        spark.range(4).write().format("delta").save(lake.resolve("u").toString());
        return steps.time("count", () -> spark.read().format("delta").load(table).count());
      }, n -> rows[0] = n);
      assertEquals(13, rows[0]);
      assertEquals(Map.of("t", 2L, "u", 1L), cost.commits());
      assertEquals(3, cost.totalCommits());
      assertTrue(cost.sparkJobs() >= 4, cost.describe());
      assertTrue(cost.describe().startsWith(cost.sparkJobs() + " Spark jobs, 3 Delta commits (t 2, u 1)"), cost.describe());
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertTrue(descriptions.stream().anyMatch(d -> d.endsWith("cxlake demo 2026-11-20: append again")), descriptions.toString());
      assertTrue(descriptions.stream().anyMatch(d -> d.endsWith("cxlake demo 2026-11-20: count")), descriptions.toString());
      // outside the job nothing is counted for it, and its group is cleared
      spark.range(2).count();
      assertEquals(null, spark.sparkContext().getLocalProperty(JobAccounting.JOB_GROUP));
    } finally {
      spark.sparkContext().removeSparkListener(seen);
    }
  }

  @Test
  void commitsBetweenTwoReadingsCountNewTablesFromTheirFirstVersion() {
    assertEquals(Map.of("a", 2L, "new", 1L),
        DeltaCommits.between(Map.of("a", 3L, "b", 7L), Map.of("a", 5L, "b", 7L, "new", 0L)));
  }
}
