package io.cxlake.churn;

/**
 * Column names of the churn job's intermediate frames: per-contact facts, per-customer signals ({@link Signal}) and
 * helper columns. The columns of the tables it reads and writes are in {@link io.cxlake.schema.TableColumns}.
 */
final class ChurnColumns {
  /** An account event's local calendar date in its region. */
  static final String EVENT_DATE = "event_date";

  // one row per inbound contact: its facts, 1 or 0
  static final String ABANDONED = "abandoned";
  static final String UNRESOLVED = "unresolved";
  static final String ESCALATED = "escalated";
  static final String COMPLAINT = "complaint";
  static final String REPEAT = "repeat";
  static final String NEGATIVE = "negative";
  static final String DISTRUST = "distrust";

  // per as-of date and customer, before the signals
  static final String PATIENCE = "patience_seconds";
  static final String CONTACT_REGION = "contact_region";
  static final String KNOWN_REGION = "known_region";
  static final String SEEN_DATE = "seen_date";
  static final String CONTACT_COMPLAINTS = "contact_complaints";
  static final String FILED_COMPLAINTS = "filed_complaints";

  // the signals
  static final String COMPLAINTS = "complaints";
  static final String UNRESOLVED_REPEATS = "unresolved_repeats";
  static final String NEGATIVE_MOOD_SHARE = "negative_mood_share";
  static final String MOOD_TREND = "mood_trend";
  static final String DISTRUST_CONTACTS = "distrust_contacts";
  static final String ABANDONED_BEYOND_TOLERANCE = "abandoned_beyond_tolerance";
  static final String OUTBOUND_UNANSWERED_SHARE = "outbound_unanswered_share";
  static final String BLOCKED_AS_SPAM = "blocked_as_spam";
  static final String REFUND_MENTIONS = "refund_mentions";
  static final String CANCEL_MENTIONS = "cancel_mentions";
  static final String COMPETITOR_MENTIONS = "competitor_mentions";
  static final String GUARANTEE_CLAIMS = "guarantee_claims";
  static final String FREQUENCY_CHANGE = "frequency_change";
  static final String CONTACTS_7D = "contacts_7d";
  static final String DAYS_SINCE_LAST_CONTACT = "days_since_last_contact";
  static final String NO_CONTACT = "no_contact";
  static final String UNRESOLVED_CONTACTS = "unresolved_contacts";
  static final String ESCALATED_CONTACTS = "escalated_contacts";
  static final String ABANDONED_CONTACTS = "abandoned_contacts";
  static final String WAITS_BEYOND_TOLERANCE = "waits_beyond_tolerance";

  private ChurnColumns() {}
}
