package io.cxlake.churn;

import java.util.List;

/**
 * A churn signal: its column, the weight of the transparent rule score, the cap its value is clipped to in that
 * score, and the reason a CX lead reads ("%s" is the value), with its own wording for a value below zero (a change
 * or a trend can go either way, and a reason must say which).
 */
record Signal(String column, double ruleWeight, double cap, String reason, String reasonBelowZero, Format format,
              boolean twoSided) {

  /** How the value is written into the reason. */
  enum Format { COUNT, PERCENT, MAGNITUDE, NONE }

  /** A signal that is a problem when present: a reason only when the value is above the model's centre. */
  Signal(String column, double ruleWeight, double cap, String reason, Format format) {
    this(column, ruleWeight, cap, reason, reason, format, false);
  }

  /** A signal that can raise the risk either way (a change, a trend, a level of use): worded by its sign. */
  Signal(String column, double ruleWeight, double cap, String reason, String reasonBelowZero, Format format) {
    this(column, ruleWeight, cap, reason, reasonBelowZero, format, true);
  }

  /**
   * In feature order (the model's feature vector). The counts and recency carry no rule weight: on their own they
   * say how much a customer uses the service, which the trained model weighs from the centre's own cancellations.
   */
  static final List<Signal> ALL = List.of(
      new Signal("complaints", 0.45, 3, "%s complaints", Format.COUNT),
      new Signal("unresolved_repeats", 0.55, 3, "came back %s times on a problem not solved", Format.COUNT),
      new Signal("negative_mood_share", 1.0, 1, "negative mood in %s of contacts", Format.PERCENT),
      new Signal("mood_trend", -0.8, 1, "mood improved (last contact %s above their average)",
          "mood worsened (last contact %s below their average)", Format.MAGNITUDE),
      new Signal("distrust_contacts", 0.9, 2, "distrust expressed in %s contacts", Format.COUNT),
      new Signal("abandoned_beyond_tolerance", 0.6, 3, "hung up %s times after waiting beyond the region's patience", Format.COUNT),
      new Signal("outbound_unanswered_share", 0.5, 1, "%s of our calls to them not answered", Format.PERCENT),
      new Signal("blocked_as_spam", 0.5, 2, "%s of our calls blocked as spam", Format.COUNT),
      new Signal("refund_mentions", 0.6, 2, "asked for a refund in %s contacts", Format.COUNT),
      new Signal("cancel_mentions", 1.2, 2, "mentioned cancelling in %s contacts", Format.COUNT),
      new Signal("competitor_mentions", 0.8, 2, "mentioned a competitor in %s contacts", Format.COUNT),
      new Signal("guarantee_claims", 0.5, 2, "claimed a broken promise or guarantee in %s contacts", Format.COUNT),
      new Signal("frequency_change", 0.3, 4, "%s more contacts in the last week than their usual weekly rate",
          "%s fewer contacts in the last week than their usual weekly rate", Format.MAGNITUDE),
      new Signal("contacts", 0, 10, "%s contacts in the feature window", "%s contacts in the feature window",
          Format.COUNT),
      new Signal("contacts_7d", 0, 5, "%s contacts in the last 7 days", "%s contacts in the last 7 days", Format.COUNT),
      new Signal("days_since_last_contact", 0, 28, "last contact %s days ago", "last contact %s days ago",
          Format.COUNT),
      new Signal("no_contact", 0, 1, "no contact with us in the feature window", Format.NONE),
      new Signal("unresolved_contacts", 0.4, 3, "%s contacts ended without a resolution", Format.COUNT),
      new Signal("escalated_contacts", 0.3, 3, "transferred or escalated in %s contacts", Format.COUNT),
      new Signal("abandoned_contacts", 0.2, 3, "hung up before an answer %s times", Format.COUNT),
      new Signal("waits_beyond_tolerance", 0.3, 3, "waited beyond the region's patience %s times before an answer",
          Format.COUNT));

  static final double RULE_INTERCEPT = -3.5;

  static List<String> columns() {
    return ALL.stream().map(Signal::column).toList();
  }
}
