package io.cxlake.need;

import static io.cxlake.need.NeedColumns.ARRIVAL;
import static io.cxlake.need.NeedColumns.CONTACT_DATE;
import static io.cxlake.need.NeedColumns.CONTACT_ID;
import static io.cxlake.need.NeedColumns.CUSTOMER;
import static io.cxlake.need.NeedColumns.KEY_PHRASES;
import static io.cxlake.need.NeedColumns.QUERY_TYPE;
import static io.cxlake.need.NeedColumns.REGION;
import static io.cxlake.need.NeedColumns.RESOLVED;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.cxlake.schema.TableColumns.GoldContactScenario;
import io.cxlake.schema.TableColumns.SilverContacts;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The contacts the needs are read from: one row per inbound contact of a known customer with a query type. */
final class NeedContacts {

  private NeedContacts() {}

  /**
   * contact_id, customer_key, region, arrival_time, contact_date, query_type_id, resolved (answered with a
   * resolved disposition) and key_phrases (empty when the contact has no text row).
   * {@code contacts}: silver_contacts; {@code scenarios}: gold_contact_scenario; {@code text}: silver_contact_text.
   */
  static Dataset<Row> of(Dataset<Row> contacts, Dataset<Row> scenarios, Dataset<Row> text) {
    Dataset<Row> qt = scenarios.where(col(GoldContactScenario.ASSIGNMENT).equalTo("assigned"))
        .select(CONTACT_ID, QUERY_TYPE);
    return contacts.where(col(SilverContacts.DIRECTION).equalTo("inbound").and(col(CUSTOMER).isNotNull()))
        .select(col(CONTACT_ID), col(CUSTOMER), col(REGION), col(ARRIVAL), col(CONTACT_DATE),
            col(SilverContacts.ANSWERED_TIME).isNotNull().and(coalesce(col(SilverContacts.DISPOSITION),
                lit("")).equalTo("resolved")).as(RESOLVED))
        .join(qt, CONTACT_ID)
        .join(text.select(CONTACT_ID, KEY_PHRASES), new String[] {CONTACT_ID}, "left")
        .withColumn(KEY_PHRASES, coalesce(col(KEY_PHRASES), array().cast("array<string>")));
  }
}
