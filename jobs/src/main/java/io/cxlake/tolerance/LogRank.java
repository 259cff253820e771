package io.cxlake.tolerance;

import static io.cxlake.tolerance.ToleranceColumns.CENSORED;
import static io.cxlake.tolerance.ToleranceColumns.EVENTS;
import static io.cxlake.tolerance.ToleranceColumns.REGION;
import static io.cxlake.tolerance.ToleranceColumns.T;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.commons.math3.special.Gamma;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * The log-rank test of each region's patience against all other regions together (Mantel-Haenszel form):
 * at every wait with abandons, the region's expected abandons are its share of those at risk; the statistic
 * (O - E)^2 / V has one degree of freedom.
 */
final class LogRank {

  static final String OBSERVED_EVENTS = "logrank_observed";
  static final String EXPECTED_EVENTS = "logrank_expected";
  static final String CHI_SQUARE = "logrank_chi_square";
  static final String P_VALUE = "logrank_p_value";
  // per wait: events and censored over all regions, at risk in the region and over all, the variance term
  private static final String D_ALL = "d_all";
  private static final String C_ALL = "c_all";
  private static final String N_REGION = "n_r";
  private static final String N_ALL = "n_all";
  private static final String VARIANCE = "_v";

  private LogRank() {}

  /** @param regionCounts per region and wait: events and censored ({@link KaplanMeier#counts} by region) */
  static Dataset<Row> regionVsRest(Dataset<Row> regionCounts) {
    Dataset<Row> regions = regionCounts.select(REGION).distinct();
    Dataset<Row> times = regionCounts.groupBy(T).agg(sum(EVENTS).as(D_ALL), sum(CENSORED).as(C_ALL));
    Dataset<Row> grid = regions.crossJoin(times)
        .join(regionCounts, new String[] {REGION, T}, "left")
        .withColumn(EVENTS, coalesce(col(EVENTS), lit(0L)))
        .withColumn(CENSORED, coalesce(col(CENSORED), lit(0L)));
    WindowSpec fromTop = Window.partitionBy(REGION).orderBy(col(T).desc())
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Dataset<Row> risk = grid.withColumn(N_REGION, sum(col(EVENTS).plus(col(CENSORED))).over(fromTop))
        .withColumn(N_ALL, sum(col(D_ALL).plus(col(C_ALL))).over(fromTop));
    Column share = col(N_REGION).divide(col(N_ALL));
    Column d = col(D_ALL);
    Column variance = when(col(N_ALL).gt(1), d.multiply(share).multiply(lit(1).minus(share))
        .multiply(col(N_ALL).minus(d)).divide(col(N_ALL).minus(1))).otherwise(0);
    Dataset<Row> sums = risk.groupBy(REGION).agg(sum(EVENTS).cast("double").as(OBSERVED_EVENTS),
        sum(d.multiply(share)).as(EXPECTED_EVENTS), sum(variance).as(VARIANCE));
    Column chi = when(col(VARIANCE).gt(0),
        pow(col(OBSERVED_EVENTS).minus(col(EXPECTED_EVENTS)), 2).divide(col(VARIANCE)));
    return sums.withColumn(CHI_SQUARE, chi).withColumn(P_VALUE, chiSquareOneDfTail().apply(col(CHI_SQUARE)))
        .drop(VARIANCE);
  }

  /** P(X > x) for X chi-square with one degree of freedom; Spark has no built-in for it (one row per region). */
  static UserDefinedFunction chiSquareOneDfTail() {
    UDF1<Double, Double> f = x -> x == null ? null : Gamma.regularizedGammaQ(0.5, x / 2);
    return udf(f, DataTypes.DoubleType).withName("chi_square_1df_tail");
  }
}
