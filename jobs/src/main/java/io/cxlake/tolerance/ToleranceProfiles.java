package io.cxlake.tolerance;

import static io.cxlake.tolerance.ToleranceColumns.CONTACT_DATE;
import static io.cxlake.tolerance.ToleranceColumns.EVENT;
import static io.cxlake.tolerance.ToleranceColumns.INTERVAL_START;
import static io.cxlake.tolerance.ToleranceColumns.NEVER_QUEUED;
import static io.cxlake.tolerance.ToleranceColumns.OBSERVED;
import static io.cxlake.tolerance.ToleranceColumns.REGION;
import static io.cxlake.tolerance.ToleranceColumns.SHORT_ABANDON;
import static io.cxlake.tolerance.ToleranceColumns.STATUS;
import static io.cxlake.tolerance.ToleranceColumns.USE;
import static io.cxlake.tolerance.ToleranceColumns.WAIT;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.TableColumns.GoldRegionWaitTolerance;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The per-group figures of the wait-tolerance table: counts, shares, naive and survival-based patience. */
final class ToleranceProfiles {

  static final String OBSERVATIONS = "observations";
  static final String ABANDONS = "abandons";
  static final String PATIENCE_RATE = "patience_rate_per_second";
  static final String TARGET = "on_time_target_seconds";
  static final String MEDIAN = "median_patience_seconds";
  /** Quantile columns: name and share of callers who would have abandoned by then. */
  static final String[] QUANTILE_NAMES = {GoldRegionWaitTolerance.PATIENCE_Q10_SECONDS,
      GoldRegionWaitTolerance.PATIENCE_Q25_SECONDS, MEDIAN,
      GoldRegionWaitTolerance.PATIENCE_Q75_SECONDS, GoldRegionWaitTolerance.PATIENCE_Q90_SECONDS};
  static final double[] QUANTILE_SHARES = {0.10, 0.25, 0.50, 0.75, 0.90};
  // per interval of the day: contacts, abandoned share and mean wait (the regression below names them in SQL)
  private static final String INTERVAL_N = "_n";
  private static final String INTERVAL_SHARE = "_share";
  private static final String INTERVAL_WAIT = "_wait";

  private ToleranceProfiles() {}

  /** Counts and moments per group; every contact of the window is counted in exactly one of the use columns. */
  static Dataset<Row> figures(Dataset<Row> observations, List<String> groups) {
    Column observed = col(USE).equalTo(OBSERVED);
    Column abandoned = observed.and(col(EVENT).equalTo(1));
    return observations.groupBy(KaplanMeier.cols(groups).toArray(Column[]::new)).agg(
        count(lit(1)).as(GoldRegionWaitTolerance.CONTACTS),
        sum(when(col(USE).equalTo(NEVER_QUEUED), 1).otherwise(0)).cast("long").as(GoldRegionWaitTolerance.NEVER_QUEUED),
        sum(when(col(USE).equalTo(SHORT_ABANDON), 1).otherwise(0)).cast("long")
            .as(GoldRegionWaitTolerance.SHORT_ABANDONS_EXCLUDED),
        sum(when(observed, 1).otherwise(0)).cast("long").as(OBSERVATIONS),
        sum(when(abandoned, 1).otherwise(0)).cast("long").as(ABANDONS),
        avg(when(observed, col(WAIT))).as(GoldRegionWaitTolerance.MEAN_WAIT_SECONDS),
        avg(when(abandoned, col(WAIT))).as(GoldRegionWaitTolerance.NAIVE_MEAN_ABANDONER_WAIT_SECONDS),
        // exponential-patience MLE under censoring: abandons per second of waiting (Erlang-A's theta)
        sum(when(abandoned, 1).otherwise(0)).divide(sum(when(observed, col(WAIT)))).as(PATIENCE_RATE))
        .withColumn(GoldRegionWaitTolerance.SERVED, col(OBSERVATIONS).minus(col(ABANDONS)))
        .withColumn(GoldRegionWaitTolerance.SHARE_ABANDONED, col(ABANDONS).divide(col(OBSERVATIONS)));
  }

  /** The quantiles of the Kaplan-Meier curve, including the on-time target (the target-share quantile). */
  static Dataset<Row> quantiles(Dataset<Row> curve, List<String> groups, double targetShare) {
    double[] shares = new double[QUANTILE_SHARES.length + 1];
    String[] names = new String[QUANTILE_NAMES.length + 1];
    System.arraycopy(QUANTILE_SHARES, 0, shares, 0, QUANTILE_SHARES.length);
    System.arraycopy(QUANTILE_NAMES, 0, names, 0, QUANTILE_NAMES.length);
    shares[shares.length - 1] = targetShare;
    names[names.length - 1] = TARGET;
    return KaplanMeier.quantiles(curve, groups, shares, names);
  }

  /**
   * Figures joined with quantiles; groups below the minimum size keep their counts but no estimates, and say so
   * in {@code status}; groups without any abandon cannot place a quantile and say that instead.
   */
  static Dataset<Row> profile(Dataset<Row> figures, Dataset<Row> quantiles, List<String> groups, int minGroupSize) {
    java.util.Map<String, String> renamed = new java.util.LinkedHashMap<>();
    groups.forEach(g -> renamed.put(g, "_q_" + g));
    Dataset<Row> q = quantiles.withColumnsRenamed(renamed);
    Column on = lit(true);
    for (String g : groups) {
      on = on.and(figures.col(g).eqNullSafe(q.col("_q_" + g)));
    }
    Dataset<Row> joined = figures.join(q, on, "left");
    for (String g : groups) {
      joined = joined.drop("_q_" + g);
    }
    Column small = col(OBSERVATIONS).lt(minGroupSize);
    joined = joined.withColumn(STATUS, when(small, lit("insufficient_sample"))
        .when(col(ABANDONS).equalTo(0), lit("no_abandons")).otherwise(lit("ok")));
    java.util.Map<String, Column> estimates = new java.util.LinkedHashMap<>();
    for (String c : q.columns()) {
      if (!c.startsWith("_q_")) {
        estimates.put(c, when(org.apache.spark.sql.functions.not(small), col(c)));
      }
    }
    estimates.put(PATIENCE_RATE, when(org.apache.spark.sql.functions.not(small), col(PATIENCE_RATE)));
    return joined.withColumns(estimates); // one projection, not one analysed plan per column
  }

  /**
   * Per region, how the abandonment share of an interval moves with its mean wait (least squares over the
   * intervals with at least {@code minContacts} observations): queueing theory expects a roughly linear rise
   * whose slope is the patience rate.
   */
  static Dataset<Row> abandonVersusWait(Dataset<Row> observations, int minContacts) {
    Dataset<Row> intervals = observations.where(col(USE).equalTo(OBSERVED))
        .groupBy(REGION, CONTACT_DATE, INTERVAL_START)
        .agg(count(lit(1)).as(INTERVAL_N), avg(col(EVENT)).as(INTERVAL_SHARE), avg(col(WAIT)).as(INTERVAL_WAIT))
        .where(col(INTERVAL_N).geq(minContacts));
    return intervals.groupBy(REGION).agg(
        expr("regr_slope(_share, _wait)").as(GoldRegionWaitTolerance.ABANDON_VS_WAIT_SLOPE),
        expr("regr_r2(_share, _wait)").as(GoldRegionWaitTolerance.ABANDON_VS_WAIT_R2),
        count(lit(1)).as(GoldRegionWaitTolerance.ABANDON_VS_WAIT_INTERVALS));
  }
}
