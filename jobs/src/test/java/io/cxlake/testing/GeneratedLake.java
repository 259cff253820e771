package io.cxlake.testing;

import static org.apache.spark.sql.functions.col;

import io.cxlake.config.CxConfig;
import io.cxlake.generate.GeneratorOptions;
import io.cxlake.generate.SyntheticGenerator;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.scenario.ScenarioJob;
import io.cxlake.text.TextEnrichmentJob;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Four generated days (4,800 contacts, seed 11) through the text job, then the scenario job on nights 3 and 4:
 * built once per test JVM and shared by the scenario and score tests, because the text and clustering steps are
 * the slow part of both. The ingest is tested elsewhere: generated rows go straight to silver.
 */
public final class GeneratedLake {

  public static final LocalDate DAY1 = LocalDate.parse("2026-11-16");
  public static final LocalDate LAST = DAY1.plusDays(3);
  private static GeneratedLake instance;

  public final Path gen;
  public final CxConfig config;
  public final Lakehouse lake;

  private GeneratedLake(Path gen, CxConfig config, Lakehouse lake) {
    this.gen = gen;
    this.config = config;
    this.lake = lake;
  }

  /** The jobs {@link #build} runs itself (generated rows go straight to silver), and the reports' own fixture's. */
  private static final java.util.Set<String> NOT_LATER = java.util.Set.of(io.cxlake.ingest.IngestJob.NAME,
      io.cxlake.ops.QualityGateJob.NAME, TextEnrichmentJob.NAME, ScenarioJob.NAME, io.cxlake.report.ReportJob.NAME);

  /** The chain's other jobs, in conf/pipeline.json's order, the one the nightly run uses. */
  static java.util.List<io.cxlake.pipeline.NightlyPipeline.Step> later() {
    return io.cxlake.pipeline.NightlyPipeline.steps().stream().filter(s -> !NOT_LATER.contains(s.name())).toList();
  }

  private final java.util.Set<String> ran = new java.util.HashSet<>();

  /**
   * Runs the chain's later jobs on the last night, in the chain's order, up to and including {@code last}, each once
   * per test JVM: the tests that read their tables share one run, whichever test class comes first.
   */
  public synchronized void runThrough(String last) {
    for (var step : later()) {
      io.cxlake.pipeline.NightlyJob job = step.instantiate();
      if (ran.add(job.name())) {
        long t0 = System.nanoTime();
        String summary = job.run(SharedSpark.get(), new JobContext(config, LAST));
        System.out.printf("%s %s: %s (%.1f s)%n", job.name(), LAST, summary, (System.nanoTime() - t0) / 1e9);
      }
      if (job.name().equals(last)) {
        return;
      }
    }
    throw new IllegalArgumentException("no later job named " + last);
  }

  public static synchronized GeneratedLake get() {
    if (instance == null) {
      instance = build(SharedSpark.get());
    }
    return instance;
  }

  private static GeneratedLake build(SparkSession spark) {
    // -Dcxlake.test.generated-lake=DIR keeps the lake in DIR and reuses it when there (for working on one test)
    String keep = System.getProperty("cxlake.test.generated-lake");
    Path root = keep == null ? SharedSpark.tempDir("generated-lake") : Path.of(keep);
    Path gen = root.resolve("gen");
    CxConfig config = SharedSpark.config(gen.resolve("landing"), root.resolve("lake"),
        Map.of("scenarios.k-candidates", "8,10,12,15,18", "scores.lookback-days", "4", "scores.resolution-days", "2"));
    if (keep != null && java.nio.file.Files.isDirectory(root.resolve("lake/gold_contact_scenario"))) {
      return new GeneratedLake(gen, config, new Lakehouse(spark, config));
    }
    try {
      SyntheticGenerator.generate(GeneratorOptions.parse(new String[] {"--contacts", "4800", "--days", "4",
          "--start-date", DAY1.toString(), "--seed", "11", "--out", gen.toString()}));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Lakehouse lake = new Lakehouse(spark, config);
    Date last = Date.valueOf(LAST);
    lake.append("silver_contacts", SilverShortcut.contacts(spark.read().option("header", "true")
        .csv(gen.resolve("landing/contacts").toString()), LAST).where(col("contact_date").leq(last))
        .dropDuplicates("contact_id"));
    lake.append("silver_turns", SilverShortcut.turns(spark.read().json(gen.resolve("landing/turns").toString()), LAST)
        .dropDuplicates("contact_id", "turn_no"));
    lake.append("silver_qa_evaluations", SilverShortcut.qaEvaluations(spark.read().option("header", "true")
        .csv(gen.resolve("landing/qa_evaluations").toString()), LAST).where(col("evaluation_date").leq(last))
        .dropDuplicates("contact_id", "evaluator", "rubric_element"));
    new TextEnrichmentJob().run(spark, new JobContext(config, LAST));
    for (int night = 2; night < 4; night++) {
      long t0 = System.nanoTime();
      String summary = new ScenarioJob().run(spark, new JobContext(config, DAY1.plusDays(night)));
      System.out.printf("scenarios night %d: %s (%.1f s)%n", night + 1, summary, (System.nanoTime() - t0) / 1e9);
    }
    return new GeneratedLake(gen, config, lake);
  }
}
