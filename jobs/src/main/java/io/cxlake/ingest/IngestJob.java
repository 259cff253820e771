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
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/**
 * Nightly job 1: loads every feed landed for the run date into bronze, silver and quarantine, checks that
 * every record read is accounted for, and records the counts in run_summary.
 */
public final class IngestJob implements NightlyJob {

  public static final String NAME = "ingest";

  public static void main(String[] args) {
    System.exit(JobMain.runOne(new IngestJob(), args));
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
    List<RunSummary.Entry> entries = new ArrayList<>();
    for (FeedSchema feed : SchemaCatalog.get().feeds()) {
      entries.add(new FeedIngest(lake, feed, ctx.runDate(), settings).run());
    }
    RunSummary.write(lake, NAME, ctx.runDate(), entries);
    List<RunSummary.Entry> broken = entries.stream().filter(e -> !e.conserved()).toList();
    if (!broken.isEmpty()) {
      throw new IllegalStateException("row conservation failed (read != written + duplicates + quarantined): "
          + broken.stream().map(RunSummary.Entry::describe).collect(Collectors.joining("; ")));
    }
    return entries.stream().map(RunSummary.Entry::describe).collect(Collectors.joining("; "));
  }
}
