package io.cxlake.schema;

/**
 * Names of the tables that are not per feed (a feed's bronze and silver tables: {@link FeedSchema}). Column names:
 * {@link TableColumns}, one class per table, in transformations and for the rows jobs read on the driver;
 * {@link Columns} for lineage columns.
 */
public final class Tables {
  public static final String QUARANTINE = "quarantine";
  public static final String RUN_SUMMARY = "run_summary";
  public static final String CONTACT_TEXT = "silver_contact_text";
  public static final String REGION_WAIT_TOLERANCE = "gold_region_wait_tolerance";
  public static final String REGION_PATIENCE_CURVE = "gold_region_patience_curve";
  public static final String REGION_STAFFING_PLAN = "gold_region_staffing_plan";
  public static final String QUERY_TYPE_CATALOG = "gold_query_type_catalog";
  public static final String SCENARIO_CATALOG = "gold_scenario_catalog";
  public static final String CONTACT_SCENARIO = "gold_contact_scenario";
  public static final String CONTRACT_KPI_COMPLIANCE = "gold_contract_kpi_compliance";
  public static final String CONTACT_SCORE = "gold_contact_score";
  public static final String SCENARIO_DAILY_METRICS = "gold_scenario_daily_metrics";
  public static final String QA_AGREEMENT = "gold_qa_agreement";
  public static final String SCENARIO_MODEL_ANSWER = "gold_scenario_model_answer";
  public static final String QA_SAMPLE = "gold_qa_sample";
  public static final String LATENT_NEED_PATTERN = "gold_latent_need_pattern";
  public static final String CUSTOMER_LATENT_NEED = "gold_customer_latent_need";
  public static final String CHURN_SIGNAL = "gold_churn_signal";
  public static final String CHURN_MODEL_QUALITY = "gold_churn_model_quality";
  public static final String AGENT_STRAIN_SIGNAL = "gold_agent_strain_signal";

  private Tables() {}
}
