package io.cxlake.testing;

import io.cxlake.config.CxConfig;
import io.cxlake.generate.GeneratorOptions;
import io.cxlake.generate.SyntheticGenerator;
import io.cxlake.lake.Lakehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Thirty generated days (12,000 contacts, 4,000 customers, planted churners and need sequences) for the needs and
 * churn tests. The upstream tables those jobs read are filled from the generator's ground truth (query type,
 * mood and goal per contact), so the tests measure the needs and churn logic itself, not the text and clustering
 * errors before it (those jobs are tested end to end on {@link GeneratedLake}). Two lakes: {@link #full} with all
 * thirty days, and {@link #upTo} holding only the days up to {@link #AS_OF}, for the no-future-information test.
 */
public final class PlantedHistory {

  public static final LocalDate DAY1 = LocalDate.parse("2026-10-19");
  public static final LocalDate LAST = DAY1.plusDays(29);
  /** The as-of date the tests score on: six days of "future" follow it in the full lake. */
  public static final LocalDate AS_OF = LAST.minusDays(6);
  private static PlantedHistory instance;

  public final Path gen;
  public final CxConfig full;
  public final CxConfig upTo;

  private PlantedHistory(Path gen, CxConfig full, CxConfig upTo) {
    this.gen = gen;
    this.full = full;
    this.upTo = upTo;
  }

  public static synchronized PlantedHistory get() {
    if (instance == null) {
      instance = build(SharedSpark.get());
    }
    return instance;
  }

  /** The settings the tests use: a 4-day churn horizon on 2-day steps, so 30 days hold a train and a test split. */
  public static Map<String, String> settings() {
    Map<String, String> m = new HashMap<>();
    m.put("churn.feature-days", "14");
    m.put("churn.horizon-days", "4");
    m.put("churn.train-snapshots", "4");
    m.put("churn.snapshot-step-days", "2");
    m.put("churn.high-band", "0.10"); // a 4-day horizon: risks are a seventh of a month's
    m.put("churn.medium-band", "0.03");
    m.put("needs.window-days", "28");
    m.put("needs.follow-days", "14");
    return m;
  }

  private final java.util.Set<String> ran = new java.util.HashSet<>();

  /**
   * Runs the job on the full lake as of {@link #AS_OF} once per test JVM: the needs, churn and no-future tests read
   * the same night.
   */
  public synchronized void runOnFull(io.cxlake.pipeline.NightlyJob job) {
    if (ran.add(job.name())) {
      long t0 = System.nanoTime();
      String summary = job.run(SharedSpark.get(), new io.cxlake.pipeline.JobContext(full, AS_OF));
      System.out.printf("%s as of %s: %s (%.1f s)%n", job.name(), AS_OF, summary, (System.nanoTime() - t0) / 1e9);
    }
  }

  private static PlantedHistory build(SparkSession spark) {
    Path root = SharedSpark.tempDir("planted-history");
    Path gen = root.resolve("gen");
    try {
      SyntheticGenerator.generate(GeneratorOptions.parse(new String[] {"--contacts", "12000", "--days", "30",
          "--start-date", DAY1.toString(), "--seed", "5", "--late-share", "0", "--out", gen.toString()}));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CxConfig full = SharedSpark.config(gen.resolve("landing"), root.resolve("lake-full"), settings());
    CxConfig upTo = SharedSpark.config(gen.resolve("landing"), root.resolve("lake-upto"), settings());
    TruthUpstream.write(spark, gen, new Lakehouse(spark, full), DAY1, LAST);
    TruthUpstream.write(spark, gen, new Lakehouse(spark, upTo), DAY1, AS_OF);
    return new PlantedHistory(gen, full, upTo);
  }
}
