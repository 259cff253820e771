package io.cxlake.contract;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.cxlake.contract.Contract.Indicator;
import io.cxlake.scenario.RepeatContacts;
import io.cxlake.schema.TableColumns.GoldContractKpiCompliance;
import io.cxlake.schema.TableColumns.SilverContacts;
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
    Dataset<Row> s = contacts.where(col(SilverContacts.CONTACT_DATE).equalTo(Date.valueOf(day))
        .and(col(SilverContacts.DIRECTION).equalTo("inbound")));
    if (!i.channels().isEmpty()) {
      s = s.where(col(SilverContacts.CHANNEL).isin(i.channels().toArray()));
    }
    return c.regions().isEmpty() ? s : s.where(col(SilverContacts.REGION).isin(c.regions().toArray()));
  }

  /**
   * {@code contacts}: silver contacts covering the period (and, for resolution, the repeat days after it);
   * {@code queryTypes}: contact_id and query_type_id of the assigned contacts.
   */
  static Measured measure(Dataset<Row> contacts, Dataset<Row> queryTypes, Contract c, Indicator i, LocalDate runDate) {
    Dataset<Row> s = scope(contacts, c, i, period(i, runDate));
    Column answered = col(SilverContacts.ANSWERED_TIME).isNotNull();
    Column queued = answered.or(col(SilverContacts.ABANDONED_TIME).isNotNull());
    Column withinThreshold = answered
        .and(col(SilverContacts.WAIT_SECONDS).leq(i.thresholdSeconds() == null ? 0 : i.thresholdSeconds()));
    // the contacts an indicator is measured on, and each one's value (a share's 0/1, or seconds) to average
    record Basis(Dataset<Row> rows, Column value) {}
    Basis basis = switch (i.metric()) {
      case SERVICE_LEVEL -> new Basis(s.where(queued), when(withinThreshold, 1.0).otherwise(0.0));
      case ABANDONMENT_RATE -> new Basis(s.where(queued), when(answered, 0.0).otherwise(1.0));
      case REPLY_WITHIN -> new Basis(s, when(withinThreshold, 1.0).otherwise(0.0));
      case AVERAGE_HANDLE_SECONDS -> new Basis(s.where(answered), col(SilverContacts.HANDLE_SECONDS));
      case AVERAGE_WAIT_SECONDS -> new Basis(s.where(queued), col(SilverContacts.WAIT_SECONDS));
      case FIRST_CONTACT_RESOLUTION -> new Basis(
          RepeatContacts.flag(s.where(col(SilverContacts.CUSTOMER_KEY).isNotNull()), contacts, queryTypes,
              i.repeatDays()), when(col(RepeatContacts.REPEATED), 0.0).otherwise(1.0));
    };
    Row r = basis.rows().agg(avg(basis.value()).as(GoldContractKpiCompliance.ACTUAL),
        count(lit(1)).as(GoldContractKpiCompliance.CONTACTS)).head();
    return new Measured(r.getAs(GoldContractKpiCompliance.ACTUAL),
        r.<Long>getAs(GoldContractKpiCompliance.CONTACTS));
  }

  /** How far the actual is on the good side of the target (negative: missed). */
  static Double margin(Indicator i, Double actual) {
    if (actual == null) {
      return null;
    }
    return i.atLeast() ? actual - i.target() : i.target() - actual;
  }
}
