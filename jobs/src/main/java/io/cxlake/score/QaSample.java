package io.cxlake.score;

import static io.cxlake.score.ScoreColumns.CONTACT_ID;
import static io.cxlake.score.ScoreColumns.OVERALL;
import static io.cxlake.score.ScoreColumns.SCENARIO_ID;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import io.cxlake.schema.TableColumns.GoldQaSample;
import io.cxlake.schema.TableColumns.SilverContactText;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The nightly QA sample for supervisors: Poisson sampling stratified by scenario, each contact drawn with a
 * probability proportional to a size measure that grows as its score falls and its churn-risk signal rises.
 * Every drawn contact carries its inclusion probability and its weight 1/p, so weighted review results estimate
 * the whole night (Horvitz-Thompson). The draw is a hash of contact and run date: the same night draws the same.
 */
final class QaSample {

  static final double UNIT = 1_000_000_000d;
  static final double MISSING_SCORE = 50.0;
  /** Sum of the size measures of a contact's stratum. */
  private static final String STRATUM_SIZE_TOTAL = "stratum_size_total";

  private QaSample() {}

  /**
   * Churn-risk signal of a contact in 0..1 until the churn model exists: the mean of "the customer wants to cancel
   * or complain", "the last customer turn is angry or distrustful" and "the agent did not close it as resolved".
   */
  static Column riskSignal() {
    Column wantsOut = when(col(SilverContactText.GOAL).isin("cancel", "complain"), 1.0).otherwise(0.0);
    Column hostileEnd = when(col(SilverContactText.LAST_TURN_MOOD).isin("angry", "distrustful"), 1.0).otherwise(0.0);
    Column unresolved = when(col(Evidence.DISPOSITION_RESOLVED.code()).equalTo(0.0), 1.0).otherwise(0.0);
    return wantsOut.plus(hostileEnd).plus(unresolved).divide(3.0);
  }

  /** The drawn contacts of {@code scored} (one night's rows with rubric, overall_score and the risk inputs). */
  static Dataset<Row> draw(Dataset<Row> scored, LocalDate day, ScoreSettings s) {
    WindowSpec stratum = Window.partitionBy(SCENARIO_ID);
    Column size = lit(1.0).plus(lit(s.lowScoreWeight()).multiply(lit(100.0).minus(coalesce(col(OVERALL),
        lit(MISSING_SCORE)))).divide(100.0)).plus(col(GoldQaSample.RISK_SIGNAL).multiply(s.riskWeight()));
    Column target = least(col(GoldQaSample.STRATUM_CONTACTS).cast("double"), greatest(lit(s.qaSampleMinPerScenario()),
        col(GoldQaSample.STRATUM_CONTACTS).multiply(s.qaSampleShare())));
    Column p = least(lit(1.0), col(GoldQaSample.STRATUM_EXPECTED_DRAWS).multiply(col(GoldQaSample.SIZE_MEASURE))
        .divide(col(STRATUM_SIZE_TOTAL)));
    Column u = pmod(xxhash64(col(CONTACT_ID), lit(day.toString())), lit((long) UNIT)).divide(UNIT);
    return scored.withColumn(GoldQaSample.RISK_SIGNAL, riskSignal())
        .withColumn(GoldQaSample.SIZE_MEASURE, size)
        .withColumn(GoldQaSample.STRATUM_CONTACTS, count(lit(1)).over(stratum))
        .withColumn(STRATUM_SIZE_TOTAL, sum(GoldQaSample.SIZE_MEASURE).over(stratum))
        .withColumn(GoldQaSample.STRATUM_EXPECTED_DRAWS, target)
        .withColumn(GoldQaSample.INCLUSION_PROBABILITY, p)
        .where(u.lt(col(GoldQaSample.INCLUSION_PROBABILITY)))
        .withColumn(GoldQaSample.SAMPLING_WEIGHT, lit(1.0).divide(col(GoldQaSample.INCLUSION_PROBABILITY)));
  }
}
