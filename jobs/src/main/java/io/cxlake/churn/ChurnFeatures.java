package io.cxlake.churn;

import static io.cxlake.churn.ChurnColumns.ABANDONED;
import static io.cxlake.churn.ChurnColumns.ABANDONED_BEYOND_TOLERANCE;
import static io.cxlake.churn.ChurnColumns.ABANDONED_CONTACTS;
import static io.cxlake.churn.ChurnColumns.BLOCKED_AS_SPAM;
import static io.cxlake.churn.ChurnColumns.CANCEL_MENTIONS;
import static io.cxlake.churn.ChurnColumns.COMPETITOR_MENTIONS;
import static io.cxlake.churn.ChurnColumns.COMPLAINT;
import static io.cxlake.churn.ChurnColumns.COMPLAINTS;
import static io.cxlake.churn.ChurnColumns.CONTACTS_7D;
import static io.cxlake.churn.ChurnColumns.CONTACT_COMPLAINTS;
import static io.cxlake.churn.ChurnColumns.CONTACT_REGION;
import static io.cxlake.churn.ChurnColumns.DAYS_SINCE_LAST_CONTACT;
import static io.cxlake.churn.ChurnColumns.DISTRUST;
import static io.cxlake.churn.ChurnColumns.DISTRUST_CONTACTS;
import static io.cxlake.churn.ChurnColumns.ESCALATED;
import static io.cxlake.churn.ChurnColumns.ESCALATED_CONTACTS;
import static io.cxlake.churn.ChurnColumns.EVENT_DATE;
import static io.cxlake.churn.ChurnColumns.FILED_COMPLAINTS;
import static io.cxlake.churn.ChurnColumns.FREQUENCY_CHANGE;
import static io.cxlake.churn.ChurnColumns.GUARANTEE_CLAIMS;
import static io.cxlake.churn.ChurnColumns.KNOWN_REGION;
import static io.cxlake.churn.ChurnColumns.MOOD_TREND;
import static io.cxlake.churn.ChurnColumns.NEGATIVE;
import static io.cxlake.churn.ChurnColumns.NEGATIVE_MOOD_SHARE;
import static io.cxlake.churn.ChurnColumns.NO_CONTACT;
import static io.cxlake.churn.ChurnColumns.OUTBOUND_UNANSWERED_SHARE;
import static io.cxlake.churn.ChurnColumns.PATIENCE;
import static io.cxlake.churn.ChurnColumns.REFUND_MENTIONS;
import static io.cxlake.churn.ChurnColumns.REPEAT;
import static io.cxlake.churn.ChurnColumns.SEEN_DATE;
import static io.cxlake.churn.ChurnColumns.UNRESOLVED;
import static io.cxlake.churn.ChurnColumns.UNRESOLVED_CONTACTS;
import static io.cxlake.churn.ChurnColumns.UNRESOLVED_REPEATS;
import static io.cxlake.churn.ChurnColumns.WAITS_BEYOND_TOLERANCE;
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

import io.cxlake.schema.TableColumns.GoldChurnSignal;
import io.cxlake.schema.TableColumns.GoldContactScenario;
import io.cxlake.schema.TableColumns.GoldRegionWaitTolerance;
import io.cxlake.schema.TableColumns.SilverAccountEvents;
import io.cxlake.schema.TableColumns.SilverContactText;
import io.cxlake.schema.TableColumns.SilverContacts;
import io.cxlake.schema.TableColumns.SilverOutboundAttempts;
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
    Column negative = col(SilverContactText.MOOD).isin(Lexicons.NEGATIVE_MOODS.toArray());
    Dataset<Row> joined = contacts
        .where(col(SilverContacts.DIRECTION).equalTo("inbound").and(col(CUSTOMER).isNotNull()))
        .select(SilverContacts.CONTACT_ID, CUSTOMER, SilverContacts.REGION, SilverContacts.ARRIVAL_TIME,
            SilverContacts.CONTACT_DATE, SilverContacts.WAIT_SECONDS, SilverContacts.ABANDONED_TIME,
            SilverContacts.DISPOSITION, SilverContacts.TRANSFERS)
        .join(text.select(SilverContacts.CONTACT_ID, SilverContactText.MOOD, SilverContactText.GOAL,
            SilverContactText.SENTIMENT), new String[] {SilverContacts.CONTACT_ID}, "left")
        .join(queryTypes, new String[] {SilverContacts.CONTACT_ID}, "left")
        .join(phrases, new String[] {SilverContacts.CONTACT_ID}, "left");
    Column previous = lag(col(SilverContacts.ARRIVAL_TIME), 1)
        .over(Window.partitionBy(CUSTOMER, GoldContactScenario.QUERY_TYPE_ID).orderBy(SilverContacts.ARRIVAL_TIME));
    Dataset<Row> out = joined
        .withColumn(ABANDONED, col(SilverContacts.ABANDONED_TIME).isNotNull().cast("int"))
        .withColumn(UNRESOLVED, coalesce(col(SilverContacts.DISPOSITION).isin(UNRESOLVED_DISPOSITIONS.toArray()),
            lit(false))
            .cast("int"))
        .withColumn(ESCALATED,
            coalesce(col(SilverContacts.TRANSFERS).gt(0).or(col(SilverContacts.DISPOSITION).equalTo("transferred")),
            lit(false)).cast("int"))
        .withColumn(COMPLAINT, coalesce(col(SilverContactText.GOAL).equalTo("complain"), lit(false)).cast("int"))
        .withColumn(REPEAT, when(col(GoldContactScenario.QUERY_TYPE_ID).isNotNull().and(previous.isNotNull())
            .and(col(SilverContacts.ARRIVAL_TIME)
                .leq(previous.plus(expr("make_interval(0, 0, 0, " + REPEAT_DAYS + ")")))), 1)
            .otherwise(0))
        .withColumn(NEGATIVE, coalesce(negative, lit(false)).cast("int"))
        .withColumn(DISTRUST, greatest(coalesce(col(CustomerPhrases.DISTRUST_PHRASE), lit(0)),
            coalesce(col(SilverContactText.MOOD).equalTo("distrustful"), lit(false)).cast("int")));
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
    Dataset<Row> upTo = tolerance.where(col(GoldRegionWaitTolerance.LEVEL).equalTo("region"))
        .join(broadcast(dates), col(GoldRegionWaitTolerance.RUN_DATE).leq(col(AS_OF)));
    Dataset<Row> latest = upTo.groupBy(AS_OF,
        GoldRegionWaitTolerance.REGION).agg(max(GoldRegionWaitTolerance.RUN_DATE).as(GoldRegionWaitTolerance.RUN_DATE));
    return upTo.join(latest, new String[] {AS_OF, GoldRegionWaitTolerance.REGION, GoldRegionWaitTolerance.RUN_DATE})
        .groupBy(AS_OF,
            GoldRegionWaitTolerance.REGION).agg(max(GoldRegionWaitTolerance.MEDIAN_PATIENCE_SECONDS).as(PATIENCE));
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
    Dataset<Row> window = inWindow(facts, SilverContacts.CONTACT_DATE, dates, featureDays)
        .join(broadcast(patience), new String[] {AS_OF, SilverContacts.REGION}, "left");
    String[] key = {AS_OF, CUSTOMER};
    Dataset<Row> signals = active(seen, events, dates, activeDays)
        .join(perCustomer(window), key, "left")
        .withColumn(GoldChurnSignal.REGION, coalesce(col(CONTACT_REGION), col(KNOWN_REGION)))
        .join(outboundSignals(outbound, dates, featureDays), key, "left")
        .join(filedComplaints(events, dates, featureDays), key, "left");
    Map<String, Column> counts = new LinkedHashMap<>();
    counts.put(GoldChurnSignal.CONTACTS, coalesce(col(GoldChurnSignal.CONTACTS), lit(0L)));
    counts.put(CONTACTS_7D, coalesce(col(CONTACTS_7D), lit(0L)));
    counts.put(COMPLAINTS, coalesce(col(CONTACT_COMPLAINTS), lit(0L))
        .plus(coalesce(col(FILED_COMPLAINTS), lit(0L))));
    signals = signals.withColumns(counts);
    // read the counts above, so a second projection
    Map<String, Column> derived = new LinkedHashMap<>();
    derived.put(FREQUENCY_CHANGE, col(CONTACTS_7D).minus(
        col(GoldChurnSignal.CONTACTS).minus(col(CONTACTS_7D)).multiply(7.0 / (featureDays - 7))));
    derived.put(NO_CONTACT, col(GoldChurnSignal.CONTACTS).equalTo(0).cast("double"));
    derived.put(DAYS_SINCE_LAST_CONTACT, coalesce(datediff(col(AS_OF), col(GoldChurnSignal.LAST_CONTACT_DATE)),
        lit(featureDays)));
    derived.put(MOOD_TREND, coalesce(col(MOOD_TREND), lit(0D)));
    derived.put(OUTBOUND_UNANSWERED_SHARE, coalesce(col(OUTBOUND_UNANSWERED_SHARE), lit(0D)));
    derived.put(BLOCKED_AS_SPAM, coalesce(col(BLOCKED_AS_SPAM), lit(0L)));
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
    Column answered = col(ABANDONED).equalTo(0);
    Column beyond = col(SilverContacts.WAIT_SECONDS).gt(col(PATIENCE));
    return window.groupBy(AS_OF, CUSTOMER).agg(
        max_by(col(SilverContacts.REGION), col(SilverContacts.ARRIVAL_TIME)).as(CONTACT_REGION),
            count(lit(1)).as(GoldChurnSignal.CONTACTS),
        sum(COMPLAINT).as(CONTACT_COMPLAINTS), sum(REPEAT).as(UNRESOLVED_REPEATS),
        sum(UNRESOLVED).as(UNRESOLVED_CONTACTS), sum(ESCALATED).as(ESCALATED_CONTACTS),
        sum(ABANDONED).as(ABANDONED_CONTACTS),
        avg(NEGATIVE).as(NEGATIVE_MOOD_SHARE),
        max_by(col(SilverContactText.SENTIMENT),
            col(SilverContacts.ARRIVAL_TIME)).minus(avg(SilverContactText.SENTIMENT)).as(MOOD_TREND),
        sum(DISTRUST).as(DISTRUST_CONTACTS),
        sum(when(col(ABANDONED).equalTo(1).and(beyond), 1).otherwise(0)).as(ABANDONED_BEYOND_TOLERANCE),
        sum(when(answered.and(beyond), 1).otherwise(0)).as(WAITS_BEYOND_TOLERANCE),
        sum(CustomerPhrases.REFUND_MENTION).as(REFUND_MENTIONS),
            sum(CustomerPhrases.CANCEL_MENTION).as(CANCEL_MENTIONS),
        sum(CustomerPhrases.COMPETITOR_MENTION).as(COMPETITOR_MENTIONS),
            sum(CustomerPhrases.GUARANTEE_CLAIM).as(GUARANTEE_CLAIMS),
        sum(when(col(SilverContacts.CONTACT_DATE).geq(date_sub(col(AS_OF), 6)), 1).otherwise(0)).as(CONTACTS_7D),
        max(SilverContacts.CONTACT_DATE).as(GoldChurnSignal.LAST_CONTACT_DATE));
  }

  /**
   * Customers active on each as-of date with their latest known region: an account event by then or a contact in the
   * {@code activeDays} before, and no cancellation by then.
   */
  static Dataset<Row> active(Dataset<Row> seen, Dataset<Row> events, Dataset<Row> dates, int activeDays) {
    Dataset<Row> contacted = inWindow(seen.where(col(CUSTOMER).isNotNull()), SilverContacts.CONTACT_DATE, dates,
        activeDays)
        .select(col(AS_OF), col(CUSTOMER), col(SilverContacts.REGION), col(SilverContacts.CONTACT_DATE).as(SEEN_DATE));
    Dataset<Row> known = byAsOf(events.where(col(CUSTOMER).isNotNull()), EVENT_DATE, dates)
        .select(col(AS_OF), col(CUSTOMER), col(SilverAccountEvents.REGION), col(EVENT_DATE).as(SEEN_DATE));
    return contacted.unionByName(known).groupBy(AS_OF, CUSTOMER)
        .agg(max_by(col(SilverContacts.REGION), col(SEEN_DATE)).as(KNOWN_REGION))
        .join(cancelledBy(events, dates), new String[] {AS_OF, CUSTOMER}, "left_anti");
  }

  private static Dataset<Row> outboundSignals(Dataset<Row> outbound, Dataset<Row> dates, int featureDays) {
    return inWindow(outbound.where(col(CUSTOMER).isNotNull()), SilverOutboundAttempts.ATTEMPT_DATE, dates, featureDays)
        .groupBy(AS_OF, CUSTOMER)
        .agg(avg(when(col(SilverOutboundAttempts.OUTCOME).equalTo("answered"),
            0D).otherwise(1D)).as(OUTBOUND_UNANSWERED_SHARE),
            sum(when(col(SilverOutboundAttempts.OUTCOME).equalTo("blocked_as_spam"),
                1L).otherwise(0L)).as(BLOCKED_AS_SPAM));
  }

  private static Dataset<Row> filedComplaints(Dataset<Row> events, Dataset<Row> dates, int featureDays) {
    return inWindow(events.where(col(SilverAccountEvents.EVENT).equalTo("complaint_filed")), EVENT_DATE, dates,
        featureDays)
        .groupBy(AS_OF, CUSTOMER).agg(count(lit(1)).as(FILED_COMPLAINTS));
  }

  private static Dataset<Row> cancelledBy(Dataset<Row> events, Dataset<Row> dates) {
    return byAsOf(events.where(col(SilverAccountEvents.EVENT).equalTo("cancellation")), EVENT_DATE, dates)
        .select(AS_OF, CUSTOMER).distinct();
  }

  /** 1 for customers who cancel in the horizon after each as-of date. */
  static Dataset<Row> labels(Dataset<Row> events, Dataset<Row> dates, int horizonDays) {
    return events.where(col(SilverAccountEvents.EVENT).equalTo("cancellation"))
        .join(broadcast(dates), col(EVENT_DATE).between(date_add(col(AS_OF), 1), date_add(col(AS_OF), horizonDays)))
        .select(AS_OF, CUSTOMER).distinct().withColumn(LABEL, lit(1D));
  }
}
