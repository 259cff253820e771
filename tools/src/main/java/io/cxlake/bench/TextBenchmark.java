package io.cxlake.bench;


import io.cxlake.testing.SilverShortcut;
import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import io.cxlake.generate.GenerateCommand;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.spark.SparkSessions;
import io.cxlake.text.NlpThroughput;
import io.cxlake.text.TextEnrichmentJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code cxlake bench-text --contacts N}: (1) sentences per second per core of the same customer turns through
 * plain single-thread CoreNLP and through the job's tokeniser inside Spark tasks, English and Chinese; (2) the
 * text job on a night of N generated contacts (turns written straight into silver_turns beforehand).
 */
public final class TextBenchmark {

  private static final LocalDate DAY = LocalDate.parse("2026-11-22");
  private static final int SAMPLE = 3000;
  private static final int ROUNDS = 3;

  private TextBenchmark() {}

  public static int run(String[] args) {
    BenchArgs a = BenchArgs.parse("bench-text", args, 20_000);
    try {
      IngestBenchmark.deleteTree(a.work());
      return measure(a.contacts(), a.work(), a.overrides());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  private static int measure(long contacts, Path work, Map<String, String> overrides) throws IOException {
    int rc = GenerateCommand.run(new String[] {"--contacts", String.valueOf(contacts), "--days", "1",
        "--start-date", DAY.toString(), "--seed", "13", "--out", work.resolve("gen").toString()});
    if (rc != 0) {
      return rc;
    }
    Map<String, String> settings = new java.util.HashMap<>(overrides);
    settings.put("lake.root", work.resolve("lake").toString());
    CxConfig config = ConfigLoader.load("local", settings);
    SparkSession spark = SparkSessions.create("cxlake-bench-text", config);
    try {
      Lakehouse lake = new Lakehouse(spark, config);
      Dataset<Row> landed = spark.read().json(work.resolve("gen/landing/turns").toString());
      lake.append("silver_turns", SilverShortcut.turns(landed, DAY));
      StringBuilder report = new StringBuilder("| language | texts | raw CoreNLP, 1 thread, sentences/s | in Spark, "
          + "1 task, sentences/s | overhead | in Spark, all cores, sentences/s |\n");
      for (String language : List.of("en", "zh-Hans")) {
        report.append(throughput(spark, lake, language)).append('\n');
      }
      double job = IngestBenchmark.timed(() -> new TextEnrichmentJob().run(spark, new JobContext(config, DAY)));
      long enriched = lake.read("silver_contact_text").count();
      report.append(String.format("| text job | %,d contacts with turns | %.1f s | %.1f contacts/s | %s |%n", enriched, job,
          enriched / job, IngestBenchmark.peakMemory()));
      System.out.print(report);
      Files.writeString(work.resolve("result.md"), report.toString());
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static NlpThroughput.Rate faster(NlpThroughput.Rate best, NlpThroughput.Rate r) {
    return best == null || r.perSecond() > best.perSecond() ? r : best;
  }

  private static String throughput(SparkSession spark, Lakehouse lake, String language) {
    List<String> texts = NlpThroughput.take(lake.read("silver_turns").where("speaker = 'customer'").select("text")
        .as(Encoders.STRING()).toLocalIterator(), language, SAMPLE);
    NlpThroughput.warmUp(language);
    NlpThroughput.raw(texts.subList(0, Math.min(300, texts.size())), language); // JIT warm-up
    int cores = spark.sparkContext().defaultParallelism();
    Dataset<String> ds = spark.createDataset(texts, Encoders.STRING());
    NlpThroughput.inSpark(ds, language, cores); // warm-up of the tasks' code paths
    // raw and one-task runs interleaved, the best of each kept: single runs of a few seconds on 2 cores
    // differ by +-15 % (JIT, GC), and one task against one thread keeps the conditions the same
    NlpThroughput.Rate raw = null;
    NlpThroughput.Rate oneTask = null;
    for (int round = 0; round < ROUNDS; round++) {
      raw = faster(raw, NlpThroughput.raw(texts, language));
      oneTask = faster(oneTask, NlpThroughput.inSpark(ds, language, 1));
    }
    NlpThroughput.Rate allCores = NlpThroughput.inSpark(ds, language, cores);
    return String.format("| %s | %,d turns, %,d sentences | %.0f | %.0f | %.1f %% | %.0f on %d cores (%.0f per core) |",
        language, texts.size(), raw.sentences(), raw.perSecond(), oneTask.perSecond(),
        100 * (raw.perSecond() / oneTask.perSecond() - 1), allCores.perSecond(), cores, allCores.perSecond() / cores);
  }
}
