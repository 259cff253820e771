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

  private LogRank() {}

  /** @param regionCounts per region and wait: events and censored ({@link KaplanMeier#counts} by region) */
  static Dataset<Row> regionVsRest(Dataset<Row> regionCounts) {
    Dataset<Row> regions = regionCounts.select(REGION).distinct();
    Dataset<Row> times = regionCounts.groupBy(T).agg(sum(EVENTS).as("d_all"), sum(CENSORED).as("c_all"));
    Dataset<Row> grid = regions.crossJoin(times)
        .join(regionCounts, new String[] {REGION, T}, "left")
        .withColumn(EVENTS, coalesce(col(EVENTS), lit(0L)))
        .withColumn(CENSORED, coalesce(col(CENSORED), lit(0L)));
    WindowSpec fromTop = Window.partitionBy(REGION).orderBy(col(T).desc())
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Dataset<Row> risk = grid.withColumn("n_r", sum(col(EVENTS).plus(col(CENSORED))).over(fromTop))
        .withColumn("n_all", sum(col("d_all").plus(col("c_all"))).over(fromTop));
    Column share = col("n_r").divide(col("n_all"));
    Column d = col("d_all");
    Column variance = when(col("n_all").gt(1), d.multiply(share).multiply(lit(1).minus(share))
        .multiply(col("n_all").minus(d)).divide(col("n_all").minus(1))).otherwise(0);
    Dataset<Row> sums = risk.groupBy(REGION).agg(sum(EVENTS).cast("double").as(OBSERVED_EVENTS),
        sum(d.multiply(share)).as(EXPECTED_EVENTS), sum(variance).as("_v"));
    Column chi = when(col("_v").gt(0), pow(col(OBSERVED_EVENTS).minus(col(EXPECTED_EVENTS)), 2).divide(col("_v")));
    return sums.withColumn(CHI_SQUARE, chi).withColumn(P_VALUE, chiSquareOneDfTail().apply(col(CHI_SQUARE)))
        .drop("_v");
  }

  /** P(X > x) for X chi-square with one degree of freedom; Spark has no built-in for it (one row per region). */
  static UserDefinedFunction chiSquareOneDfTail() {
    UDF1<Double, Double> f = x -> x == null ? null : Gamma.regularizedGammaQ(0.5, x / 2);
    return udf(f, DataTypes.DoubleType).withName("chi_square_1df_tail");
  }
}
