package io.cxlake.need;

import static io.cxlake.need.NeedColumns.ALL_REGIONS;
import static io.cxlake.need.NeedColumns.ANTECEDENT;
import static io.cxlake.need.NeedColumns.ARRIVAL;
import static io.cxlake.need.NeedColumns.CONFIDENCE;
import static io.cxlake.need.NeedColumns.CONSEQUENT;
import static io.cxlake.need.NeedColumns.CONTACT_DATE;
import static io.cxlake.need.NeedColumns.CONTACT_ID;
import static io.cxlake.need.NeedColumns.CUSTOMER;
import static io.cxlake.need.NeedColumns.KEY_PHRASES;
import static io.cxlake.need.NeedColumns.LABEL;
import static io.cxlake.need.NeedColumns.LATER_ARRIVAL;
import static io.cxlake.need.NeedColumns.LIFT;
import static io.cxlake.need.NeedColumns.PATTERN_ID;
import static io.cxlake.need.NeedColumns.PATTERN_KIND;
import static io.cxlake.need.NeedColumns.QUERY_TYPE;
import static io.cxlake.need.NeedColumns.REGION;
import static io.cxlake.need.NeedColumns.RESOLVED;
import static io.cxlake.need.NeedColumns.SIGNIFICANT;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;

import io.cxlake.schema.TableColumns.GoldCustomerLatentNeed;
import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Each customer's predicted needs as of the run date, so an agent or a campaign can act before the customer asks.
 * Four kinds: {@code sequence} (a recent contact about X, and customers like them contact about Y next),
 * {@code unmet_repeat} (repeated contacts on one need, the last unresolved), {@code open_topic} (what an
 * unresolved contact was about, in the customer's words) and {@code uncovered} (a need no contract service covers).
 * Every row: customer_key, region, need_kind, predicted_need, score (0..1), due_by, pattern_id, evidence contacts
 * and a reason in words.
 */
final class CustomerNeeds {

  static final String KIND = "need_kind";
  static final String NEED = "predicted_need";
  static final String SCORE = "score";
  static final String DUE = "due_by";
  static final String EVIDENCE = "evidence_contact_ids";
  static final String REASON = "reason";
  // intermediate
  private static final String ANTECEDENT_LABEL = "x_label";
  private static final String BEST = "best";
  private static final String N = "n";
  private static final String LAST_DATE = "last_date";
  private static final String LAST_RESOLVED = "last_resolved";
  private static final String TOPIC = "topic";

  private CustomerNeeds() {}

  /** Contacts of the last {@code days} days up to the run date. */
  static Dataset<Row> recent(Dataset<Row> contacts, int days, LocalDate day) {
    return contacts.where(col(CONTACT_DATE).gt(Date.valueOf(day.minusDays(days)))
        .and(col(CONTACT_DATE).leq(Date.valueOf(day))));
  }

  /**
   * Sequence needs: for each recent contact about X and each significant pattern X→Y (of the customer's region,
   * else of all regions), Y is predicted unless the customer already contacted about Y after it. Score: the
   * pattern's confidence (the highest when several contacts predict the same need).
   */
  static Dataset<Row> sequence(Dataset<Row> contacts, Dataset<Row> patterns, Dataset<Row> labels, NeedSettings s,
                               LocalDate day) {
    Dataset<Row> sig = patterns.where(col(SIGNIFICANT).and(col(PATTERN_KIND).equalTo("sequence")))
        .select(REGION, ANTECEDENT, CONSEQUENT, CONFIDENCE, LIFT, PATTERN_ID);
    Dataset<Row> regional = sig.where(col(REGION).notEqual(ALL_REGIONS));
    Dataset<Row> overall = sig.where(col(REGION).equalTo(ALL_REGIONS)).drop(REGION);
    Dataset<Row> firsts = recent(contacts, s.followDays(), day).select(col(CONTACT_ID), col(CUSTOMER), col(REGION),
        col(ARRIVAL), col(CONTACT_DATE), col(QUERY_TYPE).as(ANTECEDENT));
    Dataset<Row> predicted = firsts.join(broadcast(regional), new String[] {REGION, ANTECEDENT})
        .unionByName(firsts.join(broadcast(overall), ANTECEDENT)
            .join(broadcast(regional.select(REGION, ANTECEDENT, CONSEQUENT)),
                new String[] {REGION, ANTECEDENT, CONSEQUENT}, "left_anti"));
    Dataset<Row> later = contacts.select(col(CUSTOMER), col(ARRIVAL).as(LATER_ARRIVAL), col(QUERY_TYPE).as(CONSEQUENT));
    Dataset<Row> open = predicted.join(later, predicted.col(CUSTOMER).equalTo(later.col(CUSTOMER))
            .and(predicted.col(CONSEQUENT).equalTo(later.col(CONSEQUENT)))
            .and(later.col(LATER_ARRIVAL).gt(predicted.col(ARRIVAL))), "left_anti");
    Dataset<Row> named = open
        .join(broadcast(labels.select(col(QUERY_TYPE).as(ANTECEDENT), col(LABEL).as(ANTECEDENT_LABEL))),
            new String[] {ANTECEDENT}, "left")
        .withColumn(ANTECEDENT_LABEL, coalesce(col(ANTECEDENT_LABEL), col(ANTECEDENT)));
    return named.groupBy(CUSTOMER, REGION, CONSEQUENT)
        // ties (two contacts, one pattern) broken by the later contact, so a re-run picks the same
        .agg(max_by(struct(CONFIDENCE, LIFT, PATTERN_ID, ANTECEDENT_LABEL, CONTACT_DATE),
                struct(CONFIDENCE, CONTACT_DATE, PATTERN_ID)).as(BEST),
            array_sort(collect_set(col(CONTACT_ID))).as(EVIDENCE), max(CONTACT_DATE).as(LAST_DATE))
        .select(col(CUSTOMER), col(REGION), lit("sequence").as(KIND), col(CONSEQUENT).as(NEED),
            round(col(BEST + "." + CONFIDENCE), 4).as(SCORE), date_add(col(LAST_DATE), s.followDays()).as(DUE),
            col(BEST + "." + PATTERN_ID).as(PATTERN_ID), col(EVIDENCE),
            concat(lit("contacted about "), col(BEST + "." + ANTECEDENT_LABEL), lit(" on "),
                col(BEST + "." + CONTACT_DATE).cast("string"), lit("; "),
                format_number(col(BEST + "." + CONFIDENCE).multiply(100), 0),
                lit("% of such contacts are followed by one about the predicted need within " + s.followDays()
                    + " days (lift "), format_number(col(BEST + "." + LIFT), 1), lit(")")).as(REASON));
  }

  /**
   * Unmet needs: at least two contacts on the same query type within {@code repeatDays}, the last of them not
   * resolved. Score 1 - 0.5^contacts.
   */
  static Dataset<Row> unmetRepeat(Dataset<Row> contacts, NeedSettings s, LocalDate day) {
    return recent(contacts, s.repeatDays(), day).groupBy(CUSTOMER, REGION, QUERY_TYPE)
        .agg(count(lit(1)).as(N), max_by(col(RESOLVED), struct(ARRIVAL, CONTACT_ID)).as(LAST_RESOLVED),
            max(CONTACT_DATE).as(LAST_DATE), array_sort(collect_set(col(CONTACT_ID))).as(EVIDENCE))
        .where(col(N).geq(2).and(col(LAST_RESOLVED).equalTo(false)))
        .select(col(CUSTOMER), col(REGION), lit("unmet_repeat").as(KIND), col(QUERY_TYPE).as(NEED),
            round(lit(1).minus(pow(lit(0.5), col(N))), 4).as(SCORE), col(LAST_DATE).as(DUE),
            lit(null).cast("string").as(PATTERN_ID), col(EVIDENCE),
            concat(col(N).cast("string"), lit(" contacts on the same need within " + s.repeatDays()
                + " days, the last not resolved")).as(REASON));
  }

  /**
   * Open topics: the key phrases (first three) of recent unresolved contacts the customer has not come back on
   * with a resolved contact of the same query type. Score 1 - 0.5^contacts mentioning the phrase.
   */
  static Dataset<Row> openTopics(Dataset<Row> contacts, NeedSettings s, LocalDate day) {
    Dataset<Row> unresolved = recent(contacts, s.followDays(), day).where(col(RESOLVED).equalTo(false));
    Dataset<Row> settled = contacts.where(col(RESOLVED)).select(col(CUSTOMER), col(QUERY_TYPE),
        col(ARRIVAL).as(LATER_ARRIVAL));
    Dataset<Row> open = unresolved.join(settled, unresolved.col(CUSTOMER).equalTo(settled.col(CUSTOMER))
        .and(unresolved.col(QUERY_TYPE).equalTo(settled.col(QUERY_TYPE)))
        .and(settled.col(LATER_ARRIVAL).gt(unresolved.col(ARRIVAL))), "left_anti");
    return open.select(col(CONTACT_ID), col(CUSTOMER), col(REGION), col(CONTACT_DATE),
            explode(slice(col(KEY_PHRASES), 1, 3)).as(TOPIC))
        .groupBy(CUSTOMER, REGION, TOPIC)
        .agg(count(lit(1)).as(N), max(CONTACT_DATE).as(LAST_DATE),
            array_sort(collect_set(col(CONTACT_ID))).as(EVIDENCE))
        .select(col(CUSTOMER), col(REGION), lit("open_topic").as(KIND), col(TOPIC).as(NEED),
            round(lit(1).minus(pow(lit(0.5), col(N))), 4).as(SCORE),
            date_add(col(LAST_DATE), s.followDays()).as(DUE), lit(null).cast("string").as(PATTERN_ID),
            col(EVIDENCE), lit("mentioned in a contact that did not resolve it").as(REASON));
  }

  /** Uncovered needs: recent contacts about a query type no contract service covers. */
  static Dataset<Row> uncovered(Dataset<Row> contacts, Dataset<Row> uncoveredTypes, NeedSettings s, LocalDate day) {
    return recent(contacts, s.followDays(), day).join(broadcast(uncoveredTypes.select(QUERY_TYPE)), QUERY_TYPE)
        .groupBy(CUSTOMER, REGION, QUERY_TYPE)
        .agg(count(lit(1)).as(N), max(CONTACT_DATE).as(LAST_DATE),
            array_sort(collect_set(col(CONTACT_ID))).as(EVIDENCE))
        .select(col(CUSTOMER), col(REGION), lit("uncovered").as(KIND), col(QUERY_TYPE).as(NEED),
            round(lit(1).minus(pow(lit(0.5), col(N))), 4).as(SCORE),
            date_add(col(LAST_DATE), s.followDays()).as(DUE), concat(lit("uncovered:"), col(QUERY_TYPE)).as(PATTERN_ID),
            col(EVIDENCE), lit("asked about a need no service in the contracts covers").as(REASON));
  }

  /** All four kinds, with the query type's label as the need's label (the topic itself for open topics). */
  static Dataset<Row> all(Dataset<Row> contacts, Dataset<Row> patterns, Dataset<Row> coverage, NeedSettings s,
                          LocalDate day) {
    Dataset<Row> labels = coverage.select(col(QUERY_TYPE).as(NEED),
        col(LABEL).as(GoldCustomerLatentNeed.PREDICTED_NEED_LABEL));
    return sequence(contacts, patterns, coverage, s, day)
        .unionByName(unmetRepeat(contacts, s, day))
        .unionByName(openTopics(contacts, s, day))
        .unionByName(uncovered(contacts, UncoveredNeeds.uncovered(coverage), s, day))
        .join(broadcast(labels), new String[] {NEED}, "left")
        .withColumn(GoldCustomerLatentNeed.PREDICTED_NEED_LABEL,
            coalesce(col(GoldCustomerLatentNeed.PREDICTED_NEED_LABEL), col(NEED)));
  }
}
