package io.cxlake.testing;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.when;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.ColumnSpec;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.Tables;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A generated history written straight into the tables the needs, churn and strain jobs read, with the query
 * type, mood and goal of each contact taken from the generator's ground truth instead of the text and scenario
 * jobs. Tests use it to measure the needs and churn logic without the errors before it, and the needs benchmark
 * to reach a million contacts without a million CoreNLP runs.
 */
public final class TruthUpstream {

  private TruthUpstream() {}

  /**
   * Writes the generated days up to {@code last} (inclusive) of the generator output {@code gen} into the lake.
   *
   * @param firstDay the first generated day, the run date of the query-type catalog
   */
  public static void write(SparkSession spark, Path gen, Lakehouse lake, LocalDate firstDay, LocalDate last) {
    Date end = Date.valueOf(last);
    Dataset<Row> contacts = SilverShortcut.contacts(csv(spark, gen, "contacts"), last)
        .where(col("contact_date").leq(end)).dropDuplicates("contact_id").localCheckpoint();
    lake.append("silver_contacts", contacts);
    lake.append("silver_turns", SilverShortcut.turns(spark.read().json(gen.resolve("landing/turns").toString()), last)
        .join(contacts.select("contact_id"), "contact_id").dropDuplicates("contact_id", "turn_no"));
    lake.append("silver_outbound_attempts", SilverShortcut.outboundAttempts(csv(spark, gen, "outbound_attempts"), last)
        .where(col("attempt_date").leq(end)).dropDuplicates("attempt_id"));
    // Events are stamped in UTC; the last local day (UTC+8) ends at 16:00 UTC.
    lake.append("silver_account_events", SilverShortcut.accountEvents(
            spark.read().json(gen.resolve("landing/account_events").toString()), last)
        .where(col("event_time").lt(lit(Date.valueOf(last.plusDays(1))).cast("timestamp").minus(expr("INTERVAL 8 HOURS"))))
        .dropDuplicates("customer_key", "event", "event_time"));
    Dataset<Row> truth = spark.read().option("header", "true")
        .csv(gen.resolve("ground_truth/contact_scenarios.csv").toString())
        .join(contacts.select("contact_id", "contact_date"), "contact_id");
    lake.append(Tables.CONTACT_SCENARIO, fill(truth.withColumn("query_type_id", col("query_type"))
        .withColumn("assignment", lit("assigned")).withColumn("merge_level", lit(0))
        .withColumn("_run_date", lit(end)), Tables.CONTACT_SCENARIO, firstDay));
    lake.append(Tables.CONTACT_TEXT, fill(truth.withColumn("sentiment", when(col("mood").equalTo("angry"), -0.7)
            .when(col("mood").equalTo("distrustful"), -0.6).when(col("mood").equalTo("anxious"), -0.3).otherwise(0.3))
        .withColumn("turns_fingerprint", lit("truth")).withColumn("_run_date", lit(end)), Tables.CONTACT_TEXT,
        firstDay));
    Dataset<Row> types = truth.select("query_type").distinct()
        .select(lit(Date.valueOf(firstDay)).as("run_date"), col("query_type").as("query_type_id"),
            col("query_type").as("label"), split(col("query_type"), "_").as("top_terms"), lit("active").as("status"));
    lake.append(Tables.QUERY_TYPE_CATALOG, fill(types, Tables.QUERY_TYPE_CATALOG, firstDay));
  }

  private static Dataset<Row> csv(SparkSession spark, Path gen, String feed) {
    return spark.read().option("header", "true").csv(gen.resolve("landing/" + feed).toString());
  }

  /** The table's columns the truth does not give: typed nulls, empty arrays, zeros, the first day for dates. */
  public static Dataset<Row> fill(Dataset<Row> df, String table, LocalDate firstDay) {
    Dataset<Row> out = df;
    for (ColumnSpec c : SchemaCatalog.get().table(table).columns()) {
      if (Arrays.asList(out.columns()).contains(c.name())) {
        continue;
      }
      String t = c.type();
      Object none = t.startsWith("array") || c.nullable() ? null : t.equals("string") ? "" : t.equals("date")
          ? Date.valueOf(firstDay) : 0;
      out = out.withColumn(c.name(), t.startsWith("array") ? expr("array()").cast(t) : lit(none).cast(t));
    }
    return out;
  }
}
