package io.cxlake.ingest;

import io.cxlake.pipeline.JobMain;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.LakeJob;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.SchemaCatalog;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import io.cxlake.schema.Tables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Nightly job 1: loads every feed landed for the run date into bronze, silver and quarantine, checks that
 * every record read is accounted for, and records the counts in run_summary.
 */
public final class IngestJob extends LakeJob {

  public static final String NAME = "ingest";
  /** Quarantine reason of the record marking where a landing file could not be read on (the quality gate stops on it). */
  public static final String CORRUPT_FILE_REASON = "corrupt_file";

  public static void main(String[] args) {
    JobMain.exit(JobMain.runOne(new IngestJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void validate(io.cxlake.config.CxConfig config) {
    IngestSettings.from(config);
  }

  @Override
  protected Outcome execute(Run run) {
    Lakehouse lake = run.lake();
    IngestSettings settings = IngestSettings.from(run.config());
    requireFeeds(run.spark().sparkContext().hadoopConfiguration(), settings, run.day());
    lake.ensureAll(SchemaCatalog.tableNames());
    List<RunSummary.Entry> entries = withoutConstraintPropagation(run.spark(),
        () -> loadFeeds(lake, settings, run.day()));
    List<RunSummary.Entry> broken = entries.stream().filter(e -> !e.conserved()).toList();
    if (!broken.isEmpty()) {
      return Outcome.failed(new IllegalStateException("row conservation failed (read != written + duplicates + "
          + "quarantined): " + broken.stream().map(RunSummary.Entry::describe).collect(Collectors.joining("; "))),
          entries);
    }
    return Outcome.ok(entries.stream().map(RunSummary.Entry::describe).collect(Collectors.joining("; ")), entries);
  }

  static final String CONSTRAINT_PROPAGATION = "spark.sql.constraintPropagation.enabled";

  /**
   * Runs the load with Spark's constraint propagation off, then restores the session's setting. Inferring filters from
   * every alias of the wide validated, typed, masked and hashed rows grows combinatorially: planning the contacts
   * feed's classification spent about 10 s of a small night's ingest in InferFiltersFromConstraints alone
   * (BENCHMARKS.md, issue #24). The rule adds no filter these plans need; the later jobs keep it.
   */
  static <T> T withoutConstraintPropagation(org.apache.spark.sql.SparkSession spark,
                                            java.util.function.Supplier<T> load) {
    String before = spark.conf().get(CONSTRAINT_PROPAGATION, "true");
    spark.conf().set(CONSTRAINT_PROPAGATION, "false");
    try {
      return load.get();
    } finally {
      spark.conf().set(CONSTRAINT_PROPAGATION, before);
    }
  }

  /** Fails before any feed loads when a required feed has no landing files: a half-loaded night helps nobody. */
  static void requireFeeds(org.apache.hadoop.conf.Configuration hadoop, IngestSettings settings, LocalDate runDate) {
    List<String> missing = SchemaCatalog.get().feeds().stream().map(f -> f.feed())
        .filter(settings.requiredFeeds()::contains)
        .filter(f -> LandingFiles.list(hadoop, settings.landingRoot(), f, runDate).isEmpty()).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(missing.stream().map(f -> "no landing files for required feed '" + f
          + "' under " + LandingFiles.folder(settings.landingRoot(), f, runDate)).collect(Collectors.joining("; "))
          + "; nothing was loaded (land the files, or drop the feed from ingest.required-feeds)");
    }
  }

  /**
   * Loads the feeds concurrently (each writes its own bronze and silver tables), then writes every feed's rejected
   * rows to the quarantine in one commit; results in feed order.
   */
  private static List<RunSummary.Entry> loadFeeds(Lakehouse lake, IngestSettings settings, LocalDate runDate) {
    ExecutorService pool = Executors.newFixedThreadPool(settings.parallelFeeds());
    List<FeedIngest> feeds = SchemaCatalog.get().feeds().stream()
        .map(feed -> new FeedIngest(lake, settings.contract(feed), runDate, settings)).toList();
    try {
      List<Future<RunSummary.Entry>> running = new ArrayList<>();
      for (FeedIngest feed : feeds) {
        running.add(pool.submit(feed::run));
      }
      List<RunSummary.Entry> entries = new ArrayList<>();
      for (Future<RunSummary.Entry> f : running) {
        entries.add(f.get());
      }
      writeQuarantine(lake, feeds, entries, runDate);
      return entries;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } finally {
      pool.shutdownNow();
      feeds.forEach(FeedIngest::release);
    }
  }

  /**
   * Replaces the run date's quarantine partitions with this run's rejected rows of every feed, in one commit (the
   * feeds' own replaces were five commits racing on one table). Skipped when nothing was rejected and no earlier
   * attempt of the night could have left rows. The commit's row count must equal what the feeds counted.
   */
  private static void writeQuarantine(Lakehouse lake, List<FeedIngest> feeds, List<RunSummary.Entry> entries,
                                      LocalDate runDate) {
    List<Dataset<Row>> rejected = feeds.stream().map(FeedIngest::rejected).filter(Objects::nonNull).toList();
    if (rejected.isEmpty() && feeds.stream().noneMatch(FeedIngest::reRun)) {
      return;
    }
    Dataset<Row> rows = rejected.isEmpty()
        ? lake.spark().createDataFrame(List.of(), SchemaCatalog.get().table(Tables.QUARANTINE).structType())
        : rejected.stream().reduce(Dataset::unionByName).orElseThrow().coalesce(1); // rejects are few: one file
    lake.replace(Tables.QUARANTINE, rows, "run_date = " + Lakehouse.sqlDate(runDate));
    long expected = entries.stream().mapToLong(RunSummary.Entry::quarantined).sum();
    long landed = rejected.isEmpty() ? 0 : lake.lastWrittenRows(Tables.QUARANTINE);
    if (landed != expected) {
      throw new IllegalStateException("quarantine: wrote " + landed + " rows but the feeds rejected " + expected
          + "; the classification was not deterministic");
    }
  }
}
