package io.cxlake.churn;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_sub;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

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

  /**
   * The as-of dates as a one-column table ({@value #AS_OF}): the snapshots of several dates are one plan keyed by it,
   * instead of a union of one plan per date (each a tree of joins and aggregations, so a night's six training dates
   * cost six times the stages).
   */
  static Dataset<Row> asOfDates(SparkSession spark, List<LocalDate> dates) {
    return spark.createDataFrame(dates.stream().map(d -> RowFactory.create(Date.valueOf(d))).toList(),
        new StructType().add(AS_OF, DataTypes.DateType, false));
  }

  /** Each as-of date's median patience per region as known on that date (tolerance table, region level). */
  static Dataset<Row> patience(Dataset<Row> tolerance, Dataset<Row> dates) {
    Dataset<Row> upTo = tolerance.where(col("level").equalTo("region"))
        .join(broadcast(dates), col("run_date").leq(col(AS_OF)));
    Dataset<Row> latest = upTo.groupBy(AS_OF, "region").agg(max("run_date").as("run_date"));
    return upTo.join(latest, new String[] {AS_OF, "region", "run_date"})
        .groupBy(AS_OF, "region").agg(max("median_patience_seconds").as("patience_seconds"));
  }

  /**
   * The signals of every active customer as of {@code asOf} over {@code featureDays}, and the label when
   * {@code horizonDays} is positive; {@code patience}: region, patience_seconds as known on that date.
   * See {@link #snapshots}.
   */
  static Dataset<Row> snapshot(Dataset<Row> facts, Dataset<Row> seen, Dataset<Row> outbound, Dataset<Row> events,
                               Dataset<Row> patience, LocalDate asOf, int featureDays, int activeDays,
                               int horizonDays) {
    return snapshots(facts, seen, outbound, events, patience.withColumn(AS_OF, lit(Date.valueOf(asOf))),
        asOfDates(facts.sparkSession(), List.of(asOf)), featureDays, activeDays, horizonDays);
  }

  /**
   * The signals of every active customer as of each date of {@code dates} ({@link #asOfDates}) over
   * {@code featureDays}, one row per as-of date and customer, and the label when {@code horizonDays} is positive.
   * Active: an account event by the as-of date, or a contact (either direction) in the {@code activeDays} before it,
   * and no cancellation by then; a customer without a contact in the feature window is scored too, with zero counts
   * (no contact is itself a signal). {@code seen}: customer_key, region and contact_date of every contact;
   * {@code outbound}: silver_outbound_attempts; {@code events}: customer_key, region, event and event_date (the event's
   * local calendar date in its region, like the contacts' dates); {@code patience}: as_of_date, region and
   * patience_seconds ({@link #patience}). Every row only sees what happened by its own as-of date.
   */
  static Dataset<Row> snapshots(Dataset<Row> facts, Dataset<Row> seen, Dataset<Row> outbound, Dataset<Row> events,
                                Dataset<Row> patience, Dataset<Row> dates, int featureDays, int activeDays,
                                int horizonDays) {
    Dataset<Row> window = inWindow(facts, "contact_date", dates, featureDays)
        .join(broadcast(patience), new String[] {AS_OF, "region"}, "left");
    String[] key = {AS_OF, CUSTOMER};
    Dataset<Row> signals = active(seen, events, dates, activeDays)
        .join(perCustomer(window), key, "left")
        .withColumn("region", coalesce(col("contact_region"), col("known_region")))
        .join(outboundSignals(outbound, dates, featureDays), key, "left")
        .join(filedComplaints(events, dates, featureDays), key, "left");
    Map<String, Column> counts = new LinkedHashMap<>();
    counts.put("contacts", coalesce(col("contacts"), lit(0L)));
    counts.put("contacts_7d", coalesce(col("contacts_7d"), lit(0L)));
    counts.put("complaints", coalesce(col("contact_complaints"), lit(0L))
        .plus(coalesce(col("filed_complaints"), lit(0L))));
    signals = signals.withColumns(counts);
    // read the counts above, so a second projection
    Map<String, Column> derived = new LinkedHashMap<>();
    derived.put("frequency_change", col("contacts_7d").minus(
        col("contacts").minus(col("contacts_7d")).multiply(7.0 / (featureDays - 7))));
    derived.put("no_contact", col("contacts").equalTo(0).cast("double"));
    derived.put("days_since_last_contact", coalesce(datediff(col(AS_OF), col("last_contact_date")),
        lit(featureDays)));
    derived.put("mood_trend", coalesce(col("mood_trend"), lit(0D)));
    derived.put("outbound_unanswered_share", coalesce(col("outbound_unanswered_share"), lit(0D)));
    derived.put("blocked_as_spam", coalesce(col("blocked_as_spam"), lit(0L)));
    signals = signals.withColumns(derived);
    Map<String, Column> asDouble = new LinkedHashMap<>();
    Signal.columns().forEach(c -> asDouble.put(c, coalesce(col(c).cast("double"), lit(0D))));
    signals = signals.withColumns(asDouble);
    return horizonDays > 0 ? signals.join(labels(events, dates, horizonDays), key, "left")
        .withColumn(LABEL, coalesce(col(LABEL), lit(0D))) : signals.withColumn(LABEL, lit(null).cast("double"));
  }

  /** The rows of {@code rows} whose {@code dateColumn} is in the {@code days} up to each as-of date, with that date. */
  private static Dataset<Row> inWindow(Dataset<Row> rows, String dateColumn, Dataset<Row> dates, int days) {
    return rows.join(broadcast(dates), col(dateColumn).between(date_sub(col(AS_OF), days - 1), col(AS_OF)));
  }

  /** The rows of {@code rows} whose {@code dateColumn} is on or before each as-of date, with that date. */
  private static Dataset<Row> byAsOf(Dataset<Row> rows, String dateColumn, Dataset<Row> dates) {
    return rows.join(broadcast(dates), col(dateColumn).leq(col(AS_OF)));
  }

  /** The window's inbound contacts summed per as-of date and customer. */
  private static Dataset<Row> perCustomer(Dataset<Row> window) {
    Column answered = col("abandoned").equalTo(0);
    Column beyond = col("wait_seconds").gt(col("patience_seconds"));
    return window.groupBy(AS_OF, CUSTOMER).agg(
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
        sum(when(col("contact_date").geq(date_sub(col(AS_OF), 6)), 1).otherwise(0)).as("contacts_7d"),
        max("contact_date").as("last_contact_date"));
  }

  /**
   * Customers active on each as-of date with their latest known region: an account event by then or a contact in the
   * {@code activeDays} before, and no cancellation by then.
   */
  static Dataset<Row> active(Dataset<Row> seen, Dataset<Row> events, Dataset<Row> dates, int activeDays) {
    Dataset<Row> contacted = inWindow(seen.where(col(CUSTOMER).isNotNull()), "contact_date", dates, activeDays)
        .select(col(AS_OF), col(CUSTOMER), col("region"), col("contact_date").as("seen_date"));
    Dataset<Row> known = byAsOf(events.where(col(CUSTOMER).isNotNull()), "event_date", dates)
        .select(col(AS_OF), col(CUSTOMER), col("region"), col("event_date").as("seen_date"));
    return contacted.unionByName(known).groupBy(AS_OF, CUSTOMER)
        .agg(max_by(col("region"), col("seen_date")).as("known_region"))
        .join(cancelledBy(events, dates), new String[] {AS_OF, CUSTOMER}, "left_anti");
  }

  private static Dataset<Row> outboundSignals(Dataset<Row> outbound, Dataset<Row> dates, int featureDays) {
    return inWindow(outbound.where(col(CUSTOMER).isNotNull()), "attempt_date", dates, featureDays)
        .groupBy(AS_OF, CUSTOMER)
        .agg(avg(when(col("outcome").equalTo("answered"), 0D).otherwise(1D)).as("outbound_unanswered_share"),
            sum(when(col("outcome").equalTo("blocked_as_spam"), 1L).otherwise(0L)).as("blocked_as_spam"));
  }

  private static Dataset<Row> filedComplaints(Dataset<Row> events, Dataset<Row> dates, int featureDays) {
    return inWindow(events.where(col("event").equalTo("complaint_filed")), "event_date", dates, featureDays)
        .groupBy(AS_OF, CUSTOMER).agg(count(lit(1)).as("filed_complaints"));
  }

  private static Dataset<Row> cancelledBy(Dataset<Row> events, Dataset<Row> dates) {
    return byAsOf(events.where(col("event").equalTo("cancellation")), "event_date", dates)
        .select(AS_OF, CUSTOMER).distinct();
  }

  /** 1 for customers who cancel in the horizon after each as-of date. */
  static Dataset<Row> labels(Dataset<Row> events, Dataset<Row> dates, int horizonDays) {
    return events.where(col("event").equalTo("cancellation"))
        .join(broadcast(dates), col("event_date").between(date_add(col(AS_OF), 1), date_add(col(AS_OF), horizonDays)))
        .select(AS_OF, CUSTOMER).distinct().withColumn(LABEL, lit(1D));
  }
}
