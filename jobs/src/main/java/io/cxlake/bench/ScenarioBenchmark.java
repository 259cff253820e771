package io.cxlake.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.lit;

import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import io.cxlake.generate.GenerateCommand;
import io.cxlake.ingest.IngestJob;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.scenario.ScenarioJob;
import io.cxlake.schema.Tables;
import io.cxlake.spark.SparkSessions;
import io.cxlake.text.TextEnrichmentJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code cxlake bench-scenarios --contacts N}: the scenario job over a 28-day window of N contacts. A night of
 * generated contacts (at most 20,000) goes through the real ingest and text jobs; its silver contacts and texts
 * are then copied, with new ids and spread over the window's days, up to N. The fit sample per family is bounded
 * (scenarios.fit-sample), so copies cost what real contacts would in assignment, volumes and writes.
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
      copy(lake, "silver_contacts", copies);
      copy(lake, Tables.CONTACT_TEXT, copies);
      long window = lake.read("silver_contacts").count();
      String[] summary = new String[1];
      double job = IngestBenchmark.timed(() -> summary[0] = new ScenarioJob().run(spark, night));
      String report = String.format("| scenario job | %,d contacts in the window (%,d generated, ingest + text %.0f s) "
          + "| %.1f s | %.0f contacts/s | %s |%n%s%n", window, generated, prepare, job, window / job,
          IngestBenchmark.peakMemory(), summary[0]);
      System.out.print(report);
      Files.writeString(a.work().resolve("result.md"), report);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Appends copies 1..n-1 of the night's rows with new contact ids, spread over the window's days. */
  private static void copy(Lakehouse lake, String table, long copies) {
    Dataset<Row> night = lake.read(table).localCheckpoint();
    for (long i = 1; i < copies; i++) {
      lake.append(table, night.withColumn("contact_id", concat(col("contact_id"), lit("-" + i)))
          .withColumn("contact_date", date_sub(col("contact_date"), (int) (i % WINDOW_DAYS))));
    }
  }
}
