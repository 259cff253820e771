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

import io.cxlake.schema.TableColumns.GoldScenarioDailyMetrics;
import io.cxlake.schema.TableColumns.SilverContactText;
import io.cxlake.schema.TableColumns.SilverContacts;
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
    Dataset<Row> rows = contacts.select(CONTACT_ID, CONTACT_DATE, REGION, CHANNEL, SITE, SilverContacts.ANSWERED_TIME,
            SilverContacts.ABANDONED_TIME, SilverContacts.WAIT_SECONDS, SilverContacts.HANDLE_SECONDS)
        .join(scenarios, new String[] {CONTACT_ID}, "left")
        .join(scores.select(scoreCols.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new)),
            new String[] {CONTACT_ID}, "left")
        .join(moods, new String[] {CONTACT_ID}, "left")
        .withColumn(SCENARIO_ID, coalesce(col(SCENARIO_ID), lit(NO_SCENARIO)));
    return rows.groupBy(col(CONTACT_DATE).as(GoldScenarioDailyMetrics.METRIC_DATE), col(SCENARIO_ID), col(REGION),
        col(CHANNEL), col(SITE))
        .agg(count(lit(1)).as(GoldScenarioDailyMetrics.CONTACTS), aggregates().toArray(Column[]::new))
        .withColumn(GoldScenarioDailyMetrics.ABANDONMENT_RATE,
            when(col(GoldScenarioDailyMetrics.ANSWERED).plus(col(GoldScenarioDailyMetrics.ABANDONED)).gt(0),
                col(GoldScenarioDailyMetrics.ABANDONED)
                    .divide(col(GoldScenarioDailyMetrics.ANSWERED).plus(col(GoldScenarioDailyMetrics.ABANDONED)))))
        .withColumn(GoldScenarioDailyMetrics.FCR_RATE, when(col(GoldScenarioDailyMetrics.FCR_SETTLED).gt(0),
            col(GoldScenarioDailyMetrics.FCR_RESOLVED).divide(col(GoldScenarioDailyMetrics.FCR_SETTLED))));
  }

  private static List<Column> aggregates() {
    Column answered = col(SilverContacts.ANSWERED_TIME).isNotNull();
    Column status = col(RESOLUTION_STATUS);
    List<Column> out = new ArrayList<>(List.of(
        sum(when(answered, 1L).otherwise(0L)).as(GoldScenarioDailyMetrics.ANSWERED),
        sum(when(col(SilverContacts.ABANDONED_TIME).isNotNull().and(col(SilverContacts.ANSWERED_TIME).isNull()),
            1L).otherwise(0L)).as(GoldScenarioDailyMetrics.ABANDONED),
        sum(when(col(OVERALL).isNotNull(), 1L).otherwise(0L)).as(GoldScenarioDailyMetrics.SCORED)));
    for (String d : Rubric.DIMENSIONS) {
      out.add(avg(ScoreColumns.dimension(d)).as(ScoreColumns.dimension(d)));
    }
    out.add(avg(OVERALL).as(OVERALL));
    out.add(sum(when(status.isin("resolved", "repeated"), 1L).otherwise(0L))
        .as(GoldScenarioDailyMetrics.FCR_SETTLED));
    out.add(sum(when(status.equalTo("resolved"), 1L).otherwise(0L)).as(GoldScenarioDailyMetrics.FCR_RESOLVED));
    out.add(sum(when(status.equalTo("pending"), 1L).otherwise(0L)).as(GoldScenarioDailyMetrics.FCR_PENDING));
    out.add(avg(when(answered, col(SilverContacts.HANDLE_SECONDS)))
        .as(GoldScenarioDailyMetrics.AVERAGE_HANDLE_SECONDS));
    out.add(avg(when(answered.or(col(SilverContacts.ABANDONED_TIME).isNotNull()),
        col(SilverContacts.WAIT_SECONDS))).as(GoldScenarioDailyMetrics.AVERAGE_WAIT_SECONDS));
    out.add(moodMix());
    return out;
  }

  private static Column moodMix() {
    List<Column> kv = new ArrayList<>();
    List<String> moods = new ArrayList<>(new java.util.TreeSet<>(Rubric.MOODS));
    moods.add(UNKNOWN_MOOD);
    Column mood = coalesce(col(SilverContactText.MOOD), lit(UNKNOWN_MOOD));
    for (String m : moods) {
      kv.add(lit(m));
      kv.add(sum(when(mood.equalTo(m), 1L).otherwise(0L)));
    }
    return map(kv.toArray(Column[]::new)).as(GoldScenarioDailyMetrics.MOOD_COUNTS);
  }

  /** The contacts of the days, for {@link #daily}. */
  static Dataset<Row> days(Dataset<Row> contacts, LocalDate from, LocalDate day) {
    return contacts.where(col(CONTACT_DATE).between(Date.valueOf(from), Date.valueOf(day)));
  }
}
