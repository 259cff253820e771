package io.cxlake.tolerance;

import static io.cxlake.tolerance.ToleranceColumns.AT_RISK;
import static io.cxlake.tolerance.ToleranceColumns.CENSORED;
import static io.cxlake.tolerance.ToleranceColumns.EVENTS;
import static io.cxlake.tolerance.ToleranceColumns.SURVIVAL;
import static io.cxlake.tolerance.ToleranceColumns.T;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
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
 * The actuarial life table of patience: per group and wait interval [b, b + w), the callers entering it, the
 * abandons and services within it, the conditional probability of abandoning in it (hazard) with a 95 % normal
 * interval, and the hazard rate per second. Peaks show where announcements or early hang-ups drive callers away.
 */
final class LifeTable {

  static final String BIN_END = "wait_to";
  static final String EFFECTIVE = "effective_at_risk";
  static final String HAZARD = "hazard";
  static final String HAZARD_LOW = "hazard_ci_low";
  static final String HAZARD_HIGH = "hazard_ci_high";
  static final String HAZARD_RATE = "hazard_rate_per_second";

  private LifeTable() {}

  /** From the per-wait counts of {@link KaplanMeier#counts}; {@code t} becomes the bin start. */
  static Dataset<Row> table(Dataset<Row> counts, List<String> groups, int binSeconds) {
    List<Column> by = new ArrayList<>(KaplanMeier.cols(groups));
    by.add(floor(col(T).divide(binSeconds)).multiply(binSeconds).cast("double").as(T));
    Dataset<Row> bins = counts.groupBy(by.toArray(Column[]::new))
        .agg(sum(col(EVENTS)).cast("long").as(EVENTS), sum(col(CENSORED)).cast("long").as(CENSORED));
    Column[] g = KaplanMeier.cols(groups).toArray(Column[]::new);
    WindowSpec fromTop = Window.partitionBy(g).orderBy(col(T).desc())
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    WindowSpec before = Window.partitionBy(g).orderBy(col(T)).rowsBetween(Window.unboundedPreceding(), -1);
    Column d = col(EVENTS);
    Column effective = col(EFFECTIVE);
    Column q = col(HAZARD);
    Column se = sqrt(q.multiply(lit(1).minus(q)).divide(effective));
    Column emptied = max(when(q.geq(1), 1).otherwise(0)).over(before).equalTo(1);
    return bins.withColumn(AT_RISK, sum(d.plus(col(CENSORED))).over(fromTop))
        .withColumn(BIN_END, col(T).plus(binSeconds))
        .withColumn(EFFECTIVE, col(AT_RISK).minus(col(CENSORED).divide(2)))
        .withColumn(HAZARD, least(lit(1.0), d.divide(effective)))
        .withColumn(HAZARD_LOW, greatest(lit(0.0), q.minus(se.multiply(KaplanMeier.Z95))))
        .withColumn(HAZARD_HIGH, least(lit(1.0), q.plus(se.multiply(KaplanMeier.Z95))))
        .withColumn(HAZARD_RATE, d.divide(effective.minus(d.divide(2)).multiply(binSeconds)))
        .withColumn(SURVIVAL, when(emptied, lit(0.0)).otherwise(
            exp(org.apache.spark.sql.functions.coalesce(
                sum(when(q.lt(1), log(lit(1).minus(q))).otherwise(0)).over(before), lit(0.0)))));
  }
}
