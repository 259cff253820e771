package io.cxlake.need;

/** Column names of the needs job's frames and tables (schemas/tables/gold_*latent_need*.json). */
final class NeedColumns {
  static final String CONTACT_ID = "contact_id";
  static final String CUSTOMER = "customer_key";
  static final String REGION = "region";
  static final String ARRIVAL = "arrival_time";
  static final String CONTACT_DATE = "contact_date";
  static final String QUERY_TYPE = "query_type_id";
  static final String RESOLVED = "resolved";
  static final String KEY_PHRASES = "key_phrases";
  static final String LABEL = "label";
  static final String ANTECEDENT = "antecedent_query_type_id";
  static final String CONSEQUENT = "consequent_query_type_id";
  static final String PATTERN_ID = "pattern_id";
  static final String PATTERN_KIND = "pattern_kind";
  static final String CONFIDENCE = "confidence";
  static final String LIFT = "lift";
  static final String SIGNIFICANT = "significant";
  static final String ALL_REGIONS = "*";
  static final String RUN_DATE = "run_date";
  static final String AS_OF = "as_of_date";
  // intermediate: a later contact's arrival, and the customers of a region
  static final String LATER_ARRIVAL = "b_arrival";
  static final String REGION_CUSTOMERS = "region_customers";

  private NeedColumns() {}
}
