package io.cxlake.ingest;

import io.cxlake.cli.JobMain;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.pipeline.NightlyJob;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.FeedSchema;
import io.cxlake.schema.SchemaCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/**
 * Nightly job 1: loads every feed landed for the run date into bronze, silver and quarantine, checks that
 * every record read is accounted for, and records the counts in run_summary.
 */
public final class IngestJob implements NightlyJob {

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
  public String run(SparkSession spark, JobContext ctx) {
    Lakehouse lake = new Lakehouse(spark, ctx.config());
    IngestSettings settings = IngestSettings.from(ctx.config());
    SchemaCatalog.tableNames().forEach(lake::ensure);
    List<RunSummary.Entry> entries = loadFeeds(lake, settings, ctx);
    RunSummary.write(lake, NAME, ctx.runDate(), entries);
    List<RunSummary.Entry> broken = entries.stream().filter(e -> !e.conserved()).toList();
    if (!broken.isEmpty()) {
      throw new IllegalStateException("row conservation failed (read != written + duplicates + quarantined): "
          + broken.stream().map(RunSummary.Entry::describe).collect(Collectors.joining("; ")));
    }
    return entries.stream().map(RunSummary.Entry::describe).collect(Collectors.joining("; "));
  }

  /** Loads the feeds concurrently (each writes its own tables and quarantine partition); results in feed order. */
  private static List<RunSummary.Entry> loadFeeds(Lakehouse lake, IngestSettings settings, JobContext ctx) {
    ExecutorService pool = Executors.newFixedThreadPool(settings.parallelFeeds());
    try {
      List<Future<RunSummary.Entry>> running = new ArrayList<>();
      for (FeedSchema feed : SchemaCatalog.get().feeds()) {
        running.add(pool.submit(() -> new FeedIngest(lake, feed, ctx.runDate(), settings).run()));
      }
      List<RunSummary.Entry> entries = new ArrayList<>();
      for (Future<RunSummary.Entry> f : running) {
        entries.add(f.get());
      }
      return entries;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
