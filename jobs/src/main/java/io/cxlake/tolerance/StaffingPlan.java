package io.cxlake.tolerance;

import static io.cxlake.tolerance.ToleranceColumns.CONTACT_DATE;
import static io.cxlake.tolerance.ToleranceColumns.EVENT;
import static io.cxlake.tolerance.ToleranceColumns.HANDLE;
import static io.cxlake.tolerance.ToleranceColumns.INTERVAL_START;
import static io.cxlake.tolerance.ToleranceColumns.NEVER_QUEUED;
import static io.cxlake.tolerance.ToleranceColumns.REGION;
import static io.cxlake.tolerance.ToleranceColumns.STATUS;
import static io.cxlake.tolerance.ToleranceColumns.USE;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Agents per region and interval of the day: the observed arrival rate and handle time, the region's patience
 * rate (exponential fit) and on-time target, solved with Erlang-A (callers abandon) and Erlang-C (they never do).
 */
final class StaffingPlan {

  static final String LAMBDA = "_lambda";
  private static final StructType RESULT = new StructType()
      .add("agents_erlang_a", DataTypes.IntegerType).add("erlang_a_abandon_share", DataTypes.DoubleType)
      .add("erlang_a_average_wait_seconds", DataTypes.DoubleType).add("erlang_a_service_level", DataTypes.DoubleType)
      .add("agents_erlang_c", DataTypes.IntegerType).add("erlang_c_average_wait_seconds", DataTypes.DoubleType)
      .add("erlang_c_service_level", DataTypes.DoubleType);

  private StaffingPlan() {}

  /** Arrivals per interval of the day, averaged over the days the region has contacts in the window. */
  static Dataset<Row> demand(Dataset<Row> observations, int intervalMinutes) {
    Dataset<Row> queued = observations.where(col(USE).notEqual(NEVER_QUEUED));
    Dataset<Row> days = queued.groupBy(REGION).agg(countDistinct(CONTACT_DATE).as("days_observed"));
    Column served = col(EVENT).equalTo(0).and(col(HANDLE).gt(0));
    return queued.groupBy(REGION, INTERVAL_START)
        .agg(count(lit(1)).as("_arrivals"), avg(when(served, col(HANDLE))).as("mean_handle_seconds"))
        .join(days, REGION)
        .withColumn("arrivals_per_interval", col("_arrivals").divide(col("days_observed")))
        .withColumn("arrival_rate_per_hour", col("arrivals_per_interval").multiply(60.0 / intervalMinutes))
        .withColumn(LAMBDA, col("arrivals_per_interval").divide(intervalMinutes * 60.0))
        .withColumn("offered_load_erlangs", col(LAMBDA).multiply(col("mean_handle_seconds")))
        .withColumn("interval_start", format_string("%02d:%02d", col(INTERVAL_START).divide(60).cast("int"),
            col(INTERVAL_START).mod(60)))
        .withColumn("interval_minutes", lit(intervalMinutes))
        .drop("_arrivals");
  }

  /**
   * Adds agents and expected performance. {@code regions} holds per region the patience rate and the target
   * wait; the abandon and service-level goals come from the settings.
   */
  static Dataset<Row> plan(Dataset<Row> demand, Dataset<Row> regions, double maxAbandonShare, double level) {
    Dataset<Row> joined = demand.join(regions, new String[] {REGION}, "left");
    Column solved = erlang().apply(col(LAMBDA), col("mean_handle_seconds"), col(ToleranceProfiles.PATIENCE_RATE),
        col("target_wait_seconds"), lit(maxAbandonShare), lit(level));
    Column status = when(col("target_wait_seconds").isNull(), lit("no_target"))
        .when(col("mean_handle_seconds").isNull(), lit("no_handle_time"))
        .when(col(ToleranceProfiles.PATIENCE_RATE).isNull().or(col(ToleranceProfiles.PATIENCE_RATE).leq(0)),
            lit("erlang_c_only")).otherwise(lit("ok"));
    return joined.withColumn("_solved", solved).select(col("*"), col("_solved.*")).drop("_solved", LAMBDA)
        .withColumn(STATUS, status)
        .withColumn("target_abandon_percent", lit(maxAbandonShare * 100))
        .withColumn("service_level_percent", lit(level * 100));
  }

  /** Erlang-A and Erlang-C staffing of one interval; null figures where an input is missing. */
  static UserDefinedFunction erlang() {
    UDF6<Double, Double, Double, Double, Double, Double, Row> f = (lambda, handle, theta, target, maxAb, level) -> {
      if (lambda == null || handle == null || target == null || handle <= 0) {
        return RowFactory.create(null, null, null, null, null, null, null);
      }
      if (lambda == 0) {
        return RowFactory.create(0, 0.0, 0.0, 1.0, 0, 0.0, 1.0);
      }
      int c = ErlangC.agentsFor(lambda, handle, target, level);
      Object[] a = {null, null, null, null};
      if (theta != null && theta > 0) {
        ErlangA.Result r = ErlangA.agentsFor(lambda, handle, theta, target, maxAb, level);
        a = new Object[] {r.agents(), r.abandonShare(), r.averageWaitSeconds(), r.serviceLevel()};
      }
      return RowFactory.create(a[0], a[1], a[2], a[3], c, ErlangC.averageWait(c, lambda, handle),
          ErlangC.serviceLevel(c, lambda, handle, target));
    };
    return udf(f, RESULT).withName("erlang_staffing");
  }
}
