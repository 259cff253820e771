package io.cxlake.bench;

import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import io.cxlake.generate.GenerateCommand;
import io.cxlake.ingest.IngestJob;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.pipeline.NightlyJob;
import io.cxlake.pipeline.NightlyPipeline;
import io.cxlake.schema.Tables;
import io.cxlake.spark.SparkSessions;
import io.cxlake.text.TextEnrichmentJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * {@code cxlake bench --contacts 100000,300000,1000000}: the whole nightly chain ({@code conf/pipeline.json}) on
 * one generated night of each size, every job timed with its CPU and peak memory against its floor measured in
 * the same run: a bare Delta copy of the landing files for the ingest, a plain scan of the tables its plans read
 * for every other job. The text step is measured on its own smaller night ({@code --text-contacts}) against raw
 * single-thread CoreNLP on the same turns; on the large nights its output is transplanted (see
 * {@link TextTransplant}), so the chain is timed without text enrichment. Writes {@code results.md},
 * {@code results.csv} and {@code chain-time.svg} to the work folder after every scale.
 */
public final class ChainBenchmark {

  static final LocalDate DAY = LocalDate.parse("2026-11-22");
  private static final String SEED = "11";
  private static final String TEXT_SEED = "13";

  private final ChainArgs args;
  private final String command;
  private final SparkSession spark;
  private final TableReads reads;

  private ChainBenchmark(ChainArgs args, String command, SparkSession spark) {
    this.args = args;
    this.command = command;
    this.spark = spark;
    this.reads = TableReads.attach(spark);
  }

  public static int run(String[] argv) {
    ChainArgs a = ChainArgs.parse(argv);
    String opts = System.getenv("CXLAKE_JAVA_OPTS");
    String command = (opts == null ? "" : "CXLAKE_JAVA_OPTS=" + opts + " ") + "bin/cxlake bench " + String.join(" ", argv);
    try {
      IngestBenchmark.deleteTree(a.work());
      Files.createDirectories(a.work());
      SparkSession spark = SparkSessions.create("cxlake-bench", config(a, a.work()));
      try {
        new ChainBenchmark(a, command, spark).all();
        return 0;
      } finally {
        spark.stop();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void all() throws IOException {
    TextRun text = null;
    TextStep.Donors donors = null;
    if (args.textContacts() > 0) {
      Path dir = args.work().resolve("text-" + args.textContacts());
      generate(args.textContacts(), dir.resolve("gen"), TEXT_SEED);
      CxConfig c = config(args, dir);
      text = TextStep.measure(spark, reads, c, dir.resolve("gen"), DAY, args.textContacts());
      donors = new TextStep.Donors(new Lakehouse(spark, c), dir.resolve("gen/ground_truth/contact_scenarios.csv"));
      write(null, List.of(), text);
    }
    // the first night in a JVM loads classes and JIT-compiles every job's code: paid here once, reported on its
    // own, so that the scales' fixed and per-contact costs are a warm JVM's and comparable with each other
    ScaleRun warmUp = args.warmUpContacts() > 0 ? scale("warmup-", args.warmUpContacts(), donors) : null;
    List<ScaleRun> scales = new ArrayList<>();
    for (long n : args.scales()) {
      scales.add(scale("chain-", n, donors));
      write(warmUp, scales, text);
    }
  }

  private ScaleRun scale(String prefix, long contacts, TextStep.Donors donors) throws IOException {
    Path dir = args.work().resolve(prefix + contacts);
    double generate = generate(contacts, dir.resolve("gen"), SEED);
    CxConfig config = config(args, dir);
    Lakehouse lake = new Lakehouse(spark, config);
    JobContext ctx = new JobContext(config, DAY);
    List<JobRun> jobs = new ArrayList<>();
    for (NightlyPipeline.Step step : NightlyPipeline.steps()) {
      NightlyJob job = step.instantiate();
      if (job.name().equals(TextEnrichmentJob.NAME) && donors != null) {
        long rows = TextStep.substitute(spark, lake, donors, dir.resolve("gen/ground_truth/contact_scenarios.csv"), DAY);
        jobs.add(JobRun.substitute(job.name(), BenchReport.f("substituted, not timed: %,d contacts given the CoreNLP "
            + "output of a text-night contact with the same planted query type, mood and goal", rows)));
        continue;
      }
      System.out.printf("bench %,d: %s ...%n", contacts, job.name());
      JobMeasure.Measured m = JobMeasure.run(spark, reads, lake, job.name(), () -> job.run(spark, ctx));
      jobs.add(job.name().equals(IngestJob.NAME) ? ingestFloor(m, config, lake, dir) : JobMeasure.withScanFloor(
          job.name(), m, lake));
      System.out.printf("bench %,d: %s %.1f s%n", contacts, job.name(), m.wallSeconds());
    }
    return new ScaleRun(contacts, generate, jobs);
  }

  /** The ingest's floor: Spark's own readers copying the same landing files into Delta; rows = landed records. */
  private JobRun ingestFloor(JobMeasure.Measured m, CxConfig config, Lakehouse lake, Path dir) {
    double floor = IngestBenchmark.timed(() -> IngestBenchmark.bareCopy(spark, dir.resolve("gen/landing").toString(),
        dir.resolve("floor").toString(), List.of(DAY)));
    long landed = lake.read(Tables.RUN_SUMMARY).where("job = 'ingest'").selectExpr("sum(rows_read) AS landed").head().<Long>getAs("landed");
    return JobMeasure.of(IngestJob.NAME, m, landed, floor, "bare copy of the landing files into Delta");
  }

  private static double generate(long contacts, Path out, String seed) {
    long t0 = System.nanoTime();
    int rc = GenerateCommand.run(new String[] {"--contacts", String.valueOf(contacts), "--days", "1",
        "--start-date", DAY.toString(), "--seed", seed, "--out", out.toString()});
    if (rc != 0) {
      throw new IllegalStateException("the generator failed (exit " + rc + ") for " + out);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  static CxConfig config(ChainArgs a, Path dir) {
    Map<String, String> settings = new HashMap<>(a.overrides());
    settings.put("landing.root", dir.resolve("gen/landing").toString());
    settings.put("lake.root", dir.resolve("lake").toString());
    settings.put("reports.root", dir.resolve("reports").toString());
    return ConfigLoader.load("local", settings);
  }

  private void write(ScaleRun warmUp, List<ScaleRun> scales, TextRun text) throws IOException {
    int cores = spark.sparkContext().defaultParallelism();
    Files.writeString(args.work().resolve("results.md"), BenchReport.markdown(Machine.describe(spark), command, cores,
        Runtime.getRuntime().maxMemory(), warmUp, scales, text));
    Files.writeString(args.work().resolve("results.csv"), BenchCsv.of(scales, text));
    if (scales.size() >= 2) {
      Files.writeString(args.work().resolve("chain-time.svg"), ChainChart.svg(scales));
    }
  }
}
