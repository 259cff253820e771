package io.cxlake.pipeline;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.runs.RunSummary;
import io.cxlake.runs.StepTimes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The skeleton every nightly job runs in. A job supplies {@link #execute}: its work on one {@link Run}, returning
 * its run_summary entries and its one-line result. The skeleton gives the run its lake, step timer (each step's
 * Spark jobs carry the step's description) and cache, logs the steps' times, releases what the run cached, and
 * writes the job's run_summary rows for the run date (replacing an earlier attempt's), also when the job's
 * verdict is a failure, which it then throws. The launcher adds the job group and the cost accounting
 * ({@link io.cxlake.runs.JobAccounting}) around it.
 */
public abstract class LakeJob implements NightlyJob {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LakeJob.class);

  /** What one run of a job works with. */
  public static final class Run {

    private final SparkSession spark;
    private final Lakehouse lake;
    private final JobContext ctx;
    private final StepTimes steps = new StepTimes();
    private final List<Dataset<Row>> cached = new ArrayList<>();
    private final List<List<Dataset<Row>>> heldByCallers = new ArrayList<>();
    private final long startNanos = System.nanoTime();

    Run(SparkSession spark, JobContext ctx) {
      this.spark = spark;
      this.ctx = ctx;
      this.lake = new Lakehouse(spark, ctx.config());
    }

    public SparkSession spark() {
      return spark;
    }

    public Lakehouse lake() {
      return lake;
    }

    public CxConfig config() {
      return ctx.config();
    }

    public LocalDate day() {
      return ctx.runDate();
    }

    /** Runs {@code work} as the named step: timed, and its Spark jobs described as {@code <job group>: <step>}. */
    public <T> T step(String name, Supplier<T> work) {
      return steps.time(name, work);
    }

    public void step(String name, Runnable work) {
      steps.time(name, work);
    }

    /** Persists {@code ds} (memory, spilling to disk) until the run ends. */
    public Dataset<Row> cache(Dataset<Row> ds) {
      Dataset<Row> persisted = ds.persist(StorageLevel.MEMORY_AND_DISK());
      cached.add(persisted);
      return persisted;
    }

    /** Releases, once the run ends, what a step persisted itself into {@code persisted} (also what it adds later). */
    public void releaseAtEnd(List<Dataset<Row>> persisted) {
      heldByCallers.add(persisted);
    }

    /** Milliseconds since the run started: the duration its run_summary rows carry. */
    public long elapsedMs() {
      return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private void release() {
      cached.forEach(Dataset::unpersist);
      cached.clear();
      heldByCallers.forEach(held -> held.forEach(Dataset::unpersist));
      heldByCallers.clear();
    }
  }

  /** What a run did: its run_summary entries, its one-line result, and the failure that ends it, if any. */
  public record Outcome(List<RunSummary.Entry> entries, String message, RuntimeException failure) {

    public static Outcome ok(String message, List<RunSummary.Entry> entries) {
      return new Outcome(entries, message, null);
    }

    /** The run's rows are recorded (so the night's run_summary says what happened), then {@code failure} ends it. */
    public static Outcome failed(RuntimeException failure, List<RunSummary.Entry> entries) {
      return new Outcome(entries, failure.getMessage(), failure);
    }
  }

  /** The job's work for {@code run.day()}; reads nothing after it and replaces what an earlier attempt wrote. */
  protected abstract Outcome execute(Run run);

  @Override
  public final String run(SparkSession spark, JobContext ctx) {
    Run run = new Run(spark, ctx);
    Outcome outcome;
    try {
      outcome = execute(run);
    } finally {
      run.release();
    }
    String steps = run.steps.toString();
    if (!steps.isEmpty()) {
      LOG.info("{} {}: {}", name(), ctx.runDate(), steps);
    }
    RunSummary.write(run.lake(), name(), ctx.runDate(), outcome.entries());
    if (outcome.failure() != null) {
      throw outcome.failure();
    }
    return outcome.message();
  }
}
