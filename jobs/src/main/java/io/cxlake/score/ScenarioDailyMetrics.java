package io.cxlake.score;

import static io.cxlake.score.ScoreColumns.CHANNEL;
import static io.cxlake.score.ScoreColumns.CONTACT_DATE;
import static io.cxlake.score.ScoreColumns.CONTACT_ID;
import static io.cxlake.score.ScoreColumns.NO_SCENARIO;
import static io.cxlake.score.ScoreColumns.OVERALL;
import static io.cxlake.score.ScoreColumns.REGION;
import static io.cxlake.score.ScoreColumns.RESOLUTION_STATUS;
import static io.cxlake.score.ScoreColumns.SCENARIO_ID;
import static io.cxlake.score.ScoreColumns.SITE;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The dashboard's source: per day, scenario, region, channel and site, the volume (all contacts, abandoned ones
 * too), the mean dimension scores of the scored ones, first-contact resolution over the settled ones, handle and
 * wait times, abandonment and the mood mix.
 */
final class ScenarioDailyMetrics {

  static final String UNKNOWN_MOOD = "unknown";

  private ScenarioDailyMetrics() {}

  /**
   * {@code contacts}: silver contacts of the days; {@code scenarios}: contact_id, scenario_id; {@code scores}: the
   * scored rows (contact_id, dimension scores, resolution_status); {@code moods}: contact_id, mood.
   */
  static Dataset<Row> daily(Dataset<Row> contacts, Dataset<Row> scenarios, Dataset<Row> scores, Dataset<Row> moods) {
    List<String> scoreCols = new ArrayList<>(List.of(CONTACT_ID, RESOLUTION_STATUS, OVERALL));
    Rubric.DIMENSIONS.forEach(d -> scoreCols.add(ScoreColumns.dimension(d)));
    Dataset<Row> rows = contacts.select(CONTACT_ID, CONTACT_DATE, REGION, CHANNEL, SITE, "answered_time",
            "abandoned_time", "wait_seconds", "handle_seconds")
        .join(scenarios, new String[] {CONTACT_ID}, "left")
        .join(scores.select(scoreCols.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new)),
            new String[] {CONTACT_ID}, "left")
        .join(moods, new String[] {CONTACT_ID}, "left")
        .withColumn(SCENARIO_ID, coalesce(col(SCENARIO_ID), lit(NO_SCENARIO)));
    return rows.groupBy(col(CONTACT_DATE).as("metric_date"), col(SCENARIO_ID), col(REGION), col(CHANNEL), col(SITE))
        .agg(count(lit(1)).as("contacts"), aggregates().toArray(Column[]::new))
        .withColumn("abandonment_rate", when(col("answered").plus(col("abandoned")).gt(0),
            col("abandoned").divide(col("answered").plus(col("abandoned")))))
        .withColumn("fcr_rate", when(col("fcr_settled").gt(0), col("fcr_resolved").divide(col("fcr_settled"))));
  }

  private static List<Column> aggregates() {
    Column answered = col("answered_time").isNotNull();
    Column status = col(RESOLUTION_STATUS);
    List<Column> out = new ArrayList<>(List.of(
        sum(when(answered, 1L).otherwise(0L)).as("answered"),
        sum(when(col("abandoned_time").isNotNull().and(col("answered_time").isNull()), 1L).otherwise(0L)).as("abandoned"),
        sum(when(col(OVERALL).isNotNull(), 1L).otherwise(0L)).as("scored")));
    for (String d : Rubric.DIMENSIONS) {
      out.add(avg(ScoreColumns.dimension(d)).as(ScoreColumns.dimension(d)));
    }
    out.add(avg(OVERALL).as(OVERALL));
    out.add(sum(when(status.isin("resolved", "repeated"), 1L).otherwise(0L)).as("fcr_settled"));
    out.add(sum(when(status.equalTo("resolved"), 1L).otherwise(0L)).as("fcr_resolved"));
    out.add(sum(when(status.equalTo("pending"), 1L).otherwise(0L)).as("fcr_pending"));
    out.add(avg(when(answered, col("handle_seconds"))).as("average_handle_seconds"));
    out.add(avg(when(answered.or(col("abandoned_time").isNotNull()), col("wait_seconds"))).as("average_wait_seconds"));
    out.add(moodMix());
    return out;
  }

  private static Column moodMix() {
    List<Column> kv = new ArrayList<>();
    List<String> moods = new ArrayList<>(new java.util.TreeSet<>(Rubric.MOODS));
    moods.add(UNKNOWN_MOOD);
    Column mood = coalesce(col("mood"), lit(UNKNOWN_MOOD));
    for (String m : moods) {
      kv.add(lit(m));
      kv.add(sum(when(mood.equalTo(m), 1L).otherwise(0L)));
    }
    return map(kv.toArray(Column[]::new)).as("mood_counts");
  }

  /** The contacts of the days, for {@link #daily}. */
  static Dataset<Row> days(Dataset<Row> contacts, LocalDate from, LocalDate day) {
    return contacts.where(col(CONTACT_DATE).between(Date.valueOf(from), Date.valueOf(day)));
  }
}
