package io.cxlake.tolerance;

/** Column names of the wait-tolerance tables and of the job's intermediate data. */
final class ToleranceColumns {
  static final String RUN_DATE = "run_date";
  static final String WINDOW_START = "window_start";
  static final String WINDOW_END = "window_end";
  static final String LEVEL = "level";
  static final String REGION = "region";
  static final String CHANNEL = "channel";
  static final String PRIORITY = "priority";
  static final String TOD_BAND = "tod_band";
  static final String STATUS = "status";

  // one observation per contact
  static final String WAIT = "wait_seconds";
  static final String EVENT = "abandoned";
  static final String USE = "observation";
  static final String INTERVAL_START = "interval_start_minute";
  static final String CONTACT_DATE = "contact_date";
  static final String CONTACT_ID = "contact_id";
  static final String HANDLE = "handle_seconds";

  // survival arithmetic
  static final String T = "t";
  static final String EVENTS = "events";
  static final String CENSORED = "censored";
  static final String AT_RISK = "at_risk";
  static final String SURVIVAL = "survival";
  static final String CI_LOW = "survival_ci_low";
  static final String CI_HIGH = "survival_ci_high";

  /** Values of {@link #USE}. */
  static final String OBSERVED = "observed";
  static final String NEVER_QUEUED = "never_queued";
  static final String SHORT_ABANDON = "short_abandon_excluded";

  private ToleranceColumns() {}
}
