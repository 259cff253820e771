package io.cxlake.need;

import static io.cxlake.need.NeedColumns.ALL_REGIONS;
import static io.cxlake.need.NeedColumns.ANTECEDENT;
import static io.cxlake.need.NeedColumns.ARRIVAL;
import static io.cxlake.need.NeedColumns.CONFIDENCE;
import static io.cxlake.need.NeedColumns.CONSEQUENT;
import static io.cxlake.need.NeedColumns.CONTACT_DATE;
import static io.cxlake.need.NeedColumns.CONTACT_ID;
import static io.cxlake.need.NeedColumns.CUSTOMER;
import static io.cxlake.need.NeedColumns.LATER_ARRIVAL;
import static io.cxlake.need.NeedColumns.LIFT;
import static io.cxlake.need.NeedColumns.PATTERN_ID;
import static io.cxlake.need.NeedColumns.PATTERN_KIND;
import static io.cxlake.need.NeedColumns.QUERY_TYPE;
import static io.cxlake.need.NeedColumns.REGION;
import static io.cxlake.need.NeedColumns.REGION_CUSTOMERS;
import static io.cxlake.need.NeedColumns.SIGNIFICANT;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.TableColumns.GoldLatentNeedPattern;
import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.ml.fpm.PrefixSpan;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * "After a contact about X, customers contact about Y within N days": candidates mined with MLlib's PrefixSpan
 * over each customer's sequence of daily query types, then measured exactly with the time limit, per region and
 * over all regions ({@value NeedColumns#ALL_REGIONS}). Only first contacts whose N days have passed by the run
 * date are measured, so a pattern's confidence is not diluted by follow-ups that cannot have happened yet.
 */
final class NeedPatterns {

  static final String SEQUENCE = "sequence";
  // intermediate: a customer's query types per day and the days in order; PrefixSpan's count of a pattern
  private static final String ITEMS = "items";
  private static final String DAYS = "days";
  private static final String FREQ = "freq";
  // the later contact of a pair, and the pair as an example
  private static final String LATER_ID = "b_id";
  private static final String LATER_CUSTOMER = "b_customer";
  private static final String EXAMPLE = "example";
  private static final String ALL_FIRSTS = "all_firsts";
  private static final String ANY_FOLLOWED = "any_followed";

  private NeedPatterns() {}

  /** One sequence per customer: the sets of query types of the days they contacted, in date order. */
  static Dataset<Row> sequences(Dataset<Row> contacts) {
    return contacts.groupBy(CUSTOMER, CONTACT_DATE).agg(array_sort(collect_set(col(QUERY_TYPE))).as(ITEMS))
        .groupBy(CUSTOMER).agg(sort_array(collect_list(struct(col(CONTACT_DATE), col(ITEMS)))).as(DAYS))
        .where(size(col(DAYS)).geq(2))
        .select(transform(col(DAYS), d -> d.getField(ITEMS)).as(SEQUENCE));
  }

  /** Candidate pairs (antecedent, consequent, sequences): PrefixSpan's frequent two-step patterns. */
  static Dataset<Row> candidates(Dataset<Row> sequences, double minSupport) {
    Dataset<Row> frequent = new PrefixSpan().setMinSupport(minSupport).setMaxPatternLength(2)
        .setSequenceCol(SEQUENCE).findFrequentSequentialPatterns(sequences);
    return frequent.where(size(col(SEQUENCE)).equalTo(2))
        .select(element_at(element_at(col(SEQUENCE), 1), 1).as(ANTECEDENT),
            element_at(element_at(col(SEQUENCE), 2), 1).as(CONSEQUENT), col(FREQ).as(GoldLatentNeedPattern.SEQUENCES));
  }

  /**
   * Each measured first contact with each distinct query type that followed it within {@code followDays}
   * (later arrival, same customer): contact_id, region, customer_key, antecedent, consequent, example.
   */
  static Dataset<Row> followUps(Dataset<Row> contacts, int followDays, LocalDate day) {
    Dataset<Row> firsts = measured(contacts, followDays, day);
    Dataset<Row> later = contacts.select(col(CONTACT_ID).as(LATER_ID), col(CUSTOMER).as(LATER_CUSTOMER),
        col(ARRIVAL).as(LATER_ARRIVAL), col(QUERY_TYPE).as(CONSEQUENT));
    Column within = col(LATER_CUSTOMER).equalTo(col(CUSTOMER)).and(col(LATER_ARRIVAL).gt(col(ARRIVAL)))
        .and(col(LATER_ARRIVAL).leq(col(ARRIVAL).plus(expr("make_interval(0, 0, 0, " + followDays + ")"))));
    return firsts.join(later, within)
        .groupBy(col(CONTACT_ID), col(REGION), col(CUSTOMER), col(QUERY_TYPE).as(ANTECEDENT), col(CONSEQUENT))
        .agg(min(concat(col(CONTACT_ID), lit(">"), col(LATER_ID))).as(EXAMPLE));
  }

  /** First contacts whose follow-up days have all passed by the run date. */
  static Dataset<Row> measured(Dataset<Row> contacts, int followDays, LocalDate day) {
    return contacts.where(col(CONTACT_DATE).leq(Date.valueOf(day.minusDays(followDays))));
  }

  /** Rows once per region and once more for all regions together. */
  static Dataset<Row> withAllRegions(Dataset<Row> rows) {
    return rows.unionByName(rows.withColumn(REGION, lit(ALL_REGIONS)));
  }

  /**
   * The measured patterns: per region (and all regions) and candidate pair, customers, support, first contacts,
   * followed, confidence, baseline (the share of any first contact followed by the consequent), lift,
   * significant and example contact pairs. {@code candidates}: from {@link #candidates}.
   */
  static Dataset<Row> measure(Dataset<Row> contacts, Dataset<Row> candidates, NeedSettings s, LocalDate day) {
    Dataset<Row> firsts = withAllRegions(measured(contacts, s.followDays(), day));
    Dataset<Row> follow = withAllRegions(followUps(contacts, s.followDays(), day));
    Dataset<Row> customers = withAllRegions(contacts).groupBy(REGION).agg(countDistinct(CUSTOMER).as(REGION_CUSTOMERS));
    Dataset<Row> total = firsts.groupBy(REGION).agg(count(lit(1)).as(ALL_FIRSTS));
    Dataset<Row> perAntecedent = firsts.groupBy(col(REGION), col(QUERY_TYPE).as(ANTECEDENT))
        .agg(count(lit(1)).as(GoldLatentNeedPattern.ANTECEDENT_CONTACTS));
    Dataset<Row> baseline = follow.groupBy(REGION, CONSEQUENT).agg(countDistinct(CONTACT_ID).as(ANY_FOLLOWED))
        .join(total, REGION).withColumn(GoldLatentNeedPattern.BASELINE, col(ANY_FOLLOWED).divide(col(ALL_FIRSTS)));
    Dataset<Row> followed = follow
        .join(broadcast(candidates.select(ANTECEDENT, CONSEQUENT, GoldLatentNeedPattern.SEQUENCES)),
            new String[] {ANTECEDENT, CONSEQUENT})
        .groupBy(REGION, ANTECEDENT, CONSEQUENT)
        .agg(count(lit(1)).as(GoldLatentNeedPattern.FOLLOWED),
            countDistinct(CUSTOMER).as(GoldLatentNeedPattern.CUSTOMERS),
            min(GoldLatentNeedPattern.SEQUENCES).as(GoldLatentNeedPattern.SEQUENCES),
            slice(array_sort(collect_list(col(EXAMPLE))), 1, s.examples())
                .as(GoldLatentNeedPattern.EXAMPLE_CONTACT_IDS));
    Dataset<Row> m = followed.join(perAntecedent, new String[] {REGION, ANTECEDENT})
        .join(baseline.select(REGION, CONSEQUENT, GoldLatentNeedPattern.BASELINE), new String[] {REGION, CONSEQUENT})
        .join(customers, REGION)
        .withColumn(GoldLatentNeedPattern.SUPPORT, col(GoldLatentNeedPattern.CUSTOMERS).divide(col(REGION_CUSTOMERS)))
        .withColumn(CONFIDENCE,
            col(GoldLatentNeedPattern.FOLLOWED).divide(col(GoldLatentNeedPattern.ANTECEDENT_CONTACTS)))
        .withColumn(LIFT, col(CONFIDENCE).divide(col(GoldLatentNeedPattern.BASELINE)))
        .withColumn(SIGNIFICANT,
            col(GoldLatentNeedPattern.FOLLOWED).geq(s.minFollowed()).and(col(LIFT).geq(s.minLift())));
    return withSignificantRegions(m, ANTECEDENT, CONSEQUENT)
        .withColumn(PATTERN_KIND, lit("sequence"))
        .withColumn(PATTERN_ID, concat(lit("seq:"), col(ANTECEDENT), lit(">"), col(CONSEQUENT)));
  }

  /** Every row of a pattern lists the regions (not all-regions) where the pattern is significant. */
  static Dataset<Row> withSignificantRegions(Dataset<Row> m, String... patternKeys) {
    Dataset<Row> regions = m.where(col(SIGNIFICANT).and(col(REGION).notEqual(ALL_REGIONS)))
        .groupBy(patternKeys[0], java.util.Arrays.copyOfRange(patternKeys, 1, patternKeys.length))
        .agg(array_sort(collect_list(col(REGION))).as(GoldLatentNeedPattern.SIGNIFICANT_REGIONS));
    return m.join(regions, patternKeys, "left")
        .withColumn(GoldLatentNeedPattern.SIGNIFICANT_REGIONS,
            when(col(GoldLatentNeedPattern.SIGNIFICANT_REGIONS).isNull(), expr("CAST(array() AS array<string>)"))
                .otherwise(col(GoldLatentNeedPattern.SIGNIFICANT_REGIONS)));
  }
}
