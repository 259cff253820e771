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
    Column mood = coalesce(col("mood"), lit(""));
    Column distrust = greatest(coalesce(col("distrust_phrase"), lit(0)), mood.equalTo("distrustful").cast("int"));
    Column abuse = coalesce(col("abuse_phrase"), lit(0));
    return contacts.where(col("answered_time").isNotNull().and(col(AGENT).isNotNull()))
        .select("contact_id", AGENT, "site", "contact_date", "handle_seconds")
        .join(text.select("contact_id", "mood"), new String[] {"contact_id"}, "left")
        .join(phrases, new String[] {"contact_id"}, "left")
        .select(col(AGENT), col("site"), week(col("contact_date")).as(WEEK), col("handle_seconds"),
            greatest(distrust, abuse, mood.isin("angry", "distrustful").cast("int")).as("hostile"),
            distrust.as("distrust"), abuse.as("abuse"));
  }

  /** Per agent and week: contacts, hostile, distrust and abuse counts, handle-time sum and count. */
  static Dataset<Row> inboundWeeks(Dataset<Row> handled) {
    return handled.groupBy(AGENT, WEEK).agg(max_by(col("site"), col("site")).as("site"), count(lit(1)).as("contacts"),
        sum("hostile").as("hostile_contacts"), sum("distrust").as("distrust_contacts"),
        sum("abuse").as("abuse_contacts"), sum("handle_seconds").as("handle_sum"),
        count(col("handle_seconds")).as("handled"));
  }

  /**
   * Per agent and week of outbound attempts: attempts, refused (rejected or blocked as spam) and the longest run
   * of refusals between two answered calls (unanswered rings neither extend nor break it).
   */
  static Dataset<Row> outboundWeeks(Dataset<Row> attempts) {
    Column refused = col("outcome").isin("rejected", "blocked_as_spam");
    Dataset<Row> a = attempts.where(col(AGENT).isNotNull())
        .select(col(AGENT), col("attempt_id"), col("attempt_time"), week(col("attempt_date")).as(WEEK),
            refused.cast("int").as("refused"), col("outcome").equalTo("answered").cast("int").as("answered"));
    Column run = sum("answered").over(Window.partitionBy(AGENT, WEEK).orderBy("attempt_time", "attempt_id"));
    Dataset<Row> runs = a.withColumn("run", run).groupBy(AGENT, WEEK, "run").agg(sum("refused").as("streak"));
    return a.groupBy(AGENT, WEEK).agg(count(lit(1)).as("outbound_attempts"), sum("refused").as("refused_attempts"))
        .join(runs.groupBy(AGENT, WEEK).agg(max("streak").as("longest_refusal_streak")), new String[] {AGENT, WEEK});
  }

  /**
   * Both sides per agent and week, with the handle-time baseline of the agent's {@code baselineWeeks} weeks
   * before, the drift from it, the strain score (0-100), its band and reasons.
   */
  static Dataset<Row> strain(Dataset<Row> inbound, Dataset<Row> outbound, int baselineWeeks, double high,
                             double medium) {
    Dataset<Row> w = inbound.join(outbound, new String[] {AGENT, WEEK}, "full_outer");
    w = w.withColumns(io.cxlake.spark.Projections.zeroForNull(java.util.List.of("contacts", "hostile_contacts",
        "distrust_contacts", "abuse_contacts", "handle_sum", "handled", "outbound_attempts", "refused_attempts",
        "longest_refusal_streak"), lit(0)));
    Column weekNo = datediff(col(WEEK), lit("1970-01-05")).divide(7).cast("long");
    org.apache.spark.sql.expressions.WindowSpec before = Window.partitionBy(AGENT).orderBy(weekNo)
        .rangeBetween(-baselineWeeks, -1);
    Dataset<Row> b = w.withColumn("aht_seconds", when(col("handled").gt(0), col("handle_sum").divide(col("handled"))))
        .withColumn("baseline_aht_seconds", sum("handle_sum").over(before).divide(sum("handled").over(before)))
        .withColumn("hostile_share", when(col("contacts").gt(0), col("hostile_contacts").divide(col("contacts"))))
        .withColumn("handle_time_drift", col("aht_seconds").divide(col("baseline_aht_seconds")).minus(1));
    Column hostile = least(coalesce(col("hostile_share"), lit(0D)).divide(HOSTILE_SHARE_FULL), lit(1D));
    Column streak = least(col("longest_refusal_streak").divide(STREAK_FULL), lit(1D));
    Column abuse = least(col("abuse_contacts").divide(ABUSE_FULL), lit(1D));
    Column drift = least(greatest(coalesce(col("handle_time_drift"), lit(0D)), lit(0D)).divide(DRIFT_FULL), lit(1D));
    Column score = round(hostile.multiply(35).plus(streak.multiply(25)).plus(abuse.multiply(20))
        .plus(drift.multiply(20)), 1);
    return b.withColumn("strain_score", score)
        .withColumn("band", when(col("strain_score").geq(high), lit("high"))
            .when(col("strain_score").geq(medium), lit("medium")).otherwise(lit("low")))
        .withColumn("reasons", array_compact(array(
            when(hostile.geq(0.5), concat(format_number(col("hostile_share").multiply(100), 0),
                lit("% of contacts hostile or distrustful"))),
            when(streak.geq(0.5), concat(col("longest_refusal_streak").cast("string"),
                lit(" outbound calls refused in a row"))),
            when(abuse.geq(0.3), concat(col("abuse_contacts").cast("string"), lit(" contacts with abuse"))),
            when(drift.geq(0.4), concat(lit("handle time "), format_number(col("handle_time_drift").multiply(100), 0),
                lit("% above their own earlier weeks"))))));
  }
}
