package io.cxlake.bench;

import io.cxlake.testing.PlantedPatienceContacts;
import io.cxlake.testing.PlantedPatienceContacts.Region;
import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.Tables;
import io.cxlake.spark.SparkSessions;
import io.cxlake.tolerance.WaitToleranceJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code cxlake bench-tolerance --contacts N}: writes N silver contacts with planted patience over 28 days (six
 * regions, exponential and Weibull), then measures in the same JVM (1) the floor: a bare scan of the silver
 * contacts, and (2) the wait-tolerance job. Prints a Markdown row and the worst error of the regional medians.
 */
public final class ToleranceBenchmark {

  private static final LocalDate DAY = LocalDate.parse("2026-11-22");

  private ToleranceBenchmark() {}

  public static int run(String[] args) {
    BenchArgs a = BenchArgs.parse("bench-tolerance", args, 100_000);
    try {
      IngestBenchmark.deleteTree(a.work());
      return measure(a.contacts(), a.work(), a.overrides());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /** Six regions: medians 55-240 s, exponential and Weibull (shape 2 and 1.5), mis-dials and e-mails. */
  static List<Region> regions(long contacts) {
    long each = contacts / 6;
    return List.of(new Region("Taipei", 70, 2.0, 60, each, 0.05, 0.03),
        new Region("Taichung", 85, 1.5, 70, each, 0.05, 0.03),
        new Region("Kaohsiung", 95, 2.0, 80, each, 0.05, 0.03),
        new Region("Shanghai", 55, 1.5, 50, each, 0.05, 0.03),
        new Region("Kuala Lumpur", 240, 1.0, 200, each, 0.05, 0.0),
        new Region("Singapore", 120, 2.0, 100, contacts - 5 * each, 0.05, 0.03));
  }

  /** The listener bus is asynchronous: give it time to deliver the last job's end. */
  private static void settle() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int measure(long contacts, Path work, Map<String, String> overrides) throws IOException {
    Map<String, String> settings = new java.util.HashMap<>(overrides);
    settings.put("lake.root", work.resolve("lake").toString());
    CxConfig config = ConfigLoader.load("local", settings);
    SparkSession spark = SparkSessions.create("cxlake-bench-tolerance", config);
    try {
      Lakehouse lake = new Lakehouse(spark, config);
      long s0 = System.nanoTime();
      lake.append("silver_contacts", PlantedPatienceContacts.contacts(spark, regions(contacts), DAY, 28, 17));
      double setup = (System.nanoTime() - s0) / 1e9;
      double scan = IngestBenchmark.timed(() -> lake.read("silver_contacts").write().format("noop").mode("overwrite").save());
      JobTimes jobs = JobTimes.attach(spark);
      settle();
      jobs.drain();
      double job = IngestBenchmark.timed(() -> new WaitToleranceJob().run(spark, new JobContext(config, DAY)));
      settle();
      jobs.drain().forEach(System.out::println);
      double worst = 0;
      List<String> errors = new ArrayList<>();
      for (Row r : lake.read(Tables.REGION_WAIT_TOLERANCE).where("level = 'region'")
          .select("region", "median_patience_seconds").collectAsList()) {
        double planted = regions(contacts).stream().filter(g -> g.name().equals(r.<String>getAs("region"))).findFirst()
            .orElseThrow().medianPatienceSeconds();
        double err = Math.abs(r.<Double>getAs("median_patience_seconds") - planted) / planted;
        worst = Math.max(worst, err);
        errors.add(String.format("%s %.1f%%", r.<String>getAs("region"), 100 * err));
      }
      String line = String.format("| %,d | %.1f | %.1f | %.1f | %.2f | %s | %.1f %% |", contacts, setup, scan, job,
          job / scan, IngestBenchmark.peakMemory(), 100 * worst);
      System.out.println("median errors: " + String.join(", ", errors));
      System.out.println("| contacts | write silver s | scan s | tolerance s | ratio | peak heap / RSS | worst median error |");
      System.out.println(line);
      Files.createDirectories(work);
      Files.writeString(work.resolve("result.md"), line + "\n");
      return 0;
    } finally {
      spark.stop();
    }
  }
}
