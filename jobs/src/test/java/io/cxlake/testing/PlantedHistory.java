package io.cxlake.testing;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.when;

import io.cxlake.bench.SilverShortcut;
import io.cxlake.config.CxConfig;
import io.cxlake.generate.GeneratorOptions;
import io.cxlake.generate.SyntheticGenerator;
import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.ColumnSpec;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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
    write(spark, gen, new Lakehouse(spark, full), LAST);
    write(spark, gen, new Lakehouse(spark, upTo), AS_OF);
    return new PlantedHistory(gen, full, upTo);
  }

  private static void write(SparkSession spark, Path gen, Lakehouse lake, LocalDate last) {
    Date end = Date.valueOf(last);
    Dataset<Row> contacts = SilverShortcut.contacts(csv(spark, gen, "contacts"), last)
        .where(col("contact_date").leq(end)).dropDuplicates("contact_id").localCheckpoint();
    lake.append("silver_contacts", contacts);
    lake.append("silver_turns", SilverShortcut.turns(spark.read().json(gen.resolve("landing/turns").toString()), last)
        .join(contacts.select("contact_id"), "contact_id").dropDuplicates("contact_id", "turn_no"));
    lake.append("silver_outbound_attempts", SilverShortcut.outboundAttempts(csv(spark, gen, "outbound_attempts"), last)
        .where(col("attempt_date").leq(end)).dropDuplicates("attempt_id"));
    lake.append("silver_account_events", SilverShortcut.accountEvents(
            spark.read().json(gen.resolve("landing/account_events").toString()), last)
        .where(col("event_time").lt(lit(Date.valueOf(last.plusDays(1))).cast("timestamp").minus(expr("INTERVAL 8 HOURS"))))
        .dropDuplicates("customer_key", "event", "event_time"));
    Dataset<Row> truth = spark.read().option("header", "true")
        .csv(gen.resolve("ground_truth/contact_scenarios.csv").toString())
        .join(contacts.select("contact_id", "contact_date"), "contact_id");
    lake.append(Tables.CONTACT_SCENARIO, fill(truth.withColumn("query_type_id", col("query_type"))
        .withColumn("assignment", lit("assigned")).withColumn("merge_level", lit(0))
        .withColumn("_run_date", lit(end)), Tables.CONTACT_SCENARIO));
    lake.append(Tables.CONTACT_TEXT, fill(truth.withColumn("sentiment", when(col("mood").equalTo("angry"), -0.7)
            .when(col("mood").equalTo("distrustful"), -0.6).when(col("mood").equalTo("anxious"), -0.3).otherwise(0.3))
        .withColumn("turns_fingerprint", lit("truth")).withColumn("_run_date", lit(end)), Tables.CONTACT_TEXT));
    Dataset<Row> types = truth.select("query_type").distinct()
        .select(lit(Date.valueOf(DAY1)).as("run_date"), col("query_type").as("query_type_id"), col("query_type").as("label"),
            split(col("query_type"), "_").as("top_terms"), lit("active").as("status"));
    lake.append(Tables.QUERY_TYPE_CATALOG, fill(types, Tables.QUERY_TYPE_CATALOG));
  }

  private static Dataset<Row> csv(SparkSession spark, Path gen, String feed) {
    return spark.read().option("header", "true").csv(gen.resolve("landing/" + feed).toString());
  }

  /** The table's columns the truth does not give: typed nulls, empty arrays, zeros. */
  static Dataset<Row> fill(Dataset<Row> df, String table) {
    Dataset<Row> out = df;
    for (ColumnSpec c : SchemaCatalog.get().table(table).columns()) {
      if (Arrays.asList(out.columns()).contains(c.name())) {
        continue;
      }
      String t = c.type();
      Object none = t.startsWith("array") || c.nullable() ? null : t.equals("string") ? "" : t.equals("date")
          ? Date.valueOf(DAY1) : 0;
      out = out.withColumn(c.name(), t.startsWith("array") ? expr("array()").cast(t) : lit(none).cast(t));
    }
    return out;
  }
}
