package io.cxlake.schema;

/**
 * Column names of the tables the jobs read and write, one class per table ({@code TABLE} is its name): the
 * transformations name a table's columns through them ({@code col(SilverContacts.CONTACT_DATE)}), and rows read on the
 * driver are read by name ({@code r.getAs(GoldQueryTypeCatalog.STATUS)}), never by position. Every constant is checked
 * against the table's schema file under schemas/ ({@code TableColumnsTest}): a renamed column fails the build, not a
 * night. Lineage columns ({@code _run_date}, ...) are in {@link Columns}; the columns a job derives on the way (not in
 * any table) are constants of the class or package that makes them.
 */
public final class TableColumns {

  private TableColumns() {}

  /** gold_query_type_catalog: one row per query type and run date, active or retired. */
  public static final class GoldQueryTypeCatalog {
    public static final String TABLE = Tables.QUERY_TYPE_CATALOG;
    public static final String RUN_DATE = "run_date";
    public static final String ID = "query_type_id";
    public static final String FAMILY = "family";
    public static final String STATUS = "status";
    public static final String LABEL = "label";
    public static final String TOP_TERMS = "top_terms";
    public static final String TERM_WEIGHTS = "term_weights";
    public static final String CONTACTS = "contacts";
    public static final String FAMILY_K = "family_k";
    public static final String FAMILY_SILHOUETTE = "family_silhouette";
    public static final String FAMILY_FIT_CONTACTS = "family_fit_contacts";
    public static final String DISTANCE_CUT = "distance_cut";
    public static final String FIRST_SEEN = "first_seen";
    public static final String LAST_SEEN = "last_seen";
    public static final String TYPICAL_TEXT = "typical_text";

    private GoldQueryTypeCatalog() {}
  }

  /** gold_scenario_catalog: one row per scenario and run date, active or retired. */
  public static final class GoldScenarioCatalog {
    public static final String TABLE = Tables.SCENARIO_CATALOG;
    public static final String RUN_DATE = "run_date";
    public static final String ID = "scenario_id";
    public static final String STATUS = "status";
    public static final String CHANNEL = "channel";
    public static final String QUERY_TYPE_ID = "query_type_id";
    public static final String MOOD = "mood";
    public static final String GOAL = "goal";
    public static final String CONTACTS = "contacts";
    public static final String SHARE = "share";
    public static final String CONTACTS_LAST_7D = "contacts_last_7d";
    public static final String CONTACTS_PREV_7D = "contacts_prev_7d";
    public static final String TREND = "trend";
    public static final String WINDOW_START = "window_start";
    public static final String WINDOW_END = "window_end";
    public static final String FIRST_SEEN = "first_seen";
    public static final String LABEL = "label";
    public static final String QUERY_TYPE_LABEL = "query_type_label";
    public static final String MERGE_LEVEL = "merge_level";
    public static final String TOP_TERMS = "top_terms";
    public static final String EXEMPLAR_CONTACT_IDS = "exemplar_contact_ids";
    public static final String EXEMPLAR_TEXTS = "exemplar_texts";
    public static final String LAST_SEEN = "last_seen";

    private GoldScenarioCatalog() {}
  }

  /** gold_contract_kpi_compliance: one row per contract indicator and run date. */
  public static final class GoldContractKpiCompliance {
    public static final String TABLE = Tables.CONTRACT_KPI_COMPLIANCE;
    public static final String RUN_DATE = "run_date";
    public static final String CONTRACT = "contract";
    public static final String INDICATOR = "indicator";
    public static final String METRIC = "metric";
    public static final String CHANNELS = "channels";
    public static final String REGIONS = "regions";
    public static final String PERIOD_DATE = "period_date";
    public static final String THRESHOLD_SECONDS = "threshold_seconds";
    public static final String REPEAT_DAYS = "repeat_days";
    public static final String TARGET = "target";
    public static final String DIRECTION = "direction";
    public static final String ACTUAL = "actual";
    public static final String CONTACTS = "contacts";
    public static final String MET = "met";
    public static final String MARGIN = "margin";
    public static final String STATUS = "status";

    private GoldContractKpiCompliance() {}
  }

  /** quarantine: one row per rejected record (or unreadable file), with its reason. */
  public static final class Quarantine {
    public static final String TABLE = Tables.QUARANTINE;
    public static final String FEED = "feed";
    public static final String RUN_DATE = "run_date";
    public static final String SOURCE_FILE = "source_file";
    public static final String SOURCE_LINE = "source_line";
    public static final String RAW_RECORD = "raw_record";
    public static final String REASON = "reason";
    public static final String REASON_DETAIL = "reason_detail";
    public static final String LOAD_ID = "load_id";

    private Quarantine() {}
  }

  /** run_summary: one row per job, run date and feed (the ingest's counts; the other jobs' outcomes). */
  public static final class RunSummary {
    public static final String TABLE = Tables.RUN_SUMMARY;
    public static final String JOB = "job";
    public static final String RUN_DATE = "run_date";
    public static final String FEED = "feed";
    public static final String ROWS_READ = "rows_read";
    public static final String QUARANTINED = "quarantined";
    public static final String ROWS_WRITTEN = "rows_written";
    public static final String EXACT_DUPLICATES = "exact_duplicates";
    public static final String FILES_READ = "files_read";
    public static final String PARTITIONS_TOUCHED = "partitions_touched";
    public static final String DURATION_MS = "duration_ms";
    public static final String LOAD_ID = "load_id";
    public static final String STATUS = "status";
    public static final String MESSAGE = "message";
    public static final String FINISHED_AT = "finished_at";

    private RunSummary() {}
  }

  /** gold_agent_strain_signal: agent strain per agent and week: the signals, the 0-100 score, its band and reasons. */
  public static final class GoldAgentStrainSignal {
    public static final String TABLE = Tables.AGENT_STRAIN_SIGNAL;
    public static final String WEEK_START = "week_start";
    public static final String AGENT_KEY = "agent_key";
    public static final String SITE = "site";
    public static final String AS_OF_DATE = "as_of_date";
    public static final String CONTACTS = "contacts";
    public static final String HOSTILE_CONTACTS = "hostile_contacts";
    public static final String HOSTILE_SHARE = "hostile_share";
    public static final String DISTRUST_CONTACTS = "distrust_contacts";
    public static final String ABUSE_CONTACTS = "abuse_contacts";
    public static final String OUTBOUND_ATTEMPTS = "outbound_attempts";
    public static final String REFUSED_ATTEMPTS = "refused_attempts";
    public static final String LONGEST_REFUSAL_STREAK = "longest_refusal_streak";
    public static final String AHT_SECONDS = "aht_seconds";
    public static final String BASELINE_AHT_SECONDS = "baseline_aht_seconds";
    public static final String HANDLE_TIME_DRIFT = "handle_time_drift";
    public static final String STRAIN_SCORE = "strain_score";
    public static final String BAND = "band";
    public static final String REASONS = "reasons";

    private GoldAgentStrainSignal() {}
  }

  /** gold_churn_model_quality: quality of the churn scores per training run, measured on a held-out as-of date. */
  public static final class GoldChurnModelQuality {
    public static final String TABLE = Tables.CHURN_MODEL_QUALITY;
    public static final String RUN_DATE = "run_date";
    public static final String MODEL_VERSION = "model_version";
    public static final String METHOD = "method";
    public static final String USED = "used";
    public static final String NOTE = "note";
    public static final String TRAIN_AS_OF = "train_as_of";
    public static final String TEST_AS_OF = "test_as_of";
    public static final String HORIZON_DAYS = "horizon_days";
    public static final String TRAIN_ROWS = "train_rows";
    public static final String TRAIN_POSITIVES = "train_positives";
    public static final String TEST_ROWS = "test_rows";
    public static final String TEST_POSITIVES = "test_positives";
    public static final String AUC = "auc";
    public static final String TOP_DECILE_PRECISION = "top_decile_precision";
    public static final String BASE_RATE = "base_rate";
    public static final String TOP_DECILE_LIFT = "top_decile_lift";
    public static final String BRIER = "brier";
    public static final String CALIBRATION = "calibration";
    public static final String WEIGHTS = "weights";
    public static final String INTERCEPT = "intercept";
    public static final String AUC_CI_LOW = "auc_ci_low";
    public static final String AUC_CI_HIGH = "auc_ci_high";

    private GoldChurnModelQuality() {}
  }

  /** gold_churn_signal: churn risk of every recently contacting customer as of the run date, with its reasons. */
  public static final class GoldChurnSignal {
    public static final String TABLE = Tables.CHURN_SIGNAL;
    public static final String AS_OF_DATE = "as_of_date";
    public static final String CUSTOMER_KEY = "customer_key";
    public static final String REGION = "region";
    public static final String RISK = "risk";
    public static final String BAND = "band";
    public static final String REASONS = "reasons";
    public static final String SIGNALS = "signals";
    public static final String METHOD = "method";
    public static final String MODEL_VERSION = "model_version";
    public static final String CONTACTS = "contacts";
    public static final String LAST_CONTACT_DATE = "last_contact_date";

    private GoldChurnSignal() {}
  }

  /** gold_contact_scenario: each contact's scenario, assigned when its text is enriched. */
  public static final class GoldContactScenario {
    public static final String TABLE = Tables.CONTACT_SCENARIO;
    public static final String CONTACT_ID = "contact_id";
    public static final String CONTACT_DATE = "contact_date";
    public static final String SCENARIO_ID = "scenario_id";
    public static final String QUERY_TYPE_ID = "query_type_id";
    public static final String FAMILY = "family";
    public static final String CHANNEL = "channel";
    public static final String MOOD = "mood";
    public static final String GOAL = "goal";
    public static final String MERGE_LEVEL = "merge_level";
    public static final String DISTANCE = "distance";
    public static final String CONFIDENCE = "confidence";
    public static final String ASSIGNMENT = "assignment";
    public static final String TURNS_FINGERPRINT = "turns_fingerprint";

    private GoldContactScenario() {}
  }

  /** gold_contact_score: each answered contact scored on its scenario family's rubric as known on the run date. */
  public static final class GoldContactScore {
    public static final String TABLE = Tables.CONTACT_SCORE;
    public static final String CONTACT_ID = "contact_id";
    public static final String CONTACT_DATE = "contact_date";
    public static final String AS_OF_DATE = "as_of_date";
    public static final String SCENARIO_ID = "scenario_id";
    public static final String QUERY_TYPE_ID = "query_type_id";
    public static final String RUBRIC = "rubric";
    public static final String REGION = "region";
    public static final String CHANNEL = "channel";
    public static final String SITE = "site";
    public static final String DIRECTION = "direction";
    public static final String AGENT_ID = "agent_id";
    public static final String MOOD = "mood";
    public static final String GOAL = "goal";
    public static final String TIMELINESS_SCORE = "timeliness_score";
    public static final String INFORMATION_SCORE = "information_score";
    public static final String CONNECTION_SCORE = "connection_score";
    public static final String DIFFERENTIATION_SCORE = "differentiation_score";
    public static final String OVERALL_SCORE = "overall_score";
    public static final String ELEMENTS = "elements";
    public static final String MISSING_ELEMENTS = "missing_elements";
    public static final String RESOLUTION_STATUS = "resolution_status";
    public static final String WAIT_TARGET_SECONDS = "wait_target_seconds";
    public static final String HANDLE_NORM_SECONDS = "handle_norm_seconds";

    private GoldContactScore() {}
  }

  /** gold_customer_latent_need: each customer's predicted needs as of the run date. */
  public static final class GoldCustomerLatentNeed {
    public static final String TABLE = Tables.CUSTOMER_LATENT_NEED;
    public static final String AS_OF_DATE = "as_of_date";
    public static final String CUSTOMER_KEY = "customer_key";
    public static final String REGION = "region";
    public static final String NEED_KIND = "need_kind";
    public static final String PREDICTED_NEED = "predicted_need";
    public static final String PREDICTED_NEED_LABEL = "predicted_need_label";
    public static final String SCORE = "score";
    public static final String DUE_BY = "due_by";
    public static final String PATTERN_ID = "pattern_id";
    public static final String EVIDENCE_CONTACT_IDS = "evidence_contact_ids";
    public static final String REASON = "reason";

    private GoldCustomerLatentNeed() {}
  }

  /** gold_latent_need_pattern: latent-need patterns (after X, Y within N days) and uncovered needs. */
  public static final class GoldLatentNeedPattern {
    public static final String TABLE = Tables.LATENT_NEED_PATTERN;
    public static final String RUN_DATE = "run_date";
    public static final String PATTERN_ID = "pattern_id";
    public static final String PATTERN_KIND = "pattern_kind";
    public static final String REGION = "region";
    public static final String ANTECEDENT_QUERY_TYPE_ID = "antecedent_query_type_id";
    public static final String ANTECEDENT_LABEL = "antecedent_label";
    public static final String CONSEQUENT_QUERY_TYPE_ID = "consequent_query_type_id";
    public static final String CONSEQUENT_LABEL = "consequent_label";
    public static final String WITHIN_DAYS = "within_days";
    public static final String SEQUENCES = "sequences";
    public static final String CUSTOMERS = "customers";
    public static final String SUPPORT = "support";
    public static final String ANTECEDENT_CONTACTS = "antecedent_contacts";
    public static final String FOLLOWED = "followed";
    public static final String CONFIDENCE = "confidence";
    public static final String BASELINE = "baseline";
    public static final String LIFT = "lift";
    public static final String SIGNIFICANT = "significant";
    public static final String SIGNIFICANT_REGIONS = "significant_regions";
    public static final String EXAMPLE_CONTACT_IDS = "example_contact_ids";
    public static final String WINDOW_START = "window_start";
    public static final String WINDOW_END = "window_end";

    private GoldLatentNeedPattern() {}
  }

  /** gold_qa_agreement: human QA evaluations against the computed scores of the same contacts. */
  public static final class GoldQaAgreement {
    public static final String TABLE = Tables.QA_AGREEMENT;
    public static final String RUN_DATE = "run_date";
    public static final String WINDOW_START = "window_start";
    public static final String RUBRIC = "rubric";
    public static final String LEVEL = "level";
    public static final String NAME = "name";
    public static final String DIMENSION = "dimension";
    public static final String CONTACTS = "contacts";
    public static final String HUMAN_MEAN = "human_mean";
    public static final String AUTO_MEAN = "auto_mean";
    public static final String MEAN_DIFFERENCE = "mean_difference";
    public static final String MEAN_ABSOLUTE_DIFFERENCE = "mean_absolute_difference";
    public static final String CORRELATION = "correlation";
    public static final String WITHIN_10_SHARE = "within_10_share";

    private GoldQaAgreement() {}
  }

  /** gold_qa_sample: the nightly QA sample of scored contacts, with inclusion probabilities and weights. */
  public static final class GoldQaSample {
    public static final String TABLE = Tables.QA_SAMPLE;
    public static final String RUN_DATE = "run_date";
    public static final String CONTACT_ID = "contact_id";
    public static final String SCENARIO_ID = "scenario_id";
    public static final String RUBRIC = "rubric";
    public static final String CHANNEL = "channel";
    public static final String AGENT_ID = "agent_id";
    public static final String OVERALL_SCORE = "overall_score";
    public static final String RISK_SIGNAL = "risk_signal";
    public static final String SIZE_MEASURE = "size_measure";
    public static final String STRATUM_CONTACTS = "stratum_contacts";
    public static final String STRATUM_EXPECTED_DRAWS = "stratum_expected_draws";
    public static final String INCLUSION_PROBABILITY = "inclusion_probability";
    public static final String SAMPLING_WEIGHT = "sampling_weight";

    private GoldQaSample() {}
  }

  /** gold_region_patience_curve: patience curves per region and group: survival bands and life-table hazard. */
  public static final class GoldRegionPatienceCurve {
    public static final String TABLE = Tables.REGION_PATIENCE_CURVE;
    public static final String RUN_DATE = "run_date";
    public static final String LEVEL = "level";
    public static final String REGION = "region";
    public static final String CHANNEL = "channel";
    public static final String PRIORITY = "priority";
    public static final String TOD_BAND = "tod_band";
    public static final String KIND = "kind";
    public static final String WAIT_FROM = "wait_from";
    public static final String WAIT_TO = "wait_to";
    public static final String AT_RISK = "at_risk";
    public static final String EVENTS = "events";
    public static final String CENSORED = "censored";
    public static final String EFFECTIVE_AT_RISK = "effective_at_risk";
    public static final String SURVIVAL = "survival";
    public static final String SURVIVAL_CI_LOW = "survival_ci_low";
    public static final String SURVIVAL_CI_HIGH = "survival_ci_high";
    public static final String STD_ERROR = "std_error";
    public static final String HAZARD = "hazard";
    public static final String HAZARD_CI_LOW = "hazard_ci_low";
    public static final String HAZARD_CI_HIGH = "hazard_ci_high";
    public static final String HAZARD_RATE_PER_SECOND = "hazard_rate_per_second";

    private GoldRegionPatienceCurve() {}
  }

  /** gold_region_staffing_plan: agents per region and interval of the day, under Erlang-A and Erlang-C. */
  public static final class GoldRegionStaffingPlan {
    public static final String TABLE = Tables.REGION_STAFFING_PLAN;
    public static final String RUN_DATE = "run_date";
    public static final String WINDOW_START = "window_start";
    public static final String WINDOW_END = "window_end";
    public static final String REGION = "region";
    public static final String INTERVAL_START = "interval_start";
    public static final String INTERVAL_MINUTES = "interval_minutes";
    public static final String STATUS = "status";
    public static final String DAYS_OBSERVED = "days_observed";
    public static final String ARRIVALS_PER_INTERVAL = "arrivals_per_interval";
    public static final String ARRIVAL_RATE_PER_HOUR = "arrival_rate_per_hour";
    public static final String MEAN_HANDLE_SECONDS = "mean_handle_seconds";
    public static final String OFFERED_LOAD_ERLANGS = "offered_load_erlangs";
    public static final String PATIENCE_RATE_PER_SECOND = "patience_rate_per_second";
    public static final String TARGET_WAIT_SECONDS = "target_wait_seconds";
    public static final String TARGET_ABANDON_PERCENT = "target_abandon_percent";
    public static final String SERVICE_LEVEL_PERCENT = "service_level_percent";
    public static final String AGENTS_ERLANG_A = "agents_erlang_a";
    public static final String ERLANG_A_ABANDON_SHARE = "erlang_a_abandon_share";
    public static final String ERLANG_A_AVERAGE_WAIT_SECONDS = "erlang_a_average_wait_seconds";
    public static final String ERLANG_A_SERVICE_LEVEL = "erlang_a_service_level";
    public static final String AGENTS_ERLANG_C = "agents_erlang_c";
    public static final String ERLANG_C_AVERAGE_WAIT_SECONDS = "erlang_c_average_wait_seconds";
    public static final String ERLANG_C_SERVICE_LEVEL = "erlang_c_service_level";

    private GoldRegionStaffingPlan() {}
  }

  /** gold_region_wait_tolerance: patience (wait tolerance) per region and configured group over a trailing window. */
  public static final class GoldRegionWaitTolerance {
    public static final String TABLE = Tables.REGION_WAIT_TOLERANCE;
    public static final String RUN_DATE = "run_date";
    public static final String WINDOW_START = "window_start";
    public static final String WINDOW_END = "window_end";
    public static final String LEVEL = "level";
    public static final String REGION = "region";
    public static final String CHANNEL = "channel";
    public static final String PRIORITY = "priority";
    public static final String TOD_BAND = "tod_band";
    public static final String STATUS = "status";
    public static final String CONTACTS = "contacts";
    public static final String NEVER_QUEUED = "never_queued";
    public static final String SHORT_ABANDONS_EXCLUDED = "short_abandons_excluded";
    public static final String OBSERVATIONS = "observations";
    public static final String ABANDONS = "abandons";
    public static final String SERVED = "served";
    public static final String SHARE_ABANDONED = "share_abandoned";
    public static final String MEAN_WAIT_SECONDS = "mean_wait_seconds";
    public static final String NAIVE_MEAN_ABANDONER_WAIT_SECONDS = "naive_mean_abandoner_wait_seconds";
    public static final String PATIENCE_RATE_PER_SECOND = "patience_rate_per_second";
    public static final String MEDIAN_PATIENCE_SECONDS = "median_patience_seconds";
    public static final String MEDIAN_PATIENCE_SECONDS_CI_LOW = "median_patience_seconds_ci_low";
    public static final String MEDIAN_PATIENCE_SECONDS_CI_HIGH = "median_patience_seconds_ci_high";
    public static final String PATIENCE_Q10_SECONDS = "patience_q10_seconds";
    public static final String PATIENCE_Q10_SECONDS_CI_LOW = "patience_q10_seconds_ci_low";
    public static final String PATIENCE_Q10_SECONDS_CI_HIGH = "patience_q10_seconds_ci_high";
    public static final String PATIENCE_Q25_SECONDS = "patience_q25_seconds";
    public static final String PATIENCE_Q25_SECONDS_CI_LOW = "patience_q25_seconds_ci_low";
    public static final String PATIENCE_Q25_SECONDS_CI_HIGH = "patience_q25_seconds_ci_high";
    public static final String PATIENCE_Q75_SECONDS = "patience_q75_seconds";
    public static final String PATIENCE_Q75_SECONDS_CI_LOW = "patience_q75_seconds_ci_low";
    public static final String PATIENCE_Q75_SECONDS_CI_HIGH = "patience_q75_seconds_ci_high";
    public static final String PATIENCE_Q90_SECONDS = "patience_q90_seconds";
    public static final String PATIENCE_Q90_SECONDS_CI_LOW = "patience_q90_seconds_ci_low";
    public static final String PATIENCE_Q90_SECONDS_CI_HIGH = "patience_q90_seconds_ci_high";
    public static final String ON_TIME_TARGET_SECONDS = "on_time_target_seconds";
    public static final String ON_TIME_TARGET_SECONDS_CI_LOW = "on_time_target_seconds_ci_low";
    public static final String ON_TIME_TARGET_SECONDS_CI_HIGH = "on_time_target_seconds_ci_high";
    public static final String TARGET_ABANDON_PERCENT = "target_abandon_percent";
    public static final String SERVICE_LEVEL_PERCENT = "service_level_percent";
    public static final String RECOMMENDED_SERVICE_LEVEL = "recommended_service_level";
    public static final String ABANDON_VS_WAIT_SLOPE = "abandon_vs_wait_slope";
    public static final String ABANDON_VS_WAIT_R2 = "abandon_vs_wait_r2";
    public static final String ABANDON_VS_WAIT_INTERVALS = "abandon_vs_wait_intervals";
    public static final String LOGRANK_OBSERVED = "logrank_observed";
    public static final String LOGRANK_EXPECTED = "logrank_expected";
    public static final String LOGRANK_CHI_SQUARE = "logrank_chi_square";
    public static final String LOGRANK_P_VALUE = "logrank_p_value";
    public static final String ANGER_ONSET_WAIT_SECONDS = "anger_onset_wait_seconds";

    private GoldRegionWaitTolerance() {}
  }

  /** gold_scenario_daily_metrics: per day, scenario, region, channel and site: volume, scores, times, mood. */
  public static final class GoldScenarioDailyMetrics {
    public static final String TABLE = Tables.SCENARIO_DAILY_METRICS;
    public static final String METRIC_DATE = "metric_date";
    public static final String SCENARIO_ID = "scenario_id";
    public static final String REGION = "region";
    public static final String CHANNEL = "channel";
    public static final String SITE = "site";
    public static final String CONTACTS = "contacts";
    public static final String ANSWERED = "answered";
    public static final String ABANDONED = "abandoned";
    public static final String SCORED = "scored";
    public static final String TIMELINESS_SCORE = "timeliness_score";
    public static final String INFORMATION_SCORE = "information_score";
    public static final String CONNECTION_SCORE = "connection_score";
    public static final String DIFFERENTIATION_SCORE = "differentiation_score";
    public static final String OVERALL_SCORE = "overall_score";
    public static final String FCR_SETTLED = "fcr_settled";
    public static final String FCR_RESOLVED = "fcr_resolved";
    public static final String FCR_PENDING = "fcr_pending";
    public static final String AVERAGE_HANDLE_SECONDS = "average_handle_seconds";
    public static final String AVERAGE_WAIT_SECONDS = "average_wait_seconds";
    public static final String MOOD_COUNTS = "mood_counts";
    public static final String ABANDONMENT_RATE = "abandonment_rate";
    public static final String FCR_RATE = "fcr_rate";
    public static final String AS_OF_DATE = "as_of_date";

    private GoldScenarioDailyMetrics() {}
  }

  /** gold_scenario_model_answer: per scenario and run date, the best-scored conversations resolved at first contact. */
  public static final class GoldScenarioModelAnswer {
    public static final String TABLE = Tables.SCENARIO_MODEL_ANSWER;
    public static final String RUN_DATE = "run_date";
    public static final String SCENARIO_ID = "scenario_id";
    public static final String RANK = "rank";
    public static final String CONTACT_ID = "contact_id";
    public static final String CONTACT_DATE = "contact_date";
    public static final String RUBRIC = "rubric";
    public static final String CHANNEL = "channel";
    public static final String TIMELINESS_SCORE = "timeliness_score";
    public static final String INFORMATION_SCORE = "information_score";
    public static final String CONNECTION_SCORE = "connection_score";
    public static final String DIFFERENTIATION_SCORE = "differentiation_score";
    public static final String OVERALL_SCORE = "overall_score";
    public static final String TRANSCRIPT = "transcript";

    private GoldScenarioModelAnswer() {}
  }

  /** silver_account_events: customer account life-cycle events from the billing/CRM system. */
  public static final class SilverAccountEvents {
    public static final String TABLE = "silver_account_events"; // FeedSchema#silverTable of its feed
    public static final String CUSTOMER_KEY = "customer_key";
    public static final String REGION = "region";
    public static final String SEGMENT = "segment";
    public static final String EVENT = "event";
    public static final String EVENT_TIME = "event_time";
    public static final String EVENT_MONTH = "event_month";

    private SilverAccountEvents() {}
  }

  /** silver_contact_text: text understanding per contact: language, terms, key phrases, mood and goal. */
  public static final class SilverContactText {
    public static final String TABLE = Tables.CONTACT_TEXT;
    public static final String CONTACT_ID = "contact_id";
    public static final String CONTACT_DATE = "contact_date";
    public static final String LANGUAGE = "language";
    public static final String CUSTOMER_TURNS = "customer_turns";
    public static final String SENTENCES = "sentences";
    public static final String TOKENS = "tokens";
    public static final String TERMS = "terms";
    public static final String KEY_PHRASES = "key_phrases";
    public static final String MOOD = "mood";
    public static final String MOOD_SCORE = "mood_score";
    public static final String SENTIMENT = "sentiment";
    public static final String NEGATIVE_PROBABILITY = "negative_probability";
    public static final String MOOD_EVIDENCE = "mood_evidence";
    public static final String FIRST_TURN_MOOD = "first_turn_mood";
    public static final String LAST_TURN_MOOD = "last_turn_mood";
    public static final String GOAL = "goal";
    public static final String GOAL_SCORE = "goal_score";
    public static final String GOAL_EVIDENCE = "goal_evidence";
    public static final String TURN_MOODS = "turn_moods";
    public static final String TURNS_FINGERPRINT = "turns_fingerprint";

    private SilverContactText() {}
  }

  /** silver_contacts: one row per contact from ACD/CTI, chat, e-mail, social and walk-in systems. */
  public static final class SilverContacts {
    public static final String TABLE = "silver_contacts"; // FeedSchema#silverTable of its feed
    public static final String CONTACT_ID = "contact_id";
    public static final String CUSTOMER_KEY = "customer_key";
    public static final String CHANNEL = "channel";
    public static final String DIRECTION = "direction";
    public static final String REGION = "region";
    public static final String SITE = "site";
    public static final String QUEUE = "queue";
    public static final String PRIORITY = "priority";
    public static final String ARRIVAL_TIME = "arrival_time";
    public static final String ANSWERED_TIME = "answered_time";
    public static final String ABANDONED_TIME = "abandoned_time";
    public static final String END_TIME = "end_time";
    public static final String WAIT_SECONDS = "wait_seconds";
    public static final String HANDLE_SECONDS = "handle_seconds";
    public static final String TRANSFERS = "transfers";
    public static final String AGENT_ID = "agent_id";
    public static final String DISPOSITION = "disposition";
    public static final String LANGUAGE = "language";
    public static final String CONTACT_DATE = "contact_date";

    private SilverContacts() {}
  }

  /** silver_outbound_attempts: outbound dialler attempts of campaigns and promised call-backs. */
  public static final class SilverOutboundAttempts {
    public static final String TABLE = "silver_outbound_attempts"; // FeedSchema#silverTable of its feed
    public static final String ATTEMPT_ID = "attempt_id";
    public static final String CUSTOMER_KEY = "customer_key";
    public static final String CAMPAIGN = "campaign";
    public static final String ATTEMPT_TIME = "attempt_time";
    public static final String OUTCOME = "outcome";
    public static final String REGION = "region";
    public static final String AGENT_ID = "agent_id";
    public static final String ATTEMPT_DATE = "attempt_date";

    private SilverOutboundAttempts() {}
  }

  /** silver_qa_evaluations: human QA evaluations of sampled contacts, one row per rubric element. */
  public static final class SilverQaEvaluations {
    public static final String TABLE = "silver_qa_evaluations"; // FeedSchema#silverTable of its feed
    public static final String CONTACT_ID = "contact_id";
    public static final String EVALUATOR = "evaluator";
    public static final String RUBRIC_ELEMENT = "rubric_element";
    public static final String SCORE = "score";
    public static final String EVALUATED_AT = "evaluated_at";
    public static final String EVALUATION_DATE = "evaluation_date";

    private SilverQaEvaluations() {}
  }

  /** silver_turns: conversation turns of voice transcripts, chats, e-mails and walk-in notes. */
  public static final class SilverTurns {
    public static final String TABLE = "silver_turns"; // FeedSchema#silverTable of its feed
    public static final String CONTACT_ID = "contact_id";
    public static final String TURN_NO = "turn_no";
    public static final String SPEAKER = "speaker";
    public static final String TURN_TIME = "turn_time";
    public static final String TEXT = "text";
    public static final String LANGUAGE = "language";
    public static final String TURN_DATE = "turn_date";

    private SilverTurns() {}
  }
}
