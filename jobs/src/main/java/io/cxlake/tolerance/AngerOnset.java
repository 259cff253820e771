package io.cxlake.tolerance;

import static io.cxlake.tolerance.ToleranceColumns.EVENT;
import static io.cxlake.tolerance.ToleranceColumns.OBSERVED;
import static io.cxlake.tolerance.ToleranceColumns.REGION;
import static io.cxlake.tolerance.ToleranceColumns.USE;
import static io.cxlake.tolerance.ToleranceColumns.WAIT;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Anger onset: the wait after which answered customers start their conversation angry or distrustful clearly
 * more often than those answered at once. Per region, the answered contacts are put in wait bins; the baseline
 * is the hostile share of the first bin, and the onset is the start of the first bin (with enough contacts)
 * whose share is at least double the baseline and at least {@link #MIN_RISE} above it. Null when no bin gets
 * there, or when there is no text understanding for the contacts (the text job has not run).
 */
final class AngerOnset {

  static final String ONSET = "anger_onset_wait_seconds";
  static final String FIRST_TURN_MOOD = "first_turn_mood";
  /** A rise from 1 % to 2 % is noise; a hostile share must also grow by five points. */
  static final double MIN_RISE = 0.05;

  private AngerOnset() {}

  /**
   * @param obs patience observations with their contact ids
   * @param contactText silver_contact_text (contact_id, first_turn_mood)
   */
  static Dataset<Row> byRegion(Dataset<Row> obs, Dataset<Row> contactText, int binSeconds, int minBinContacts) {
    Dataset<Row> answered = obs.where(col(USE).equalTo(OBSERVED).and(col(EVENT).equalTo(0)))
        .join(contactText.where(col(FIRST_TURN_MOOD).isNotNull()).select(col(ToleranceColumns.CONTACT_ID),
            col(FIRST_TURN_MOOD)), ToleranceColumns.CONTACT_ID)
        .withColumn("bin", floor(col(WAIT).divide(binSeconds)).multiply(binSeconds))
        .withColumn("hostile", when(col(FIRST_TURN_MOOD).isin("angry", "distrustful"), 1.0).otherwise(0.0));
    Dataset<Row> bins = answered.groupBy(col(REGION), col("bin"))
        .agg(count(lit(1)).as("n"), avg(col("hostile")).as("share"));
    Dataset<Row> baseline = bins.where(col("bin").equalTo(0)).select(col(REGION), col("share").as("baseline"));
    return bins.join(baseline, REGION)
        .where(col("bin").gt(0).and(col("n").geq(minBinContacts))
            .and(col("share").geq(greatest(col("baseline").multiply(2), col("baseline").plus(MIN_RISE)))))
        .groupBy(REGION).agg(min(col("bin")).cast("double").as(ONSET));
  }
}
