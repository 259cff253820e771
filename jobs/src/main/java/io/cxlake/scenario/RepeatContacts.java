package io.cxlake.scenario;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.TableColumns.GoldContactScenario;
import io.cxlake.schema.TableColumns.SilverContacts;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * First-contact resolution's one rule, shared by the contract KPIs and the contact scores: a contact was not
 * resolved when the same customer came back (inbound) within N days about the same query type. Any contact counts
 * when either has no query type: an unassigned repeat is still a repeat.
 */
public final class RepeatContacts {

  public static final String REPEATED = "repeated";
  private static final String CONTACT_ID = SilverContacts.CONTACT_ID;
  private static final String CUSTOMER = SilverContacts.CUSTOMER_KEY;
  private static final String ARRIVAL = SilverContacts.ARRIVAL_TIME;
  private static final String QUERY_TYPE = GoldContactScenario.QUERY_TYPE_ID;
  // the later contact of a pair, and whether a first contact has one
  private static final String LATER_ID = "b_id";
  private static final String LATER_CUSTOMER = "b_customer";
  private static final String LATER_ARRIVAL = "b_arrival";
  private static final String LATER_QUERY_TYPE = "b_qt";
  private static final String HIT = "_hit";

  private RepeatContacts() {}

  /**
   * {@code firsts} with a boolean column {@value #REPEATED} (null when the customer is unknown); {@code all}: the
   * contacts searched for repeats; {@code queryTypes}: contact_id and query_type_id of the assigned contacts.
   * Both contact sets need contact_id, customer_key, direction and arrival_time.
   */
  public static Dataset<Row> flag(Dataset<Row> firsts, Dataset<Row> all, Dataset<Row> queryTypes, int days) {
    Dataset<Row> a = firsts.select(col(CONTACT_ID), col(CUSTOMER), col(ARRIVAL))
        .join(queryTypes, new String[] {CONTACT_ID}, "left");
    Dataset<Row> b = all.where(col(SilverContacts.DIRECTION).equalTo("inbound").and(col(CUSTOMER).isNotNull()))
        .join(queryTypes, new String[] {CONTACT_ID}, "left").select(col(CONTACT_ID).as(LATER_ID),
            col(CUSTOMER).as(LATER_CUSTOMER), col(ARRIVAL).as(LATER_ARRIVAL), col(QUERY_TYPE).as(LATER_QUERY_TYPE));
    Column repeat = col(LATER_CUSTOMER).equalTo(col(CUSTOMER)).and(col(LATER_ID).notEqual(col(CONTACT_ID)))
        .and(col(LATER_ARRIVAL).gt(col(ARRIVAL)))
        .and(col(LATER_ARRIVAL).leq(col(ARRIVAL).plus(expr("make_interval(0, 0, 0, " + days + ")"))))
        .and(col(QUERY_TYPE).isNull().or(col(LATER_QUERY_TYPE).isNull())
            .or(col(LATER_QUERY_TYPE).equalTo(col(QUERY_TYPE))));
    Dataset<Row> repeated = a.where(col(CUSTOMER).isNotNull()).join(b, repeat).select(col(CONTACT_ID))
        .distinct().withColumn(HIT, lit(true));
    return firsts.join(repeated, new String[] {CONTACT_ID}, "left")
        .withColumn(REPEATED, when(col(CUSTOMER).isNull(), lit(null).cast("boolean"))
            .otherwise(col(HIT).isNotNull()))
        .drop(HIT);
  }
}
