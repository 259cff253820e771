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
  // per wait bin: the bin's start, 1 when the first customer turn is hostile, the bin's contacts and hostile share
  private static final String BIN = "bin";
  private static final String HOSTILE = "hostile";
  private static final String N = "n";
  private static final String SHARE = "share";
  private static final String BASELINE = "baseline";
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
        .withColumn(BIN, floor(col(WAIT).divide(binSeconds)).multiply(binSeconds))
        .withColumn(HOSTILE, when(col(FIRST_TURN_MOOD).isin("angry", "distrustful"), 1.0).otherwise(0.0));
    Dataset<Row> bins = answered.groupBy(col(REGION), col(BIN))
        .agg(count(lit(1)).as(N), avg(col(HOSTILE)).as(SHARE));
    Dataset<Row> baseline = bins.where(col(BIN).equalTo(0)).select(col(REGION), col(SHARE).as(BASELINE));
    return bins.join(baseline, REGION)
        .where(col(BIN).gt(0).and(col(N).geq(minBinContacts))
            .and(col(SHARE).geq(greatest(col(BASELINE).multiply(2), col(BASELINE).plus(MIN_RISE)))))
        .groupBy(REGION).agg(min(col(BIN)).cast("double").as(ONSET));
  }
}
