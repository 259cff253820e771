package io.cxlake.config;

import java.util.Arrays;
import java.util.Optional;

/** Every configuration key the jobs read, with its default. Spark settings pass through under {@code spark.*}. */
public enum ConfigKey {
  SPARK_MASTER("spark.master", "local[2]", "Spark master when not launched by spark-submit"),
  LANDING_ROOT("landing.root", "data-samples/landing", "Folder or s3a:// URI holding <feed>/dt=YYYY-MM-DD/ files"),
  LAKE_ROOT("lake.root", "lakehouse", "Folder or s3a:// URI under which every Delta table lives"),
  REPORTS_ROOT("reports.root", "reports", "Folder or s3a:// URI for the regional reports"),
  REPORTS_LANGUAGES("reports.languages", "*:zh-TW|en",
      "Report languages per region, e.g. *:zh-TW|en,Kuala Lumpur:en|zh-TW (* for every other region); bundles: en, zh-TW"),
  REPORTS_CALL_BACK("reports.call-back-customers", "20", "Highest-risk customers listed to call back in each region's report"),
  INGEST_REQUIRED_FEEDS("ingest.required-feeds", "contacts,turns",
      "Feeds that must have landed files for a run date; the ingest fails otherwise"),
  INGEST_COMPACTION("ingest.compaction", "true", "Compact the silver partitions a run touched (OPTIMIZE)"),
  INGEST_COMPACTION_MIN_FILES("ingest.compaction-min-files", "8",
      "Compact a touched silver partition only once it holds at least this many files (1: after every load)"),
  INGEST_PARALLEL_FEEDS("ingest.parallel-feeds", "5",
      "Feeds loaded at the same time; they write different tables, and most of a small load is Delta latency"),
  INGEST_MAX_RECORD_LINES("ingest.max-record-lines", "50",
      "Most physical lines one quoted CSV record may span before it is quarantined as malformed"),
  INGEST_CLOCK_SKEW_SECONDS("ingest.clock-skew-seconds", "5",
      "Contacts whose times are out of order by at most this much (ACD clock skew, e.g. answered 1 s before arrival)"
          + " are loaded and counted in the run summary, not quarantined as impossible_times"),
  INGEST_PRIORITY_RANGE("ingest.priority-range", "1-9",
      "Valid queue priorities of the contacts feed, lowest-highest number (many ACDs count from 0: 0-9)"),
  INGEST_PRIORITY_ORDER("ingest.priority-order", "ascending",
      "ascending: the lowest number is the most urgent; descending: the highest is. Silver stores 1 = most urgent"),
  QUALITY_MAX_QUARANTINE_SHARE("quality.max-quarantine-share", "0.05",
      "The night stops after the ingest when a feed's quarantined share of its records is above this (0..1)"),
  QUALITY_MIN_RECORDS("quality.min-records", "100",
      "Feeds with fewer records in a night are reported by the quality gate but not judged"),
  RUN_CODEGEN("run.codegen", "auto",
      "Spark code generation: auto (off for nights whose landing files are under run.codegen-min-landing-mb: compiling"
          + " the generated code cost small nights more than it saved), always, or never"),
  RUN_CODEGEN_MIN_LANDING_MB("run.codegen-min-landing-mb", "8",
      "With run.codegen=auto, nights with at least this many MB of landing files (all feeds) run with code generation"),
  RUN_PARALLEL_JOBS("run.parallel-jobs", "1",
      "Jobs of one night that run at once once the jobs they depend on (conf/pipeline.json) are done; 1 runs them one"
          + " after another"),
  RUN_LOCK_STALE_SECONDS("run.lock-stale-seconds", "600",
      "A job's run lock without a heartbeat for this long is taken over (its owner died); the owner beats every quarter"),
  ANALYST_RAW_LAYERS("analyst.raw-layers", "false",
      "Register bronze_* and quarantine (raw ids and unmasked text) for the SQL shell and server: operators only"),
  ANALYST_AUTH("analyst.auth", "none",
      "JDBC authentication of the SQL server: none (bind it to loopback) or password (users in analyst.users-file)"),
  ANALYST_USERS_FILE("analyst.users-file", "",
      "With analyst.auth=password: file of name:iterations:salt:hash lines, one per analyst (cxlake sql-user NAME)"),
  PSEUDONYM_KEY_ENV("pseudonym.key-env", "CXLAKE_PSEUDONYM_KEY",
      "Environment variable holding the secret key for pseudonymising customer ids"),
  PSEUDONYM_ALLOW_DEV_KEY("pseudonym.allow-dev-key", "false",
      "Use the public development key when the secret is not set (local samples only, never production)"),
  TEXT_LOOKBACK_DAYS("text.lookback-days", "7",
      "Days of turns, ending at the run date, searched for contacts not yet enriched or whose turns changed"),
  TEXT_SEGMENTER_MODEL("text.segmenter-model", "edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz",
      "CoreNLP Chinese segmenter model (ctb.small: same output as ctb.gz on almost all text, half the memory)"),
  TEXT_LEXICON_DIR("text.lexicon-dir", "",
      "Folder with mood.tsv, goal.tsv, modifiers.tsv, stopwords-{zh,en}.txt, domain-terms-{zh,en}.txt; blank: conf/text"),
  TEXT_MAX_TURN_CHARS("text.max-turn-chars", "4000",
      "Longer turns are cut to this many characters before NLP (a pasted log should not stall a partition)"),
  TEXT_KEY_PHRASES("text.key-phrases", "8", "Key phrases kept per contact"),
  TEXT_MOOD_MODEL("text.mood-model", "",
      "Folder of a negativity model trained with cxlake train-mood; blank: the model the night trains from the "
          + "lexicon's confident verdicts on the centre's own texts (text.mood-self-training-min)"),
  TEXT_MOOD_SELF_TRAINING_MIN("text.mood-self-training-min", "200",
      "Without text.mood-model, the night trains a negativity model on the window's texts the lexicon is sure of "
          + "when it has at least this many of each side (negative, positive); 0: the lexicon alone"),
  TEXT_MOOD_SELF_TRAINING_DAYS("text.mood-self-training-days", "28",
      "Days of enriched contacts, ending at the run date, the self-trained negativity model learns from"),
  SCENARIOS_WINDOW_DAYS("scenarios.window-days", "28",
      "Days of contacts, ending at the run date, from which query types and scenarios are discovered"),
  SCENARIOS_LOOKBACK_DAYS("scenarios.lookback-days", "7",
      "Days, ending at the run date, whose new or re-enriched contacts get a scenario (as text.lookback-days)"),
  SCENARIOS_K_CANDIDATES("scenarios.k-candidates", "6,8,10,12,15,18,22,26,30,36,43,52,62,75,90,108,130,150",
      "Numbers of query types tried per language family (those that leave each scenarios.min-contacts on average); "
          + "the silhouette (cosine) chooses among them"),
  SCENARIOS_SILHOUETTE_TOLERANCE("scenarios.silhouette-tolerance", "0.05",
      "The fewest query types whose silhouette is within this of the best is chosen (parsimony)"),
  SCENARIOS_FIT_SAMPLE("scenarios.fit-sample", "40000",
      "Contacts per language family sampled to fit k-means; every contact of the window is then assigned"),
  SCENARIOS_LOCAL_FIT_ROWS("scenarios.local-fit-max-rows", "40000",
      "Up to this many sampled texts per family, k-means and the silhouette run on the driver (same objective as "
          + "MLlib's, without a Spark job per iteration); more go to MLlib; 0: always MLlib"),
  SCENARIOS_SEEDS("scenarios.seeds", "3", "k-means restarts per candidate; the lowest cost wins"),
  SCENARIOS_MAX_DISTANCE("scenarios.max-distance", "0.85",
      "Cosine distance to the nearest query type beyond which a contact is unassigned"),
  SCENARIOS_MAX_UNASSIGNED_SHARE("scenarios.max-unassigned-share", "0.15",
      "Upper bound on the share of contacts with text that may be unassigned; the distance cut is raised to keep it"),
  SCENARIOS_MIN_CONTACTS("scenarios.min-contacts", "30",
      "Contacts in the window a scenario needs; rarer combinations are merged (goal, then mood, then channel)"),
  SCENARIOS_MATCH_SIMILARITY("scenarios.match-similarity", "0.5",
      "Term-profile cosine above which a new query type keeps the id of last night's query type"),
  SCENARIOS_EXEMPLARS("scenarios.exemplars", "3", "Exemplar contacts (masked) per scenario in the catalog"),
  CONTRACTS_DIR("contracts.dir", "",
      "Folder holding the contract files; blank: the ones bundled from conf/contracts"),
  CONTRACTS_FILES("contracts.files", "default.json",
      "Contract files to measure each night, comma-separated (one per client or line of business)"),
  NEEDS_WINDOW_DAYS("needs.window-days", "56", "Days of contacts, ending at the run date, mined for need sequences"),
  NEEDS_FOLLOW_DAYS("needs.follow-days", "14",
      "A follow-up need counts when the customer contacts about it within this many days of the first contact"),
  NEEDS_MIN_SUPPORT("needs.min-support", "0.0005",
      "PrefixSpan minimum support: share of customer sequences holding a pattern for it to be a candidate"),
  NEEDS_MIN_FOLLOWED("needs.min-followed", "5",
      "Fewest first contacts followed by the need, per region, for a pattern to be reported as significant"),
  NEEDS_MIN_LIFT("needs.min-lift", "1.5", "Lowest lift for a pattern to be significant and predicted for customers"),
  NEEDS_REPEAT_DAYS("needs.repeat-days", "7",
      "Two contacts of a customer on the same need within this many days, the last unresolved: the need was not met"),
  NEEDS_EXAMPLES("needs.examples", "5", "Example contact pairs kept per pattern (at least 1)"),
  CHURN_FEATURE_DAYS("churn.feature-days", "28", "Days of interaction history, ending at the as-of date, behind the signals"),
  CHURN_ACTIVE_DAYS("churn.active-days", "90", "A customer with an account event, or a contact in this many days "
      + "before the as-of date, and no cancellation, is active and scored (with no contact, zero counts)"),
  CHURN_HORIZON_DAYS("churn.horizon-days", "14", "Churn means a cancellation within this many days after the as-of date"),
  CHURN_TRAIN_SNAPSHOTS("churn.train-snapshots", "4",
      "Training as-of dates (one per churn.snapshot-step-days) before the test as-of date, all labelled by the run date"),
  CHURN_SNAPSHOT_STEP_DAYS("churn.snapshot-step-days", "7", "Days between training as-of dates"),
  CHURN_MIN_POSITIVES("churn.min-positives", "20",
      "Fewest cancellations in the training rows (and 5 in the test rows) to train a model; else the rule score is used"),
  CHURN_HIGH_BAND("churn.high-band", "0.30", "Risk at or above which a customer is in the high band"),
  CHURN_MEDIUM_BAND("churn.medium-band", "0.10", "Risk at or above which a customer is in the medium band"),
  CHURN_REASONS("churn.reasons", "3", "Top contributing reasons written per customer"),
  CHURN_LOCAL_FIT_ROWS("churn.local-fit-max-rows", "200000",
      "Up to this many training rows the logistic regression is fitted on the driver (MLlib's objective, no Spark job "
          + "per iteration); more go to MLlib; 0: always MLlib"),
  STRAIN_BASELINE_WEEKS("strain.baseline-weeks", "4", "Earlier weeks behind each agent's handle-time baseline"),
  STRAIN_HIGH_BAND("strain.high-band", "60", "Strain score (0-100) at or above which an agent is in the high band"),
  STRAIN_MEDIUM_BAND("strain.medium-band", "35", "Strain score (0-100) at or above which an agent is in the medium band"),
  SCORES_RUBRIC_DIR("scores.rubric-dir", "",
      "Folder holding the rubric files; blank: the ones bundled from conf/rubrics"),
  SCORES_RUBRIC_FILES("scores.rubric-files",
      "complaint_recovery.json,problem_solving.json,sales_information.json,general.json",
      "Rubric files, one per scenario family, in order of precedence; the catch-all rubric comes last"),
  SCORES_LOOKBACK_DAYS("scores.lookback-days", "8",
      "Contact dates, ending at the run date, scored (again) each night: late contacts and settling resolutions"),
  SCORES_RESOLUTION_DAYS("scores.resolution-days", "7",
      "A contact is resolved at first contact when the customer does not come back on its query type within this"),
  SCORES_NORM_DAYS("scores.norm-days", "28", "Days of answered contacts behind each scenario's handle-time norm"),
  SCORES_NORM_MIN_CONTACTS("scores.norm-min-contacts", "20",
      "Answered contacts a scenario needs for its own handle-time norm; below it the channel's norm is used"),
  SCORES_WAIT_TARGETS("scores.wait-targets", "voice=20,chat=30,walk_in=600,email=86400,social=3600",
      "On-time target in seconds per channel: channel=seconds,...; for voice and chat only where a region has none"),
  SCORES_REGION_TARGET_CHANNELS("scores.region-target-channels", "voice,chat",
      "Channels whose wait is judged against the region's on-time target (gold_region_wait_tolerance)"),
  SCORES_QA_WINDOW_DAYS("scores.qa-window-days", "28",
      "Days of human QA evaluations compared with the computed scores in gold_qa_agreement"),
  SCORES_MODEL_ANSWERS("scores.model-answers", "3", "Best-scored conversations kept per scenario as model answers"),
  SCORES_MODEL_ANSWER_MIN_SCORE("scores.model-answer-min-score", "80",
      "Overall score (0-100) a resolved conversation needs to be a model answer"),
  SCORES_QA_SAMPLE_SHARE("scores.qa-sample-share", "0.02",
      "Expected share of the run date's scored contacts drawn for supervisor review (gold_qa_sample)"),
  SCORES_QA_SAMPLE_MIN_PER_SCENARIO("scores.qa-sample-min-per-scenario", "2",
      "Expected draws per scenario at least (small scenarios are reviewed too), at most all its contacts"),
  SCORES_QA_SAMPLE_LOW_SCORE_WEIGHT("scores.qa-sample-low-score-weight", "2",
      "How much more likely a contact scoring 0 is drawn than one scoring 100 (size measure 1 + w x (100-score)/100)"),
  SCORES_QA_SAMPLE_RISK_WEIGHT("scores.qa-sample-risk-weight", "2",
      "Added to the size measure per unit of churn-risk signal (0-1), so risky contacts are reviewed more often"),
  TOLERANCE_WINDOW_DAYS("tolerance.window-days", "28",
      "Days of contacts, ending at the run date, behind each night's patience profiles"),
  TOLERANCE_GROUP_BY("tolerance.group-by", "region,channel,priority,tod_band",
      "Grouping of the patience profiles: region plus any of channel, priority, tod_band"),
  TOLERANCE_QUEUED_CHANNELS("tolerance.queued-channels", "voice,chat,walk_in",
      "Channels whose contacts wait in a queue; others (e-mail, social) never queue and are not observations"),
  TOLERANCE_SHORT_ABANDON_SECONDS("tolerance.short-abandon-seconds", "5",
      "Abandons after less than this many seconds are treated as mis-dials (see tolerance.short-abandons)"),
  TOLERANCE_SHORT_ABANDONS("tolerance.short-abandons", "exclude",
      "exclude: not observations; censor: count as censored at their wait; keep: count as abandons"),
  TOLERANCE_MIN_GROUP_SIZE("tolerance.min-group-size", "200",
      "Observations a group needs for figures; smaller groups are reported with status insufficient_sample"),
  TOLERANCE_HAZARD_BIN_SECONDS("tolerance.hazard-bin-seconds", "10", "Width of the life-table wait intervals"),
  TOLERANCE_TARGET_ABANDON_PERCENT("tolerance.target-abandon-percent", "5",
      "The on-time target is the wait at which at most this share of customers would abandon"),
  TOLERANCE_SERVICE_LEVEL_PERCENT("tolerance.service-level-percent", "80",
      "Recommended service level: answer this share of contacts within the on-time target"),
  TOLERANCE_STAFFING_INTERVAL_MINUTES("tolerance.staffing-interval-minutes", "30",
      "Length of the staffing intervals of the day (must divide 1440)"),
  TOLERANCE_TIME_ZONES("tolerance.time-zones", "*=Asia/Taipei",
      "Local time zone per region for time-of-day bands and intervals: Region=Zone,...; * is every other region"),
  TOLERANCE_TOD_BANDS("tolerance.tod-bands", "night:0-7,morning:7-12,afternoon:12-18,evening:18-24",
      "Time-of-day bands by local hour, name:from-to (to exclusive), covering 0-24");

  public static final String SPARK_PREFIX = "spark.";

  private final String key;
  private final String defaultValue;
  private final String description;

  ConfigKey(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  public static Optional<ConfigKey> of(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
