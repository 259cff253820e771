package io.cxlake.bench;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Runs one job of the chain with its figures taken around it (wall, process CPU, peak heap and RSS from a fresh
 * peak, the lake tables its plans scanned), then its floor: a plain scan of those inputs unless the caller
 * measures another floor.
 */
final class JobMeasure {

  /** What the job did, before its floor: wall and CPU seconds, peaks, and the input tables it scanned. */
  record Measured(double wallSeconds, double cpuSeconds, long peakHeapBytes, long peakRssBytes, List<String> inputs) {}

  private JobMeasure() {}

  static Measured run(SparkSession spark, TableReads reads, Lakehouse lake, String job, Runnable body) {
    Memory.resetPeaks();
    reads.drainTables(spark, lake.path(""));
    double cpu0 = Memory.processCpuSeconds();
    long t0 = System.nanoTime();
    body.run();
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = Memory.processCpuSeconds() - cpu0;
    long heap = Memory.peakHeapBytes();
    long rss = Memory.peakRssBytes();
    Set<String> inputs = new TreeSet<>(reads.drainTables(spark, lake.path("")));
    inputs.removeAll(written(lake, job));
    return new Measured(wall, cpu, heap, rss, List.copyOf(inputs));
  }

  /** The tables a job wrote on the run date, from its run_summary rows (where every job names them). */
  static Set<String> written(Lakehouse lake, String job) {
    Set<String> out = new TreeSet<>(lake.read(Tables.RUN_SUMMARY).where(org.apache.spark.sql.functions.col("job")
        .equalTo(job)).select("feed").distinct().as(Encoders.STRING()).collectAsList());
    out.add(Tables.RUN_SUMMARY);
    return out;
  }

  /** The floor of a job: every column of its input tables scanned once (no-op sink), and their rows. */
  static JobRun withScanFloor(String job, Measured m, Lakehouse lake) {
    long t0 = System.nanoTime();
    for (String t : m.inputs()) {
      lake.read(t).write().format("noop").mode("overwrite").save();
    }
    double floor = (System.nanoTime() - t0) / 1e9;
    long rows = 0;
    for (String t : m.inputs()) {
      rows += lake.read(t).count();
    }
    return of(job, m, rows, floor, "scan of " + String.join(", ", m.inputs()));
  }

  static JobRun of(String job, Measured m, long rows, double floorSeconds, String floorKind) {
    return new JobRun(job, m.wallSeconds(), m.cpuSeconds(), m.peakHeapBytes(), m.peakRssBytes(), rows, floorSeconds,
        floorKind, new ArrayList<>(m.inputs()), false);
  }
}
