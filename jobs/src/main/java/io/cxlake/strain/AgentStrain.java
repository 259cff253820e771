package io.cxlake.strain;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.TableColumns.GoldAgentStrainSignal;
import io.cxlake.schema.TableColumns.SilverContactText;
import io.cxlake.schema.TableColumns.SilverContacts;
import io.cxlake.schema.TableColumns.SilverOutboundAttempts;
import io.cxlake.text.CustomerPhrases;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Agent strain per agent and week (weeks start on Monday): how many of their contacts were hostile or
 * distrustful, how often they were abused, their longest run of refused outbound calls, and how far their handle
 * time drifted from their own earlier weeks, folded into a 0-100 strain score with its reasons.
 */
final class AgentStrain {

  static final String AGENT = "agent_id";
  static final String WEEK = "week_start";
  // per contact and per attempt, 1 or 0, and their sums
  private static final String HOSTILE = "hostile";
  private static final String DISTRUST = "distrust";
  private static final String ABUSE = "abuse";
  private static final String REFUSED = "refused";
  private static final String ANSWERED = "answered";
  private static final String HANDLE_SUM = "handle_sum";
  private static final String HANDLED = "handled";
  /** Number of the run of refusals an attempt belongs to (answered attempts so far), and the run's length. */
  private static final String RUN = "run";
  private static final String STREAK = "streak";
  /** Refusals in a row at which the streak component is full: "ten refusals in a row break a caller". */
  static final double STREAK_FULL = 10;
  static final double HOSTILE_SHARE_FULL = 0.5;
  static final double ABUSE_FULL = 10;
  static final double DRIFT_FULL = 0.5;

  private AgentStrain() {}

  static Column week(Column date) {
    return date_trunc("week", date).cast("date");
  }

  /**
   * Per answered contact with an agent: agent_id, site, week_start, handle_seconds, hostile, distrust, abuse (0/1).
   * {@code phrases}: the customer phrases per contact.
   */
  static Dataset<Row> handled(Dataset<Row> contacts, Dataset<Row> text, Dataset<Row> phrases) {
    Column mood = coalesce(col(SilverContactText.MOOD), lit(""));
    Column distrust = greatest(coalesce(col(CustomerPhrases.DISTRUST_PHRASE), lit(0)),
        mood.equalTo("distrustful").cast("int"));
    Column abuse = coalesce(col(CustomerPhrases.ABUSE_PHRASE), lit(0));
    return contacts.where(col(SilverContacts.ANSWERED_TIME).isNotNull().and(col(AGENT).isNotNull()))
        .select(SilverContacts.CONTACT_ID, AGENT, SilverContacts.SITE, SilverContacts.CONTACT_DATE,
            SilverContacts.HANDLE_SECONDS)
        .join(text.select(SilverContacts.CONTACT_ID, SilverContactText.MOOD), new String[] {SilverContacts.CONTACT_ID},
            "left")
        .join(phrases, new String[] {SilverContacts.CONTACT_ID}, "left")
        .select(col(AGENT), col(SilverContacts.SITE), week(col(SilverContacts.CONTACT_DATE)).as(WEEK),
            col(SilverContacts.HANDLE_SECONDS),
            greatest(distrust, abuse, mood.isin("angry", "distrustful").cast("int")).as(HOSTILE),
            distrust.as(DISTRUST), abuse.as(ABUSE));
  }

  /** Per agent and week: contacts, hostile, distrust and abuse counts, handle-time sum and count. */
  static Dataset<Row> inboundWeeks(Dataset<Row> handled) {
    return handled.groupBy(AGENT, WEEK).agg(
        max_by(col(GoldAgentStrainSignal.SITE), col(GoldAgentStrainSignal.SITE)).as(GoldAgentStrainSignal.SITE),
        count(lit(1)).as(GoldAgentStrainSignal.CONTACTS),
        sum(HOSTILE).as(GoldAgentStrainSignal.HOSTILE_CONTACTS),
        sum(DISTRUST).as(GoldAgentStrainSignal.DISTRUST_CONTACTS),
        sum(ABUSE).as(GoldAgentStrainSignal.ABUSE_CONTACTS), sum(SilverContacts.HANDLE_SECONDS).as(HANDLE_SUM),
        count(col(SilverContacts.HANDLE_SECONDS)).as(HANDLED));
  }

  /**
   * Per agent and week of outbound attempts: attempts, refused (rejected or blocked as spam) and the longest run
   * of refusals between two answered calls (unanswered rings neither extend nor break it).
   */
  static Dataset<Row> outboundWeeks(Dataset<Row> attempts) {
    Column refused = col(SilverOutboundAttempts.OUTCOME).isin("rejected", "blocked_as_spam");
    Dataset<Row> a = attempts.where(col(AGENT).isNotNull())
        .select(col(AGENT), col(SilverOutboundAttempts.ATTEMPT_ID), col(SilverOutboundAttempts.ATTEMPT_TIME),
            week(col(SilverOutboundAttempts.ATTEMPT_DATE)).as(WEEK),
            refused.cast("int").as(REFUSED),
            col(SilverOutboundAttempts.OUTCOME).equalTo("answered").cast("int").as(ANSWERED));
    Column run = sum(ANSWERED).over(Window.partitionBy(AGENT, WEEK).orderBy(SilverOutboundAttempts.ATTEMPT_TIME,
        SilverOutboundAttempts.ATTEMPT_ID));
    Dataset<Row> runs = a.withColumn(RUN, run).groupBy(AGENT, WEEK, RUN).agg(sum(REFUSED).as(STREAK));
    return a.groupBy(AGENT, WEEK).agg(count(lit(1)).as(GoldAgentStrainSignal.OUTBOUND_ATTEMPTS),
        sum(REFUSED).as(GoldAgentStrainSignal.REFUSED_ATTEMPTS))
        .join(runs.groupBy(AGENT, WEEK).agg(max(STREAK).as(GoldAgentStrainSignal.LONGEST_REFUSAL_STREAK)),
            new String[] {AGENT, WEEK});
  }

  /**
   * Both sides per agent and week, with the handle-time baseline of the agent's {@code baselineWeeks} weeks
   * before, the drift from it, the strain score (0-100), its band and reasons.
   */
  static Dataset<Row> strain(Dataset<Row> inbound, Dataset<Row> outbound, int baselineWeeks, double high,
                             double medium) {
    Dataset<Row> w = inbound.join(outbound, new String[] {AGENT, WEEK}, "full_outer");
    w = w.withColumns(io.cxlake.spark.Projections.zeroForNull(java.util.List.of(GoldAgentStrainSignal.CONTACTS,
        GoldAgentStrainSignal.HOSTILE_CONTACTS,
        GoldAgentStrainSignal.DISTRUST_CONTACTS, GoldAgentStrainSignal.ABUSE_CONTACTS, HANDLE_SUM, HANDLED,
        GoldAgentStrainSignal.OUTBOUND_ATTEMPTS, GoldAgentStrainSignal.REFUSED_ATTEMPTS,
        GoldAgentStrainSignal.LONGEST_REFUSAL_STREAK), lit(0)));
    Column weekNo = datediff(col(WEEK), lit("1970-01-05")).divide(7).cast("long");
    org.apache.spark.sql.expressions.WindowSpec before = Window.partitionBy(AGENT).orderBy(weekNo)
        .rangeBetween(-baselineWeeks, -1);
    Dataset<Row> b = w.withColumn(GoldAgentStrainSignal.AHT_SECONDS, when(col(HANDLED).gt(0),
        col(HANDLE_SUM).divide(col(HANDLED))))
        .withColumn(GoldAgentStrainSignal.BASELINE_AHT_SECONDS,
            sum(HANDLE_SUM).over(before).divide(sum(HANDLED).over(before)))
        .withColumn(GoldAgentStrainSignal.HOSTILE_SHARE, when(col(GoldAgentStrainSignal.CONTACTS).gt(0),
            col(GoldAgentStrainSignal.HOSTILE_CONTACTS).divide(col(GoldAgentStrainSignal.CONTACTS))))
        .withColumn(GoldAgentStrainSignal.HANDLE_TIME_DRIFT,
            col(GoldAgentStrainSignal.AHT_SECONDS).divide(col(GoldAgentStrainSignal.BASELINE_AHT_SECONDS)).minus(1));
    Column hostile = least(coalesce(col(GoldAgentStrainSignal.HOSTILE_SHARE), lit(0D)).divide(HOSTILE_SHARE_FULL),
        lit(1D));
    Column streak = least(col(GoldAgentStrainSignal.LONGEST_REFUSAL_STREAK).divide(STREAK_FULL), lit(1D));
    Column abuse = least(col(GoldAgentStrainSignal.ABUSE_CONTACTS).divide(ABUSE_FULL), lit(1D));
    Column drift = least(greatest(coalesce(col(GoldAgentStrainSignal.HANDLE_TIME_DRIFT), lit(0D)),
        lit(0D)).divide(DRIFT_FULL), lit(1D));
    Column score = round(hostile.multiply(35).plus(streak.multiply(25)).plus(abuse.multiply(20))
        .plus(drift.multiply(20)), 1);
    return b.withColumn(GoldAgentStrainSignal.STRAIN_SCORE, score)
        .withColumn(GoldAgentStrainSignal.BAND, when(col(GoldAgentStrainSignal.STRAIN_SCORE).geq(high), lit("high"))
            .when(col(GoldAgentStrainSignal.STRAIN_SCORE).geq(medium), lit("medium")).otherwise(lit("low")))
        .withColumn(GoldAgentStrainSignal.REASONS, array_compact(array(
            when(hostile.geq(0.5), concat(format_number(col(GoldAgentStrainSignal.HOSTILE_SHARE).multiply(100), 0),
                lit("% of contacts hostile or distrustful"))),
            when(streak.geq(0.5), concat(col(GoldAgentStrainSignal.LONGEST_REFUSAL_STREAK).cast("string"),
                lit(" outbound calls refused in a row"))),
            when(abuse.geq(0.3), concat(col(GoldAgentStrainSignal.ABUSE_CONTACTS).cast("string"),
                lit(" contacts with abuse"))),
            when(drift.geq(0.4), concat(lit("handle time "),
                format_number(col(GoldAgentStrainSignal.HANDLE_TIME_DRIFT).multiply(100), 0),
                lit("% above their own earlier weeks"))))));
  }
}
