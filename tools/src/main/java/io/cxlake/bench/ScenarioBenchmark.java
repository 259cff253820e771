package io.cxlake.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import io.cxlake.generate.GenerateCommand;
import io.cxlake.ingest.IngestJob;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.scenario.ScenarioJob;
import io.cxlake.score.ScoreJob;
import io.cxlake.schema.Tables;
import io.cxlake.spark.SparkSessions;
import io.cxlake.text.TextEnrichmentJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code cxlake bench-scenarios --contacts N}: the scenario job over a 28-day window of N contacts, then the scores
 * job on it. A night of generated contacts (at most 20,000) goes through the real ingest and text jobs; its silver
 * contacts, turns and texts are then copied, with new ids and spread over the window's days, up to N. The fit
 * sample per family is bounded (scenarios.fit-sample), so copies cost what real contacts would in assignment,
 * volumes and writes. The scores job scores the answered contacts of scores.lookback-days (set it to 28 with
 * {@code --set scores.lookback-days=28} to score the whole window); no tolerance profile exists, so waits are
 * judged against scores.wait-targets.
 */
public final class ScenarioBenchmark {

  private static final LocalDate DAY = LocalDate.parse("2026-11-22");
  private static final long MAX_GENERATED = 20_000;
  private static final int WINDOW_DAYS = 28;

  private ScenarioBenchmark() {}

  public static int run(String[] args) {
    BenchArgs a = BenchArgs.parse("bench-scenarios", args, 200_000);
    try {
      IngestBenchmark.deleteTree(a.work());
      return measure(a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int measure(BenchArgs a) throws IOException {
    long generated = Math.min(a.contacts(), MAX_GENERATED);
    int rc = GenerateCommand.run(new String[] {"--contacts", String.valueOf(generated), "--days", "1",
        "--start-date", DAY.toString(), "--seed", "17", "--out", a.work().resolve("gen").toString()});
    if (rc != 0) {
      return rc;
    }
    Map<String, String> settings = new HashMap<>(a.overrides());
    settings.put("lake.root", a.work().resolve("lake").toString());
    settings.put("landing.root", a.work().resolve("gen/landing").toString());
    settings.put("ingest.compaction", "false");
    CxConfig config = ConfigLoader.load("local", settings);
    SparkSession spark = SparkSessions.create("cxlake-bench-scenarios", config);
    try {
      Lakehouse lake = new Lakehouse(spark, config);
      JobContext night = new JobContext(config, DAY);
      double prepare = IngestBenchmark.timed(() -> {
        new IngestJob().run(spark, night);
        new TextEnrichmentJob().run(spark, night);
      });
      long copies = (a.contacts() + generated - 1) / generated;
      copy(lake, "silver_contacts", "contact_date", copies);
      copy(lake, Tables.CONTACT_TEXT, "contact_date", copies);
      copy(lake, "silver_turns", "turn_date", copies);
      long window = lake.read("silver_contacts").count();
      String[] summary = new String[1];
      double job = IngestBenchmark.timed(() -> summary[0] = new ScenarioJob().run(spark, night));
      String scenarioMemory = IngestBenchmark.peakMemory();
      String[] scored = new String[1];
      double scores = IngestBenchmark.timed(() -> scored[0] = new ScoreJob().run(spark, night));
      long scoredContacts = lake.read(Tables.CONTACT_SCORE).count();
      String report = String.format("| scenario job | %,d contacts in the window (%,d generated, ingest + text %.0f s) "
          + "| %.1f s | %.0f contacts/s | %s |%n%s%n| scores job | %,d answered contacts scored | %.1f s "
          + "| %.0f contacts/s | %s |%n%s%n", window, generated, prepare, job, window / job, scenarioMemory, summary[0],
          scoredContacts, scores, scoredContacts / scores, IngestBenchmark.peakMemory(), scored[0]);
      System.out.print(report);
      Files.writeString(a.work().resolve("result.md"), report);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /**
   * Appends copies 1..n-1 of the night's rows with new contact (and customer) ids, spread over the window's days
   * with their times moved along, so that each copy is a night of other customers (a customer copied onto every
   * day would make the repeat-contact join quadratic, which real nights are not).
   */
  private static void copy(Lakehouse lake, String table, String dateColumn, long copies) {
    Dataset<Row> night = lake.read(table).localCheckpoint();
    List<String> times = java.util.Arrays.stream(night.schema().fields())
        .filter(f -> f.dataType() instanceof org.apache.spark.sql.types.TimestampType).map(f -> f.name()).toList();
    for (long i = 1; i < copies; i++) {
      int shift = (int) (i % WINDOW_DAYS);
      Dataset<Row> c = night.withColumn("contact_id", concat(col("contact_id"), lit("-" + i)))
          .withColumn(dateColumn, date_sub(col(dateColumn), shift));
      for (String t : times) {
        c = c.withColumn(t, col(t).minus(expr("make_interval(0, 0, 0, " + shift + ")")));
      }
      if (java.util.Arrays.asList(night.columns()).contains("customer_key")) {
        c = c.withColumn("customer_key", concat(col("customer_key"), lit("-" + i)));
      }
      lake.append(table, c);
    }
  }
}
