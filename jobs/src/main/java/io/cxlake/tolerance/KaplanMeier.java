package io.cxlake.tolerance;

import static io.cxlake.tolerance.ToleranceColumns.AT_RISK;
import static io.cxlake.tolerance.ToleranceColumns.CENSORED;
import static io.cxlake.tolerance.ToleranceColumns.CI_HIGH;
import static io.cxlake.tolerance.ToleranceColumns.CI_LOW;
import static io.cxlake.tolerance.ToleranceColumns.EVENT;
import static io.cxlake.tolerance.ToleranceColumns.EVENTS;
import static io.cxlake.tolerance.ToleranceColumns.OBSERVED;
import static io.cxlake.tolerance.ToleranceColumns.SURVIVAL;
import static io.cxlake.tolerance.ToleranceColumns.T;
import static io.cxlake.tolerance.ToleranceColumns.USE;
import static io.cxlake.tolerance.ToleranceColumns.WAIT;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The Kaplan-Meier product-limit estimator of patience, per group, computed distributed: contacts are first
 * reduced to counts of events and censorings per group and wait value (a few thousand rows), then the
 * product-limit step, Greenwood's variance and log-log confidence bands run as window sums over those counts.
 */
final class KaplanMeier {

  /** Two-sided 95 % normal quantile. */
  static final double Z95 = 1.959963984540054;
  static final String STD_ERROR = "std_error";
  private static final String GREENWOOD = "_greenwood";

  private KaplanMeier() {}

  /** Events (abandons) and censorings (served) per group and wait value, from the observations. */
  static Dataset<Row> counts(Dataset<Row> observations, List<String> groups) {
    List<Column> by = new ArrayList<>(cols(groups));
    by.add(col(WAIT).as(T));
    return observations.where(col(USE).equalTo(OBSERVED)).groupBy(by.toArray(Column[]::new))
        .agg(sum(col(EVENT)).cast("long").as(EVENTS), sum(lit(1).minus(col(EVENT))).cast("long").as(CENSORED));
  }

  /**
   * One row per group and distinct wait: at risk n(t) (waits of t or more), S(t) = prod (1 - d/n), Greenwood's
   * standard error S sqrt(sum d / (n (n - d))), and the 95 % band on the log(-log S) scale, which stays in [0, 1].
   */
  static Dataset<Row> curve(Dataset<Row> counts, List<String> groups) {
    Column[] g = cols(groups).toArray(Column[]::new);
    WindowSpec fromTop = Window.partitionBy(g).orderBy(col(T).desc())
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    WindowSpec upTo = Window.partitionBy(g).orderBy(col(T))
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Column d = col(EVENTS);
    Column n = col(AT_RISK);
    Column emptied = max(when(d.equalTo(n), 1).otherwise(0)).over(upTo).equalTo(1); // everyone left: S = 0
    Column logSurvival = sum(when(d.lt(n), log(lit(1).minus(d.divide(n)))).otherwise(0)).over(upTo);
    Column greenwood = sum(when(d.gt(0).and(d.lt(n)), d.divide(n.multiply(n.minus(d)))).otherwise(0)).over(upTo);
    Dataset<Row> km = counts.withColumn(AT_RISK, sum(col(EVENTS).plus(col(CENSORED))).over(fromTop))
        .withColumn(SURVIVAL, when(emptied, lit(0.0)).otherwise(exp(logSurvival)))
        .withColumn(GREENWOOD, greenwood);
    Column s = col(SURVIVAL);
    Column interior = s.gt(0).and(s.lt(1));
    Column spread = lit(Z95).multiply(sqrt(col(GREENWOOD))).divide(abs(log(s)));
    return km.withColumn(STD_ERROR, s.multiply(sqrt(col(GREENWOOD))))
        .withColumn(CI_LOW, when(interior, pow(s, exp(spread))).otherwise(s))
        .withColumn(CI_HIGH, when(interior, pow(s, exp(spread.multiply(-1)))).otherwise(s))
        .drop(GREENWOOD);
  }

  /**
   * The p-quantile of patience per group (the wait by which a share p would have abandoned): the first t with
   * S(t) <= 1 - p, and its Brookmeyer-Crowley 95 % interval from the band. Null where the curve never falls
   * that far (patience longer than the longest wait seen).
   */
  static Dataset<Row> quantiles(Dataset<Row> curve, List<String> groups, double[] shares, String[] names) {
    List<Column> aggs = new ArrayList<>();
    for (int i = 0; i < shares.length; i++) {
      double level = 1 - shares[i];
      aggs.add(min(when(col(SURVIVAL).leq(level + 1e-12), col(T))).as(names[i]));
      aggs.add(min(when(col(CI_LOW).leq(level + 1e-12), col(T))).as(names[i] + "_ci_low"));
      aggs.add(min(when(col(CI_HIGH).leq(level + 1e-12), col(T))).as(names[i] + "_ci_high"));
    }
    return curve.groupBy(cols(groups).toArray(Column[]::new))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
  }

  static List<Column> cols(List<String> names) {
    return names.stream().map(org.apache.spark.sql.functions::col).toList();
  }
}
