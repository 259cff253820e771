package io.cxlake.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.lake.Lakehouse;
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
      Lakehouse lakehouse = new Lakehouse(spark, lake.toString());
      JobAccounting.Cost cost = JobAccounting.measure(spark, "demo", DAY, () -> {
        StepTimes steps = new StepTimes();
        steps.time("append", () -> lakehouse.commit("t", () -> append(spark, 5, table)));
        steps.time("append again", () -> lakehouse.commit("t", () -> append(spark, 5, table)));
        lakehouse.commit("u", () -> append(spark, 4, lakehouse.path("u")));
        lakehouse.commit("t", () -> { }); // nothing committed: nothing charged
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

  private static void append(SparkSession spark, long rows, String path) {
    spark.range(rows).write().format("delta").mode("append").save(path);
  }

  /**
   * Two jobs side by side, as a night runs them, each writing its own table and both the shared run_summary: each is
   * charged its own commits only, which comparing log versions around each job could not tell.
   */
  @Test
  void jobsRunningSideBySideAreEachChargedTheirOwnCommits() throws Exception {
    SparkSession spark = SharedSpark.get();
    Lakehouse lake = new Lakehouse(spark, SharedSpark.tempDir("side-by-side").toString());
    lake.ensure(io.cxlake.schema.Tables.RUN_SUMMARY); // as a night's first job (the ingest) ensures every table
    var hadoop = spark.sparkContext().hadoopConfiguration();
    String root = lake.path("").replaceAll("/$", "");
    Map<String, Long> before = DeltaCommits.versions(hadoop, root);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<JobAccounting.Cost>> costs = new java.util.ArrayList<>();
      for (String job : List.of("left", "right")) {
        costs.add(pool.submit(() -> JobAccounting.measure(spark, job, DAY, () -> {
          lake.commit(job + "_out", () -> append(spark, 3, lake.path(job + "_out")));
          lake.commit(job + "_out", () -> append(spark, 2, lake.path(job + "_out")));
          RunSummary.write(lake, job, DAY, List.of(RunSummary.Entry.output(job + "_out", 5, 5, 1)));
          return job;
        }, j -> { })));
      }
      assertEquals(Map.of("left_out", 2L, "run_summary", 1L), costs.get(0).get().commits());
      assertEquals(Map.of("right_out", 2L, "run_summary", 1L), costs.get(1).get().commits());
      // and the lake holds exactly the commits charged
      assertEquals(Map.of("left_out", 2L, "right_out", 2L, "run_summary", 2L),
          DeltaCommits.between(before, DeltaCommits.versions(hadoop, root)));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void commitsBetweenTwoReadingsCountNewTablesFromTheirFirstVersion() {
    assertEquals(Map.of("a", 2L, "new", 1L),
        DeltaCommits.between(Map.of("a", 3L, "b", 7L), Map.of("a", 5L, "b", 7L, "new", 0L)));
  }
}
