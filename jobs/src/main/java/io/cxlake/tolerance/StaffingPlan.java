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

import io.cxlake.schema.TableColumns.GoldRegionStaffingPlan;
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
  private static final String ARRIVALS = "_arrivals";
  /** The solver's result, a struct of {@link #RESULT}'s fields. */
  private static final String SOLVED = "_solved";
  private static final StructType RESULT = new StructType()
      .add(GoldRegionStaffingPlan.AGENTS_ERLANG_A, DataTypes.IntegerType)
      .add(GoldRegionStaffingPlan.ERLANG_A_ABANDON_SHARE, DataTypes.DoubleType)
      .add(GoldRegionStaffingPlan.ERLANG_A_AVERAGE_WAIT_SECONDS, DataTypes.DoubleType)
      .add(GoldRegionStaffingPlan.ERLANG_A_SERVICE_LEVEL, DataTypes.DoubleType)
      .add(GoldRegionStaffingPlan.AGENTS_ERLANG_C, DataTypes.IntegerType)
      .add(GoldRegionStaffingPlan.ERLANG_C_AVERAGE_WAIT_SECONDS, DataTypes.DoubleType)
      .add(GoldRegionStaffingPlan.ERLANG_C_SERVICE_LEVEL, DataTypes.DoubleType);

  private StaffingPlan() {}

  /** Arrivals per interval of the day, averaged over the days the region has contacts in the window. */
  static Dataset<Row> demand(Dataset<Row> observations, int intervalMinutes) {
    Dataset<Row> queued = observations.where(col(USE).notEqual(NEVER_QUEUED));
    Dataset<Row> days = queued.groupBy(REGION)
        .agg(countDistinct(CONTACT_DATE).as(GoldRegionStaffingPlan.DAYS_OBSERVED));
    Column served = col(EVENT).equalTo(0).and(col(HANDLE).gt(0));
    return queued.groupBy(REGION, INTERVAL_START)
        .agg(count(lit(1)).as(ARRIVALS), avg(when(served, col(HANDLE))).as(GoldRegionStaffingPlan.MEAN_HANDLE_SECONDS))
        .join(days, REGION)
        .withColumn(GoldRegionStaffingPlan.ARRIVALS_PER_INTERVAL,
            col(ARRIVALS).divide(col(GoldRegionStaffingPlan.DAYS_OBSERVED)))
        .withColumn(GoldRegionStaffingPlan.ARRIVAL_RATE_PER_HOUR,
            col(GoldRegionStaffingPlan.ARRIVALS_PER_INTERVAL).multiply(60.0 / intervalMinutes))
        .withColumn(LAMBDA, col(GoldRegionStaffingPlan.ARRIVALS_PER_INTERVAL).divide(intervalMinutes * 60.0))
        .withColumn(GoldRegionStaffingPlan.OFFERED_LOAD_ERLANGS,
            col(LAMBDA).multiply(col(GoldRegionStaffingPlan.MEAN_HANDLE_SECONDS)))
        .withColumn(GoldRegionStaffingPlan.INTERVAL_START,
            format_string("%02d:%02d", col(INTERVAL_START).divide(60).cast("int"),
            col(INTERVAL_START).mod(60)))
        .withColumn(GoldRegionStaffingPlan.INTERVAL_MINUTES, lit(intervalMinutes))
        .drop(ARRIVALS);
  }

  /**
   * Adds agents and expected performance. {@code regions} holds per region the patience rate and the target
   * wait; the abandon and service-level goals come from the settings.
   */
  static Dataset<Row> plan(Dataset<Row> demand, Dataset<Row> regions, double maxAbandonShare, double level) {
    Dataset<Row> joined = demand.join(regions, new String[] {REGION}, "left");
    Column solved = erlang().apply(col(LAMBDA), col(GoldRegionStaffingPlan.MEAN_HANDLE_SECONDS),
        col(ToleranceProfiles.PATIENCE_RATE), col(GoldRegionStaffingPlan.TARGET_WAIT_SECONDS), lit(maxAbandonShare),
        lit(level));
    Column status = when(col(GoldRegionStaffingPlan.TARGET_WAIT_SECONDS).isNull(), lit("no_target"))
        .when(col(GoldRegionStaffingPlan.MEAN_HANDLE_SECONDS).isNull(), lit("no_handle_time"))
        .when(col(ToleranceProfiles.PATIENCE_RATE).isNull().or(col(ToleranceProfiles.PATIENCE_RATE).leq(0)),
            lit("erlang_c_only")).otherwise(lit("ok"));
    return joined.withColumn(SOLVED, solved).select(col("*"), col(SOLVED + ".*")).drop(SOLVED, LAMBDA)
        .withColumn(STATUS, status)
        .withColumn(GoldRegionStaffingPlan.TARGET_ABANDON_PERCENT, lit(maxAbandonShare * 100))
        .withColumn(GoldRegionStaffingPlan.SERVICE_LEVEL_PERCENT, lit(level * 100));
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
