package io.cxlake.testing;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Silver contacts with planted patience, written straight in Spark at any scale: per region an exponential or
 * Weibull patience with a known median, exponential offered waits that censor it (service), e-mails that never
 * queue and mis-dials that hang up within seconds. The patience job must recover the planted medians.
 */
public final class PlantedPatienceContacts {

  /**
   * One region's plant. {@code shape} 1 is exponential patience; other values are Weibull (shape > 1: callers
   * grow impatient, < 1: the impatient leave early).
   */
  public record Region(String name, double medianPatienceSeconds, double shape, double meanWaitSeconds,
                       long contacts, double emailShare, double misdialShare) {

    /** The planted median of a Weibull(shape, scale): scale (ln 2)^(1/shape). */
    public double scale() {
      return medianPatienceSeconds / Math.pow(Math.log(2), 1 / shape);
    }
  }

  private PlantedPatienceContacts() {}

  /** Contacts spread evenly over the {@code days} ending at {@code end}, arriving 08:00-20:00 at UTC+8. */
  public static Dataset<Row> contacts(SparkSession spark, List<Region> regions, LocalDate end, int days, long seed) {
    Dataset<Row> all = null;
    for (int i = 0; i < regions.size(); i++) {
      Dataset<Row> r = region(spark, regions.get(i), end, days, seed + 1000L * i);
      all = all == null ? r : all.unionByName(r);
    }
    return all;
  }

  private static Dataset<Row> region(SparkSession spark, Region r, LocalDate end, int days, long seed) {
    Column kind = rand(seed);
    Column patience = pow(log(lit(1).minus(rand(seed + 1))).multiply(-1), 1 / r.shape()).multiply(r.scale());
    Column offered = log(lit(1).minus(rand(seed + 2))).multiply(-r.meanWaitSeconds());
    Column daysBack = floor(rand(seed + 3).multiply(days));
    Column secondOfDay = floor(rand(seed + 4).multiply(12 * 3600)).plus(8 * 3600);
    Dataset<Row> base = spark.range(r.contacts()).select(col("id"),
        when(kind.lt(r.emailShare()), lit("email"))
            .when(kind.lt(r.emailShare() + r.misdialShare()), lit("misdial")).otherwise(lit("voice")).as("_kind"),
        greatest(lit(1.0), round(patience, 0)).as("_patience"), round(offered, 0).as("_offered"),
        lit(java.sql.Date.valueOf(end)).as("_end"), daysBack.cast("int").as("_back"),
        secondOfDay.cast("long").as("_second"), floor(rand(seed + 5).multiply(4)).plus(1).as("_misdial_wait"));
    Column misdial = col("_kind").equalTo("misdial");
    Column email = col("_kind").equalTo("email");
    Column abandoned = misdial.or(col("_kind").equalTo("voice").and(col("_patience").lt(col("_offered"))));
    Column wait = when(email, lit(7200.0)).when(misdial, col("_misdial_wait"))
        .when(abandoned, col("_patience")).otherwise(col("_offered"));
    Column localDate = expr("date_sub(_end, _back)");
    Column arrival = expr("timestamp_seconds(unix_seconds(CAST(date_sub(_end, _back) AS TIMESTAMP)) + _second - 8 * 3600)");
    return base.withColumn("abandoned", abandoned).withColumn("wait_seconds", wait.cast("double"))
        .withColumn("arrival_time", arrival)
        .select(concat(lit(r.name() + "-"), col("id").cast("string")).as("contact_id"),
            sha2(concat(lit(r.name()), (col("id").mod(997)).cast("string")), 256).substr(1, 32).as("customer_key"),
            when(email, lit("email")).otherwise(lit("voice")).as("channel"), lit("inbound").as("direction"),
            lit(r.name()).as("region"), lit("S1").as("site"), lit("general").as("queue"), lit(2).as("priority"),
            col("arrival_time"),
            when(col("abandoned").equalTo(false), expr("arrival_time + make_interval(0,0,0,0,0,0,wait_seconds)"))
                .as("answered_time"),
            when(col("abandoned"), expr("arrival_time + make_interval(0,0,0,0,0,0,wait_seconds)")).as("abandoned_time"),
            expr("arrival_time + make_interval(0,0,0,0,0,0,wait_seconds + 300)").as("end_time"),
            col("wait_seconds"), when(col("abandoned"), lit(0.0)).otherwise(lit(300.0)).as("handle_seconds"),
            lit(0).as("transfers"), when(col("abandoned"), lit(null)).otherwise(lit("A1")).as("agent_id"),
            when(col("abandoned"), lit(null)).otherwise(lit("resolved")).as("disposition"), lit("en").as("language"),
            localDate.as("contact_date"), sha2(col("id").cast("string"), 256).as("_row_hash"),
            lit("planted").as("_source_file"), col("id").as("_source_line"), lit("planted").as("_load_id"),
            col("_end").as("_run_date"));
  }
}
