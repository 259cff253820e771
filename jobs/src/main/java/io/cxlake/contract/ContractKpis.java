package io.cxlake.contract;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.cxlake.contract.Contract.Indicator;
import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The measured value of an indicator over the inbound contacts of its period (the run date; for first-contact
 * resolution the day {@code repeat_days} before it, the latest day whose repeats are all known by now).
 */
final class ContractKpis {

  /** The value and the number of contacts it was measured on; value is null when there were none. */
  record Measured(Double actual, long contacts) {}

  private ContractKpis() {}

  static LocalDate period(Indicator i, LocalDate runDate) {
    return i.repeatDays() == null ? runDate : runDate.minusDays(i.repeatDays());
  }

  /** The contacts an indicator of the contract is about, on one day. */
  static Dataset<Row> scope(Dataset<Row> contacts, Contract c, Indicator i, LocalDate day) {
    Dataset<Row> s = contacts.where(col("contact_date").equalTo(Date.valueOf(day)).and(col("direction").equalTo("inbound")));
    if (!i.channels().isEmpty()) {
      s = s.where(col("channel").isin(i.channels().toArray()));
    }
    return c.regions().isEmpty() ? s : s.where(col("region").isin(c.regions().toArray()));
  }

  /**
   * {@code contacts}: silver contacts covering the period (and, for resolution, the repeat days after it);
   * {@code queryTypes}: contact_id and query_type_id of the assigned contacts.
   */
  static Measured measure(Dataset<Row> contacts, Dataset<Row> queryTypes, Contract c, Indicator i, LocalDate runDate) {
    Dataset<Row> s = scope(contacts, c, i, period(i, runDate));
    Column answered = col("answered_time").isNotNull();
    Column queued = answered.or(col("abandoned_time").isNotNull());
    Column withinThreshold = answered.and(col("wait_seconds").leq(i.thresholdSeconds() == null ? 0 : i.thresholdSeconds()));
    Row r = switch (i.metric()) {
      case SERVICE_LEVEL -> s.where(queued).agg(avg(when(withinThreshold, 1.0).otherwise(0.0)), count(lit(1))).head();
      case ABANDONMENT_RATE -> s.where(queued).agg(avg(when(answered, 0.0).otherwise(1.0)), count(lit(1))).head();
      case REPLY_WITHIN -> s.agg(avg(when(withinThreshold, 1.0).otherwise(0.0)), count(lit(1))).head();
      case AVERAGE_HANDLE_SECONDS -> s.where(answered).agg(avg(col("handle_seconds")), count(lit(1))).head();
      case AVERAGE_WAIT_SECONDS -> s.where(queued).agg(avg(col("wait_seconds")), count(lit(1))).head();
      case FIRST_CONTACT_RESOLUTION -> resolved(s, contacts, queryTypes, i.repeatDays())
          .agg(avg(when(col("repeated"), 0.0).otherwise(1.0)), count(lit(1))).head();
    };
    return new Measured(r.isNullAt(0) ? null : r.getDouble(0), r.getLong(1));
  }

  /**
   * Each contact with whether the same customer came back within {@code days} about the same query type (any
   * contact counts when either has no query type: an unassigned repeat is still a repeat).
   */
  static Dataset<Row> resolved(Dataset<Row> firsts, Dataset<Row> all, Dataset<Row> queryTypes, int days) {
    Dataset<Row> a = firsts.where(col("customer_key").isNotNull())
        .join(queryTypes, new String[] {"contact_id"}, "left").select(col("contact_id"), col("customer_key"),
            col("arrival_time"), col("query_type_id"));
    Dataset<Row> b = all.where(col("direction").equalTo("inbound"))
        .join(queryTypes, new String[] {"contact_id"}, "left").select(col("contact_id").as("b_id"),
            col("customer_key").as("b_customer"), col("arrival_time").as("b_arrival"), col("query_type_id").as("b_qt"));
    Column repeat = col("b_customer").equalTo(col("customer_key")).and(col("b_id").notEqual(col("contact_id")))
        .and(col("b_arrival").gt(col("arrival_time")))
        .and(col("b_arrival").leq(col("arrival_time").plus(expr("make_interval(0, 0, 0, " + days + ")"))))
        .and(col("query_type_id").isNull().or(col("b_qt").isNull()).or(col("b_qt").equalTo(col("query_type_id"))));
    Dataset<Row> repeated = a.join(b, repeat).select(col("contact_id")).distinct().withColumn("repeated", lit(true));
    return a.join(repeated, new String[] {"contact_id"}, "left")
        .withColumn("repeated", when(col("repeated").isNull(), false).otherwise(col("repeated")));
  }

  /** How far the actual is on the good side of the target (negative: missed). */
  static Double margin(Indicator i, Double actual) {
    if (actual == null) {
      return null;
    }
    return i.atLeast() ? actual - i.target() : i.target() - actual;
  }
}
