package io.cxlake.testing;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Generated (valid by construction) landed rows straight into silver shape, without the ingest's validation, for
 * benchmarks and tests of the later jobs, where the ingest is not what is measured. Business dates are the local
 * dates the timestamps are written in, as the ingest derives them.
 */
public final class SilverShortcut {

  private SilverShortcut() {}

  public static Dataset<Row> turns(Dataset<Row> landed, LocalDate runDate) {
    return lineage(landed.withColumn("turn_date", to_date(substring(col("turn_time"), 1, 10)))
        .withColumn("turn_time", col("turn_time").cast("timestamp"))
        .withColumn("_row_hash", sha2(concat_ws("|", col("contact_id"), col("turn_no"), col("text")), 256)), runDate);
  }

  /** Landed contacts (CSV, all columns as text) in silver shape; the customer id stands in for its pseudonym. */
  public static Dataset<Row> contacts(Dataset<Row> landed, LocalDate runDate) {
    return lineage(landed.withColumn("contact_date", to_date(substring(col("arrival_time"), 1, 10)))
        .withColumnRenamed("customer_id", "customer_key")
        .withColumn("_row_hash", sha2(concat_ws("|", col("contact_id"), col("arrival_time")), 256)), runDate);
  }

  /** Landed QA evaluations (CSV, all columns as text) in silver shape. */
  public static Dataset<Row> qaEvaluations(Dataset<Row> landed, LocalDate runDate) {
    return lineage(landed.withColumn("evaluation_date", to_date(substring(col("evaluated_at"), 1, 10)))
        .withColumn("score", col("score").cast("double"))
        .withColumn("evaluated_at", col("evaluated_at").cast("timestamp"))
        .withColumn("_row_hash", sha2(concat_ws("|", col("contact_id"), col("evaluator"), col("rubric_element")), 256)),
        runDate);
  }

  /** Landed outbound attempts (CSV, all columns as text) in silver shape. */
  public static Dataset<Row> outboundAttempts(Dataset<Row> landed, LocalDate runDate) {
    return lineage(landed.withColumn("attempt_date", to_date(substring(col("attempt_time"), 1, 10)))
        .withColumn("attempt_time", col("attempt_time").cast("timestamp"))
        .withColumnRenamed("customer_id", "customer_key")
        .withColumn("_row_hash", sha2(concat_ws("|", col("attempt_id"), col("outcome")), 256)), runDate);
  }

  /** Landed account events (JSON lines) in silver shape. */
  public static Dataset<Row> accountEvents(Dataset<Row> landed, LocalDate runDate) {
    return lineage(landed.withColumn("event_month", org.apache.spark.sql.functions.trunc(
            to_date(substring(col("event_time"), 1, 10)), "month"))
        .withColumn("event_time", col("event_time").cast("timestamp"))
        .withColumnRenamed("customer_id", "customer_key")
        .withColumn("_row_hash", sha2(concat_ws("|", col("customer_key"), col("event"), col("event_time")), 256)),
        runDate);
  }

  private static Dataset<Row> lineage(Dataset<Row> rows, LocalDate runDate) {
    return rows.withColumn("_source_file", lit("shortcut")).withColumn("_source_line", lit(0L))
        .withColumn("_load_id", lit("shortcut")).withColumn("_run_date", lit(java.sql.Date.valueOf(runDate)));
  }
}
