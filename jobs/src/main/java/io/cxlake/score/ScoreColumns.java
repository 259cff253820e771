package io.cxlake.score;

/** Column names of the scores job's inputs and outputs; types and meanings are in schemas/tables/. */
final class ScoreColumns {
  static final String CONTACT_ID = "contact_id";
  static final String CONTACT_DATE = "contact_date";
  static final String SCENARIO_ID = "scenario_id";
  static final String QUERY_TYPE_ID = "query_type_id";
  static final String REGION = "region";
  static final String CHANNEL = "channel";
  static final String SITE = "site";
  static final String RUBRIC = "rubric";
  static final String ELEMENTS = "elements";
  static final String MISSING = "missing_elements";
  static final String OVERALL = "overall_score";
  static final String RESOLUTION_STATUS = "resolution_status";
  static final String AS_OF = "as_of_date";
  static final String RUN_DATE = "run_date";
  /** Scenario of contacts that have none yet (a late contact the scenario job has not reached). */
  static final String NO_SCENARIO = "none";

  private ScoreColumns() {}

  /** Column of a dimension's score, e.g. timeliness_score. */
  static String dimension(String d) {
    return d + "_score";
  }
}
