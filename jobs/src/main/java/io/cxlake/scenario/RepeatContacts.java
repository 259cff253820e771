package io.cxlake.scenario;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

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

  private RepeatContacts() {}

  /**
   * {@code firsts} with a boolean column {@value #REPEATED} (null when the customer is unknown); {@code all}: the
   * contacts searched for repeats; {@code queryTypes}: contact_id and query_type_id of the assigned contacts.
   * Both contact sets need contact_id, customer_key, direction and arrival_time.
   */
  public static Dataset<Row> flag(Dataset<Row> firsts, Dataset<Row> all, Dataset<Row> queryTypes, int days) {
    Dataset<Row> a = firsts.select(col("contact_id"), col("customer_key"), col("arrival_time"))
        .join(queryTypes, new String[] {"contact_id"}, "left");
    Dataset<Row> b = all.where(col("direction").equalTo("inbound").and(col("customer_key").isNotNull()))
        .join(queryTypes, new String[] {"contact_id"}, "left").select(col("contact_id").as("b_id"),
            col("customer_key").as("b_customer"), col("arrival_time").as("b_arrival"), col("query_type_id").as("b_qt"));
    Column repeat = col("b_customer").equalTo(col("customer_key")).and(col("b_id").notEqual(col("contact_id")))
        .and(col("b_arrival").gt(col("arrival_time")))
        .and(col("b_arrival").leq(col("arrival_time").plus(expr("make_interval(0, 0, 0, " + days + ")"))))
        .and(col("query_type_id").isNull().or(col("b_qt").isNull()).or(col("b_qt").equalTo(col("query_type_id"))));
    Dataset<Row> repeated = a.where(col("customer_key").isNotNull()).join(b, repeat).select(col("contact_id"))
        .distinct().withColumn("_hit", lit(true));
    return firsts.join(repeated, new String[] {"contact_id"}, "left")
        .withColumn(REPEATED, when(col("customer_key").isNull(), lit(null).cast("boolean"))
            .otherwise(col("_hit").isNotNull()))
        .drop("_hit");
  }
}
