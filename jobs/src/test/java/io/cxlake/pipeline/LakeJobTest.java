package io.cxlake.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.lake.Lakehouse;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.Tables;
import io.cxlake.testing.SharedSpark;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;

/** The skeleton every job runs in: its run_summary rows, its steps' labels, its cache released, its failures. */
class LakeJobTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-20");

  /** A job that caches its input, runs two steps and reports the rows it counted (or fails after them). */
  private static final class CountingJob extends LakeJob {

    private final boolean fail;
    final List<Dataset<Row>> persisted = new ArrayList<>();

    CountingJob(boolean fail) {
      this.fail = fail;
    }

    @Override
    public String name() {
      return "counting";
    }

    @Override
    protected Outcome execute(Run run) {
      Dataset<Row> numbers = run.cache(run.spark().range(10).toDF());
      List<Dataset<Row>> own = new ArrayList<>();
      run.releaseAtEnd(own);
      own.add(numbers.where(col("id").geq(5)).persist(StorageLevel.MEMORY_ONLY())); // added after registering
      persisted.add(numbers);
      persisted.addAll(own);
      long all = run.step("count all", numbers::count);
      long high = run.step("count high", () -> own.get(0).count());
      List<RunSummary.Entry> entries = List.of(RunSummary.Entry.output("numbers", all, high, run.elapsedMs()));
      return fail ? Outcome.failed(new IllegalStateException("too few high numbers: " + high), entries)
          : Outcome.ok(high + " of " + all + " numbers are high", entries);
    }
  }

  @Test
  void recordsTheRunLabelsItsStepsAndReleasesWhatItCached() throws Exception {
    SparkSession spark = SharedSpark.get();
    Path root = SharedSpark.tempDir("lakejob");
    var config = SharedSpark.config(root.resolve("landing"), root.resolve("lake"), Map.of());
    List<String> descriptions = new CopyOnWriteArrayList<>();
    SparkListener seen = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart start) {
        descriptions.add(String.valueOf(start.properties().getProperty("spark.job.description")));
      }
    };
    spark.sparkContext().addSparkListener(seen);
    CountingJob job = new CountingJob(false);
    try {
      assertEquals("5 of 10 numbers are high", job.run(spark, new JobContext(config, DAY)));
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.sparkContext().removeSparkListener(seen);
    }
    assertTrue(descriptions.stream().anyMatch(d -> d.endsWith("count all")), descriptions.toString());
    assertTrue(descriptions.stream().anyMatch(d -> d.endsWith("count high")), descriptions.toString());
    job.persisted.forEach(ds -> assertSame(StorageLevel.NONE(), ds.storageLevel(), "released after the run"));
    List<Row> summary = summary(spark, config);
    assertEquals(1, summary.size());
    assertEquals("numbers", summary.get(0).getAs("feed"));
    assertEquals(10L, (long) summary.get(0).getAs("rows_read"));
    assertEquals(5L, (long) summary.get(0).getAs("rows_written"));
    assertEquals("ok", summary.get(0).getAs("status"));

    // a failing verdict: the night's rows are still recorded (replacing the earlier attempt's), then it is thrown
    CountingJob failing = new CountingJob(true);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> failing.run(spark, new JobContext(config, DAY)));
    assertEquals("too few high numbers: 5", e.getMessage());
    assertEquals(1, summary(spark, config).size(), "the re-run replaced the night's row");
    failing.persisted.forEach(ds -> assertFalse(ds.storageLevel().useMemory(), "released after a failed run"));
  }

  private static List<Row> summary(SparkSession spark, io.cxlake.config.CxConfig config) {
    return new Lakehouse(spark, config).read(Tables.RUN_SUMMARY)
        .where(col("job").equalTo("counting").and(col("run_date").equalTo(Date.valueOf(DAY)))).collectAsList();
  }
}
