package io.cxlake.score;

import static io.cxlake.score.ScoreColumns.CHANNEL;
import static io.cxlake.score.ScoreColumns.CONTACT_DATE;
import static io.cxlake.score.ScoreColumns.CONTACT_ID;
import static io.cxlake.score.ScoreColumns.QUERY_TYPE_ID;
import static io.cxlake.score.ScoreColumns.REGION;
import static io.cxlake.score.ScoreColumns.RESOLUTION_STATUS;
import static io.cxlake.score.ScoreColumns.SCENARIO_ID;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import io.cxlake.scenario.RepeatContacts;
import io.cxlake.schema.TableColumns.GoldContactScenario;
import io.cxlake.schema.TableColumns.GoldRegionWaitTolerance;
import io.cxlake.schema.TableColumns.SilverContactText;
import io.cxlake.schema.TableColumns.SilverContacts;
import io.cxlake.text.AgentPhrases;
import io.cxlake.text.Lexicons;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The evidence frame: one row per answered contact with one column per {@link Evidence}, built from silver and
 * gold tables with Spark's own functions. Every input is cut at the run date, so the frame is what was known that
 * night, whenever the night is run.
 */
final class ContactEvidence {

  static final String WAIT_TARGET = "wait_target_seconds";
  static final String HANDLE_NORM = "handle_norm_seconds";
  // the targets and norms the two above are chosen from
  private static final String REGION_TARGET = "region_target_seconds";
  private static final String SCENARIO_NORM = "scenario_norm";
  private static final String CHANNEL_NORM = "channel_norm";
  private static final String N = "n";

  private ContactEvidence() {}

  /** The contacts a rubric scores: answered (a conversation took place), of the given contact dates. */
  static Dataset<Row> answered(Dataset<Row> contacts, LocalDate from, LocalDate day) {
    return contacts.where(col(CONTACT_DATE).between(Date.valueOf(from), Date.valueOf(day))
        .and(col(SilverContacts.ANSWERED_TIME).isNotNull()));
  }

  /** Each region's on-time target from the latest tolerance profile of the run date or before. */
  static Dataset<Row> regionTargets(Dataset<Row> tolerance, LocalDate day) {
    Dataset<Row> upTo = tolerance.where(col(GoldRegionWaitTolerance.RUN_DATE).leq(Date.valueOf(day))
        .and(col(GoldRegionWaitTolerance.LEVEL).equalTo("region")));
    Dataset<Row> latest = upTo.groupBy(REGION)
        .agg(max(GoldRegionWaitTolerance.RUN_DATE).as(GoldRegionWaitTolerance.RUN_DATE));
    return upTo.join(latest, new String[] {REGION, GoldRegionWaitTolerance.RUN_DATE})
        .select(col(REGION), col(GoldRegionWaitTolerance.ON_TIME_TARGET_SECONDS).as(REGION_TARGET));
  }

  /**
   * Median handle time per scenario over answered contacts with a scenario (the norm window), where it has at
   * least {@code minContacts}; and per channel, the fallback.
   */
  static Dataset<Row> scenarioNorms(Dataset<Row> answeredWithScenario, int minContacts) {
    return answeredWithScenario.where(col(SilverContacts.HANDLE_SECONDS).isNotNull()).groupBy(SCENARIO_ID)
        .agg(percentile_approx(col(SilverContacts.HANDLE_SECONDS), lit(0.5), lit(1000)).as(SCENARIO_NORM),
            count(lit(1)).as(N))
        .where(col(N).geq(minContacts)).drop(N);
  }

  static Dataset<Row> channelNorms(Dataset<Row> answeredWithScenario) {
    return answeredWithScenario.where(col(SilverContacts.HANDLE_SECONDS).isNotNull()).groupBy(CHANNEL)
        .agg(percentile_approx(col(SilverContacts.HANDLE_SECONDS), lit(0.5), lit(1000)).as(CHANNEL_NORM));
  }

  /** The wait target of each contact: its region's for the region-target channels, else its channel's. */
  static Column waitTarget(Map<String, Double> channelTargets, List<String> regionChannels) {
    Column fixed = null;
    for (Map.Entry<String, Double> e : channelTargets.entrySet()) {
      fixed = fixed == null ? when(col(CHANNEL).equalTo(e.getKey()), e.getValue())
          : fixed.when(col(CHANNEL).equalTo(e.getKey()), e.getValue());
    }
    Column region = when(col(CHANNEL).isin(regionChannels.toArray()), col(REGION_TARGET));
    return coalesce(region, fixed);
  }

  /**
   * Resolution as known on the run date: repeated (0) as soon as the customer came back, resolved (1) once
   * {@code resolutionDays} have passed without a return, pending (null) before, unknown without a customer.
   */
  static Dataset<Row> resolution(Dataset<Row> answered, Dataset<Row> allUpToDay, Dataset<Row> queryTypes,
                                 int resolutionDays, LocalDate day) {
    Column settled = col(CONTACT_DATE).leq(Date.valueOf(day.minusDays(resolutionDays)));
    Column repeated = col(RepeatContacts.REPEATED);
    return RepeatContacts.flag(answered, allUpToDay, queryTypes, resolutionDays)
        .withColumn(RESOLUTION_STATUS, when(repeated.isNull(), "unknown").when(repeated, "repeated")
            .when(settled, "resolved").otherwise("pending"))
        .withColumn(Evidence.RESOLVED_FIRST_CONTACT.code(), when(repeated, 0.0)
            .when(repeated.equalTo(false).and(settled), 1.0));
  }

  /**
   * The evidence frame. {@code resolved}: answered contacts with their resolution ({@link #resolution});
   * {@code scenarios}: contact_id, scenario_id, query_type_id; {@code text}: silver_contact_text rows;
   * {@code agent}: {@link io.cxlake.text.PhraseLexicon#perContact} of the agent phrases; the norms and targets as built above.
   */
  static Dataset<Row> frame(Dataset<Row> resolved, Dataset<Row> scenarios, Dataset<Row> text, Dataset<Row> agent,
                            Dataset<Row> regionTargets, Dataset<Row> scenarioNorms, Dataset<Row> channelNorms,
                            ScoreSettings s) {
    Dataset<Row> t = text.select(col(CONTACT_ID), col(SilverContactText.MOOD), col(SilverContactText.GOAL),
        col(SilverContactText.LAST_TURN_MOOD), col(SilverContactText.CUSTOMER_TURNS),
        col(SilverContactText.TURN_MOODS));
    Dataset<Row> joined = resolved.join(scenarios, new String[] {CONTACT_ID}, "left")
        .join(t, new String[] {CONTACT_ID}, "left")
        .join(agent, new String[] {CONTACT_ID}, "left")
        .join(broadcast(regionTargets), new String[] {REGION}, "left")
        .join(broadcast(scenarioNorms), new String[] {SCENARIO_ID}, "left")
        .join(broadcast(channelNorms), new String[] {CHANNEL}, "left")
        .withColumn(WAIT_TARGET, waitTarget(s.waitTargets(), s.regionTargetChannels()))
        .withColumn(HANDLE_NORM, coalesce(col(SCENARIO_NORM), col(CHANNEL_NORM)));
    return withEvidence(joined);
  }

  /** The evidence columns from the joined facts (package-private for tests on hand-written rows). */
  static Dataset<Row> withEvidence(Dataset<Row> joined) {
    Column inbound = col(SilverContacts.DIRECTION).equalTo("inbound");
    Column turns = col(SilverContactText.TURN_MOODS);
    Column agentSpoke = col(AgentPhrases.AGENT_TURNS).isNotNull();
    Dataset<Row> out = joined
        .withColumn(Evidence.WAIT_RATIO.code(), when(inbound.and(col(WAIT_TARGET).gt(0)),
            col(SilverContacts.WAIT_SECONDS).divide(col(WAIT_TARGET))))
        .withColumn(Evidence.HANDLE_RATIO.code(), when(col(HANDLE_NORM).gt(0),
            col(SilverContacts.HANDLE_SECONDS).divide(col(HANDLE_NORM))))
        .withColumn(Evidence.TRANSFERS.code(), col(SilverContacts.TRANSFERS).cast("double"))
        .withColumn(Evidence.DISPOSITION_RESOLVED.code(), when(col(SilverContacts.DISPOSITION).isNotNull(),
            when(col(SilverContacts.DISPOSITION).equalTo("resolved"), 1.0).otherwise(0.0)))
        .withColumn(Evidence.SENTIMENT_CHANGE.code(), when(size(turns).geq(2),
            element_at(turns, -1).getField("sentiment").minus(element_at(turns, 1).getField("sentiment"))))
        .withColumn(Evidence.ENDED_CALM.code(), when(col(SilverContactText.LAST_TURN_MOOD).isNotNull(),
            when(col(SilverContactText.LAST_TURN_MOOD).isin(Lexicons.NEGATIVE_MOODS.toArray()), 0.0).otherwise(1.0)))
        .withColumn(Evidence.CUSTOMER_TURNS.code(), col(SilverContactText.CUSTOMER_TURNS).cast("double"));
    java.util.Map<String, Column> agentEvidence = new java.util.LinkedHashMap<>();
    for (String phrase : AgentPhrases.COLUMNS) {
      Evidence e = Evidence.valueOf(phrase.toUpperCase(java.util.Locale.ROOT));
      agentEvidence.put(e.code(), when(agentSpoke, coalesce(col(phrase), lit(0)).cast("double")));
    }
    return out.withColumns(agentEvidence);
  }

  /** Contacts of the window with their scenario's query type, for the repeats rule (assigned ones only). */
  static Dataset<Row> assignedQueryTypes(Dataset<Row> contactScenario) {
    return contactScenario.where(col(GoldContactScenario.ASSIGNMENT).equalTo("assigned"))
        .select(CONTACT_ID, QUERY_TYPE_ID);
  }
}
