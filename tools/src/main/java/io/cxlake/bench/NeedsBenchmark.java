package io.cxlake.bench;

import io.cxlake.testing.TruthUpstream;
import io.cxlake.churn.ChurnJob;
import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import io.cxlake.generate.GenerateCommand;
import io.cxlake.lake.Lakehouse;
import io.cxlake.need.LatentNeedJob;
import io.cxlake.pipeline.JobContext;
import io.cxlake.pipeline.NightlyJob;
import io.cxlake.schema.Tables;
import io.cxlake.spark.SparkSessions;
import io.cxlake.strain.AgentStrainJob;
import io.cxlake.tolerance.WaitToleranceJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * {@code cxlake bench-needs --contacts N}: the latent-need, churn and agent-strain jobs on N generated contacts
 * over {@value #DAYS} days (about N/3 customers, with the generator's planted churners and need sequences). The
 * upstream tables come from the generator's ground truth ({@link TruthUpstream}), as in the tests, so that a
 * million contacts need no million CoreNLP runs; the real tolerance job runs first so that churn judges
 * abandonment against measured patience. Each job is timed on its own, with its own peak heap and RSS.
 */
public final class NeedsBenchmark {

  static final int DAYS = 56;
  private static final LocalDate FIRST = LocalDate.parse("2026-09-28");
  private static final LocalDate LAST = FIRST.plusDays(DAYS - 1);

  private NeedsBenchmark() {}

  public static int run(String[] args) {
    BenchArgs a = BenchArgs.parse("bench-needs", args, 100_000);
    try {
      IngestBenchmark.deleteTree(a.work());
      return measure(a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int measure(BenchArgs a) throws IOException {
    Path gen = a.work().resolve("gen");
    double generate = IngestBenchmark.timed(() -> {
      int rc = GenerateCommand.run(new String[] {"--contacts", String.valueOf(a.contacts()), "--days",
          String.valueOf(DAYS), "--start-date", FIRST.toString(), "--seed", "23", "--late-share", "0", "--out",
          gen.toString()});
      if (rc != 0) {
        throw new IllegalStateException("the generator failed with exit code " + rc);
      }
    });
    Map<String, String> settings = new HashMap<>(a.overrides());
    settings.put("lake.root", a.work().resolve("lake").toString());
    settings.put("landing.root", gen.resolve("landing").toString());
    CxConfig config = ConfigLoader.load("local", settings);
    SparkSession spark = SparkSessions.create("cxlake-bench-needs", config);
    try {
      Lakehouse lake = new Lakehouse(spark, config);
      JobContext night = new JobContext(config, LAST);
      double prepare = IngestBenchmark.timed(() -> {
        TruthUpstream.write(spark, gen, lake, FIRST, LAST);
        new WaitToleranceJob().run(spark, night);
      });
      long contacts = lake.read("silver_contacts").count();
      long customers = lake.read("silver_contacts").select("customer_key").distinct().count();
      StringBuilder report = new StringBuilder(String.format(
          "%,d contacts, %,d customers over %d days to %s (generate %.0f s, upstream from truth + tolerance %.0f s)%n"
              + "| job | wall time | contacts/s (2 cores) | peak heap / RSS | summary |%n|---|---|---|---|---|%n",
          contacts, customers, DAYS, LAST, generate, prepare));
      for (NightlyJob job : new NightlyJob[] {new LatentNeedJob(), new ChurnJob(), new AgentStrainJob()}) {
        report.append(timeJob(spark, night, job, contacts));
      }
      report.append(String.format("rows: %,d pattern rows, %,d customer needs, %,d churn signals, %,d agent-weeks%n",
          lake.read(Tables.LATENT_NEED_PATTERN).count(), lake.read(Tables.CUSTOMER_LATENT_NEED).count(),
          lake.read(Tables.CHURN_SIGNAL).count(), lake.read(Tables.AGENT_STRAIN_SIGNAL).count()));
      System.out.print(report);
      Files.writeString(a.work().resolve("result.md"), report.toString());
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static String timeJob(SparkSession spark, JobContext night, NightlyJob job, long contacts) {
    IngestBenchmark.resetPeakMemory();
    String[] summary = new String[1];
    double seconds = IngestBenchmark.timed(() -> summary[0] = job.run(spark, night));
    return String.format("| %s | %.1f s | %.0f | %s | %s |%n", job.name(), seconds, contacts / seconds,
        IngestBenchmark.peakMemory(), summary[0]);
  }
}
