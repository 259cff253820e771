package io.cxlake.churn;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.cxlake.text.CustomerPhrases;
import io.cxlake.text.Lexicons;
import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The churn signals of each customer as of a date, from the interaction history up to that date only: the
 * customers with an inbound contact in the feature window who have not cancelled by then. A snapshot for a past
 * as-of date also carries its label (a cancellation within the horizon after it), for training and testing.
 */
final class ChurnFeatures {

  static final String CUSTOMER = "customer_key";
  static final String LABEL = "label";
  static final String AS_OF = "as_of_date";
  /** Wrap-up codes of a contact that ended without the problem solved (the generator's and the README's codes). */
  static final java.util.List<String> UNRESOLVED_DISPOSITIONS = java.util.List.of("unresolved", "follow_up",
      "callback_promised");
  /** A contact repeats an earlier one when it is on the same query type within this many days. */
  static final int REPEAT_DAYS = 7;

  private ChurnFeatures() {}

  /**
   * One row per inbound contact of a known customer with its facts: abandoned, complaint, repeat of an unsolved
   * problem, negative mood, sentiment, distrust and the customer-phrase mentions. {@code contacts}:
   * silver_contacts; {@code text}: silver_contact_text; {@code queryTypes}: contact_id, query_type_id;
   * {@code phrases}: {@link io.cxlake.text.PhraseLexicon#perContact} of the customer phrases.
   */
  static Dataset<Row> contactFacts(Dataset<Row> contacts, Dataset<Row> text, Dataset<Row> queryTypes,
                                   Dataset<Row> phrases) {
    Column negative = col("mood").isin(Lexicons.NEGATIVE_MOODS.toArray());
    Dataset<Row> joined = contacts.where(col("direction").equalTo("inbound").and(col(CUSTOMER).isNotNull()))
        .select("contact_id", CUSTOMER, "region", "arrival_time", "contact_date", "wait_seconds", "abandoned_time",
            "disposition", "transfers")
        .join(text.select("contact_id", "mood", "goal", "sentiment"), new String[] {"contact_id"}, "left")
        .join(queryTypes, new String[] {"contact_id"}, "left")
        .join(phrases, new String[] {"contact_id"}, "left");
    Column previous = lag(col("arrival_time"), 1).over(Window.partitionBy(CUSTOMER, "query_type_id")
        .orderBy("arrival_time"));
    Dataset<Row> out = joined
        .withColumn("abandoned", col("abandoned_time").isNotNull().cast("int"))
        .withColumn("unresolved", coalesce(col("disposition").isin(UNRESOLVED_DISPOSITIONS.toArray()), lit(false))
            .cast("int"))
        .withColumn("escalated", coalesce(col("transfers").gt(0).or(col("disposition").equalTo("transferred")),
            lit(false)).cast("int"))
        .withColumn("complaint", coalesce(col("goal").equalTo("complain"), lit(false)).cast("int"))
        .withColumn("repeat", when(col("query_type_id").isNotNull().and(previous.isNotNull())
            .and(col("arrival_time").leq(previous.plus(expr("make_interval(0, 0, 0, " + REPEAT_DAYS + ")")))), 1)
            .otherwise(0))
        .withColumn("negative", coalesce(negative, lit(false)).cast("int"))
        .withColumn("distrust", greatest(coalesce(col("distrust_phrase"), lit(0)),
            coalesce(col("mood").equalTo("distrustful"), lit(false)).cast("int")));
    return out.withColumns(io.cxlake.spark.Projections.zeroForNull(CustomerPhrases.COLUMNS, lit(0)));
  }

  /** The region's median patience as known on the as-of date (tolerance table, region level). */
  static Dataset<Row> patience(Dataset<Row> tolerance, LocalDate asOf) {
    Dataset<Row> upTo = tolerance.where(col("run_date").leq(Date.valueOf(asOf)).and(col("level").equalTo("region")));
    Dataset<Row> latest = upTo.groupBy("region").agg(max("run_date").as("run_date"));
    return upTo.join(latest, new String[] {"region", "run_date"})
        .groupBy("region").agg(max("median_patience_seconds").as("patience_seconds"));
  }

  /**
   * The signals of every active customer as of {@code asOf} over {@code featureDays}, and the label when
   * {@code horizonDays} is positive. Active: an account event by the as-of date, or a contact (either direction) in
   * the {@code activeDays} before it, and no cancellation by then; a customer without a contact in the feature window
   * is scored too, with zero counts (no contact is itself a signal). {@code seen}: customer_key, region and
   * contact_date of every contact; {@code outbound}: silver_outbound_attempts; {@code events}: customer_key, region,
   * event and event_date (the event's local calendar date in its region, like the contacts' dates).
   */
  static Dataset<Row> snapshot(Dataset<Row> facts, Dataset<Row> seen, Dataset<Row> outbound, Dataset<Row> events,
                               Dataset<Row> patience, LocalDate asOf, int featureDays, int activeDays,
                               int horizonDays) {
    Date from = Date.valueOf(asOf.minusDays(featureDays - 1L));
    Date to = Date.valueOf(asOf);
    Dataset<Row> window = facts.where(col("contact_date").between(from, to))
        .join(broadcast(patience), new String[] {"region"}, "left");
    Dataset<Row> signals = active(seen, events, asOf, activeDays)
        .join(perCustomer(window, asOf), new String[] {CUSTOMER}, "left")
        .withColumn("region", coalesce(col("contact_region"), col("known_region")))
        .join(outboundSignals(outbound, from, to), new String[] {CUSTOMER}, "left")
        .join(filedComplaints(events, from, to), new String[] {CUSTOMER}, "left")
        .withColumn("contacts", coalesce(col("contacts"), lit(0L)))
        .withColumn("contacts_7d", coalesce(col("contacts_7d"), lit(0L)))
        .withColumn("complaints", coalesce(col("contact_complaints"), lit(0L))
            .plus(coalesce(col("filed_complaints"), lit(0L))))
        .withColumn("frequency_change", col("contacts_7d").minus(
            col("contacts").minus(col("contacts_7d")).multiply(7.0 / (featureDays - 7))))
        .withColumn("no_contact", col("contacts").equalTo(0).cast("double"))
        .withColumn("days_since_last_contact", coalesce(datediff(lit(to), col("last_contact_date")),
            lit(featureDays)))
        .withColumn("mood_trend", coalesce(col("mood_trend"), lit(0D)))
        .withColumn("outbound_unanswered_share", coalesce(col("outbound_unanswered_share"), lit(0D)))
        .withColumn("blocked_as_spam", coalesce(col("blocked_as_spam"), lit(0L)))
        .withColumn(AS_OF, lit(to));
    java.util.Map<String, Column> asDouble = new java.util.LinkedHashMap<>();
    Signal.columns().forEach(c -> asDouble.put(c, coalesce(col(c).cast("double"), lit(0D))));
    signals = signals.withColumns(asDouble);
    return horizonDays > 0 ? signals.join(labels(events, asOf, horizonDays), new String[] {CUSTOMER}, "left")
        .withColumn(LABEL, coalesce(col(LABEL), lit(0D))) : signals.withColumn(LABEL, lit(null).cast("double"));
  }

  /** The window's inbound contacts summed per customer. */
  private static Dataset<Row> perCustomer(Dataset<Row> window, LocalDate asOf) {
    Date lastWeek = Date.valueOf(asOf.minusDays(6));
    Column answered = col("abandoned").equalTo(0);
    Column beyond = col("wait_seconds").gt(col("patience_seconds"));
    return window.groupBy(CUSTOMER).agg(
        max_by(col("region"), col("arrival_time")).as("contact_region"), count(lit(1)).as("contacts"),
        sum("complaint").as("contact_complaints"), sum("repeat").as("unresolved_repeats"),
        sum("unresolved").as("unresolved_contacts"), sum("escalated").as("escalated_contacts"),
        sum("abandoned").as("abandoned_contacts"),
        avg("negative").as("negative_mood_share"),
        max_by(col("sentiment"), col("arrival_time")).minus(avg("sentiment")).as("mood_trend"),
        sum("distrust").as("distrust_contacts"),
        sum(when(col("abandoned").equalTo(1).and(beyond), 1).otherwise(0)).as("abandoned_beyond_tolerance"),
        sum(when(answered.and(beyond), 1).otherwise(0)).as("waits_beyond_tolerance"),
        sum("refund_mention").as("refund_mentions"), sum("cancel_mention").as("cancel_mentions"),
        sum("competitor_mention").as("competitor_mentions"), sum("guarantee_claim").as("guarantee_claims"),
        sum(when(col("contact_date").geq(lastWeek), 1).otherwise(0)).as("contacts_7d"),
        max("contact_date").as("last_contact_date"));
  }

  /**
   * Customers active on the as-of date with their latest known region: an account event by then or a contact in the
   * {@code activeDays} before, and no cancellation by then.
   */
  static Dataset<Row> active(Dataset<Row> seen, Dataset<Row> events, LocalDate asOf, int activeDays) {
    Date to = Date.valueOf(asOf);
    Dataset<Row> contacted = seen.where(col(CUSTOMER).isNotNull()
            .and(col("contact_date").between(Date.valueOf(asOf.minusDays(activeDays - 1L)), to)))
        .select(col(CUSTOMER), col("region"), col("contact_date").as("seen_date"));
    Dataset<Row> known = events.where(col("event_date").leq(to).and(col(CUSTOMER).isNotNull()))
        .select(col(CUSTOMER), col("region"), col("event_date").as("seen_date"));
    return contacted.unionByName(known).groupBy(CUSTOMER)
        .agg(max_by(col("region"), col("seen_date")).as("known_region"))
        .join(cancelledBy(events, to), new String[] {CUSTOMER}, "left_anti");
  }

  private static Dataset<Row> outboundSignals(Dataset<Row> outbound, Date from, Date to) {
    return outbound.where(col("attempt_date").between(from, to).and(col(CUSTOMER).isNotNull())).groupBy(CUSTOMER)
        .agg(avg(when(col("outcome").equalTo("answered"), 0D).otherwise(1D)).as("outbound_unanswered_share"),
            sum(when(col("outcome").equalTo("blocked_as_spam"), 1L).otherwise(0L)).as("blocked_as_spam"));
  }

  private static Dataset<Row> filedComplaints(Dataset<Row> events, Date from, Date to) {
    return events.where(col("event").equalTo("complaint_filed")
            .and(col("event_date").between(from, to)))
        .groupBy(CUSTOMER).agg(count(lit(1)).as("filed_complaints"));
  }

  private static Dataset<Row> cancelledBy(Dataset<Row> events, Date to) {
    return events.where(col("event").equalTo("cancellation").and(col("event_date").leq(to)))
        .select(CUSTOMER).distinct();
  }

  /** 1 for customers who cancel in the horizon after the as-of date. */
  static Dataset<Row> labels(Dataset<Row> events, LocalDate asOf, int horizonDays) {
    return events.where(col("event").equalTo("cancellation").and(col("event_date")
            .between(Date.valueOf(asOf.plusDays(1)), Date.valueOf(asOf.plusDays(horizonDays)))))
        .select(CUSTOMER).distinct().withColumn(LABEL, lit(1D));
  }
}
