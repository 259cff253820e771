package io.cxlake.bench;

import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import io.cxlake.generate.GenerateCommand;
import io.cxlake.ingest.IngestJob;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.spark.SparkSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code cxlake bench-ingest --contacts N}: generates one night of N contacts with the project's generator, then
 * measures in the same JVM (1) the floor: a bare Spark read of the same landing files written to Delta, and
 * (2) the ingest job. Prints a Markdown row for BENCHMARKS.md and writes it to {@code <work>/result.md}.
 */
public final class IngestBenchmark {

  private static final LocalDate DAY = LocalDate.parse("2026-11-22");

  private IngestBenchmark() {}

  public static int run(String[] args) {
    BenchArgs a = BenchArgs.parse("bench-ingest", args, 100_000);
    try {
      return measure(a.contacts(), a.work(), a.overrides());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  private static int measure(long contacts, Path work, Map<String, String> overrides) throws IOException {
    deleteTree(work);
    long g0 = System.nanoTime();
    int rc = GenerateCommand.run(new String[] {"--contacts", String.valueOf(contacts), "--days", "1",
        "--start-date", DAY.toString(), "--seed", "11", "--out", work.resolve("gen").toString()});
    if (rc != 0) {
      return rc;
    }
    double genSeconds = (System.nanoTime() - g0) / 1e9;
    String landing = work.resolve("gen/landing").toString();
    Map<String, String> settings = new java.util.HashMap<>(overrides);
    settings.putAll(Map.of("landing.root", landing, "lake.root", work.resolve("lake").toString()));
    CxConfig config = ConfigLoader.load("local", settings);
    SparkSession spark = SparkSessions.create("cxlake-bench-ingest", config);
    try {
      List<LocalDate> days = List.of(DAY, DAY.plusDays(1)); // the generator lands late rows a day later
      double floor = timed(() -> bareCopy(spark, landing, work.resolve("floor").toString(), days));
      double ingest = timed(() -> days.forEach(d -> new IngestJob().run(spark, new JobContext(config, d))));
      long rows = spark.read().format("delta").load(work.resolve("lake/run_summary").toString())
          .selectExpr("sum(rows_read) AS landed").head().<Long>getAs("landed");
      String line = String.format("| %,d | %,d | %.1f | %.1f | %.2f | %,.0f | %s | %.0f |", contacts, rows, floor,
          ingest, ingest / floor, rows / ingest, peakMemory(), genSeconds);
      System.out.println("| contacts | landed rows | floor s | ingest s | ratio | rows/s | peak heap / RSS | generate s |");
      System.out.println(line);
      Files.writeString(work.resolve("result.md"), line + "\n");
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** The floor: Spark's own CSV/JSON readers straight into Delta, no validation, no lineage, no MERGE. */
  static void bareCopy(SparkSession spark, String landing, String out, List<LocalDate> days) {
    for (var feed : SchemaCatalog.get().feeds()) {
      for (LocalDate d : days) {
        Path dir = Path.of(landing, feed.feed(), "dt=" + d);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        boolean csv = listNames(dir).stream().anyMatch(n -> n.contains(".csv"));
        Dataset<Row> df = csv ? spark.read().option("header", "true").csv(dir.toString())
            : spark.read().json(dir.toString());
        df.write().format("delta").mode("append").save(out + "/" + feed.feed());
      }
    }
  }

  private static List<String> listNames(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static double timed(Runnable r) {
    long t = System.nanoTime();
    r.run();
    return (System.nanoTime() - t) / 1e9;
  }

  /** Peak JVM heap (sum of pool peaks) and peak resident set size of the process. */
  static String peakMemory() {
    long rss = Memory.peakRssBytes();
    return String.format("%.1f GB / %s", Memory.peakHeapBytes() / 1024.0 / 1024 / 1024,
        rss < 0 ? "n/a" : String.format("%.1f GB", rss / 1024.0 / 1024 / 1024));
  }

  /** Starts a new peak (see {@link Memory#resetPeaks}). */
  static void resetPeakMemory() {
    Memory.resetPeaks();
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
