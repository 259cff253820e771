package io.cxlake.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.cxlake.bench.IngestBenchmark;
import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.Columns;
import io.cxlake.schema.FeedSchema;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.spark.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code cxlake bench-ingest-profile --landing DIR --date D [--work DIR]}: where the ingest's time goes, by expression
 * family (issue #27). Whole-stage code generation fuses the families into one stage, so Spark's own stage times
 * cannot split them; instead each feed's rows are evaluated with one more family at a time (a no-op sink forces
 * every column) and a family's cost is the difference to the run without it; the de-duplication, which runs
 * its own small jobs over the cached prepared rows, is charged its jobs and the no-op run of its result less a
 * no-op scan of the cache. Feeds run one after the other (the
 * job runs them concurrently), over bronze rows cached as the job caches them.
 */
public final class IngestProfile {

  /** The families in the order the job applies them; each step adds one to the rows of the step before. */
  static final List<String> FAMILIES = List.of("read and parse landing files", "bronze write (Delta, with its cache)",
      "scan of the cached bronze rows", "validation and typing", "HMAC pseudonymisation", "PII masking",
      "row hash (SHA-256 of the row's JSON)", "cache of the prepared rows",
      "de-duplication (narrow decision, join back)", "silver write (Delta)");

  private IngestProfile() {}

  public static int run(String[] args) {
    Map<String, String> a = options(args);
    Path work = Path.of(a.getOrDefault("--work", "target/bench-ingest-profile")).toAbsolutePath();
    LocalDate day = LocalDate.parse(a.get("--date"));
    CxConfig config = ConfigLoader.load("local", Map.of("landing.root", a.get("--landing"),
        "lake.root", work.resolve("lake").toString()));
    SparkSession spark = SparkSessions.create("cxlake-bench-ingest-profile", config);
    try {
      spark.conf().set(IngestJob.CONSTRAINT_PROPAGATION, "false"); // as the job runs
      Map<String, Double> seconds = new LinkedHashMap<>();
      FAMILIES.forEach(f -> seconds.put(f, 0.0));
      long rows = 0;
      IngestSettings settings = IngestSettings.from(config);
      for (FeedSchema feed : smallestFirst(spark, settings, day)) {
        rows += profileFeed(new Lakehouse(spark, config), settings, feed, day, seconds);
      }
      String table = table(seconds, rows);
      System.out.println(table);
      Files.writeString(work.resolve("profile.md"), table);
      return 0;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      spark.stop();
    }
  }

  /** The small feeds warm the JIT and Spark's code generation up before the big ones are measured. */
  private static List<FeedSchema> smallestFirst(SparkSession spark, IngestSettings settings, LocalDate day) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    return SchemaCatalog.get().feeds().stream().sorted(java.util.Comparator.comparingLong(f -> LandingFiles.list(
        hadoop, settings.landingRoot(), f.feed(), day).stream().mapToLong(LandingFile::size).sum())).toList();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!List.of("--landing", "--date", "--work").contains(args[i])) {
        throw new IllegalArgumentException("bench-ingest-profile takes --landing DIR --date YYYY-MM-DD [--work DIR],"
            + " got " + args[i]);
      }
      a.put(args[i], args[i + 1]);
    }
    if (!a.containsKey("--landing") || !a.containsKey("--date") || args.length % 2 != 0) {
      throw new IllegalArgumentException("bench-ingest-profile takes --landing DIR --date YYYY-MM-DD [--work DIR]");
    }
    return a;
  }

  /** Profiles one feed and returns the records it read; adds each family's seconds to {@code seconds}. */
  private static long profileFeed(Lakehouse lake, IngestSettings settings, FeedSchema declared, LocalDate day,
                                  Map<String, Double> seconds) {
    FeedSchema feed = settings.contract(declared);
    List<LandingFile> files = LandingFiles.list(lake.spark().sparkContext().hadoopConfiguration(),
        settings.landingRoot(), feed.feed(), day);
    if (files.isEmpty()) {
      return 0;
    }
    SparkSession spark = lake.spark();
    Dataset<Row> read = BronzeReader.read(spark, feed, files, settings.maxRecordLines());
    double parse = noop(read);
    int cores = spark.sparkContext().defaultParallelism();
    Dataset<Row> spread = FeedIngest.oneFileOutweighsACore(files, cores) ? read.repartition(
        FeedIngest.bronzePartitions(files, cores), col(Columns.SOURCE_FILE), col(Columns.SOURCE_LINE)) : read;
    Dataset<Row> bronze = Lakehouse.conform(spread
        .withColumn(Columns.LOAD_ID, lit("profile")).withColumn(Columns.RUN_DATE, lit(java.sql.Date.valueOf(day))),
        feed.bronzeTable()).persist(StorageLevel.MEMORY_AND_DISK());
    double bronzeWrite = IngestBenchmark.timed(() -> lake.replace(feed.bronzeTable(), bronze, Columns.RUN_DATE + " = "
        + Lakehouse.sqlDate(day)));
    List<Function<Dataset<Row>, Dataset<Row>>> steps = familySteps(feed, settings);
    List<Double> cumulative = new ArrayList<>();
    Dataset<Row> rows = bronze;
    cumulative.add(noop(rows));
    for (Function<Dataset<Row>, Dataset<Row>> step : steps) {
      rows = step.apply(rows);
      cumulative.add(noop(rows));
    }
    Dataset<Row> prepared = FeedIngest.rawOnlyOnRejected(rows).persist(StorageLevel.MEMORY_AND_DISK());
    // storing is what the count adds to computing the same rows (the last no-op run)
    double cache = Math.max(0, IngestBenchmark.timed(() -> prepared.count()) - cumulative.get(cumulative.size() - 1));
    Dataset<Row> valid = FeedIngest.valid(prepared);
    double scan = noop(valid);
    List<Dataset<Row>> kept = new ArrayList<>();
    Dataset<Row> existing = lake.read(feed.silverTable()).where(lit(false)); // a first load: silver holds no row
    List<String> key = feed.naturalKey().stream().map(feed::silverName).toList();
    Dataset<Row>[] decided = new Dataset[1];
    double dedupe = IngestBenchmark.timed(() -> {
      decided[0] = FeedIngest.decide(valid, existing, key, d -> {
        kept.add(d.persist(StorageLevel.MEMORY_AND_DISK()));
        return d;
      });
      noop(decided[0]);
    }) - scan;
    double silver = IngestBenchmark.timed(() -> lake.append(feed.silverTable(), decided[0]
        .where(col(Deduplication.OUTCOME).equalTo(Deduplication.Outcome.INSERT.code()))));
    long records = bronze.count();
    kept.forEach(Dataset::unpersist);
    prepared.unpersist();
    bronze.unpersist();
    List<Double> own = new ArrayList<>(List.of(parse, bronzeWrite - parse, cumulative.get(0)));
    for (int i = 1; i < cumulative.size(); i++) {
      own.add(Math.max(0, cumulative.get(i) - cumulative.get(i - 1)));
    }
    own.add(cache);
    own.add(Math.max(0, dedupe));
    own.add(silver);
    for (int i = 0; i < FAMILIES.size(); i++) {
      seconds.merge(FAMILIES.get(i), own.get(i), Double::sum);
    }
    System.out.printf("%s: %,d records, %s%n", feed.feed(), records, own);
    return records;
  }

  /** The job's transformations, one family per step, in its order (SilverPreparation and FeedIngest.classify). */
  private static List<Function<Dataset<Row>, Dataset<Row>>> familySteps(FeedSchema feed, IngestSettings s) {
    byte[] key = s.pseudonymKey();
    return List.of(
        b -> SilverPreparation.validated(b, feed),
        v -> SilverPreparation.urgencyFirst(v, feed, s).withColumns(SilverPreparation.pseudonyms(feed, key))
            .drop(feed.pseudonymise().toArray(String[]::new)),
        p -> p.withColumns(SilverPreparation.masked(feed)),
        m -> SilverPreparation.withRowHash(m, feed));
  }

  private static double noop(Dataset<Row> rows) {
    return IngestBenchmark.timed(() -> rows.write().format("noop").mode("overwrite").save());
  }

  static String table(Map<String, Double> seconds, long rows) {
    double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    StringBuilder out = new StringBuilder(String.format("%,d records%n%n| family | s | share | µs per record |%n"
        + "|---|---|---|---|%n", rows));
    seconds.forEach((f, s) -> out.append(String.format("| %s | %.1f | %.0f %% | %.1f |%n", f, s, 100 * s / total,
        rows == 0 ? 0 : 1e6 * s / rows)));
    out.append(String.format("| **sum** | **%.1f** | | |%n", total));
    return out.toString();
  }
}
