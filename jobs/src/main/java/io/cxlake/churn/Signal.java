package io.cxlake.churn;

import java.util.List;

/**
 * A churn signal: its column, the weight of the transparent rule score, the cap its value is clipped to in that
 * score, and the reason a CX lead reads ("%s" is the value).
 */
record Signal(String column, double ruleWeight, double cap, String reason, Format format) {

  /** How the value is written into the reason. */
  enum Format { COUNT, PERCENT, MAGNITUDE }

  /** In feature order (the model's feature vector). */
  static final List<Signal> ALL = List.of(
      new Signal("complaints", 0.45, 3, "%s complaints", Format.COUNT),
      new Signal("unresolved_repeats", 0.55, 3, "came back %s times on a problem not solved", Format.COUNT),
      new Signal("negative_mood_share", 1.0, 1, "negative mood in %s of contacts", Format.PERCENT),
      new Signal("mood_trend", -0.8, 1, "mood worsened (last contact %s below their average)", Format.MAGNITUDE),
      new Signal("distrust_contacts", 0.9, 2, "distrust expressed in %s contacts", Format.COUNT),
      new Signal("abandoned_beyond_tolerance", 0.6, 3, "hung up %s times after waiting beyond the region's patience", Format.COUNT),
      new Signal("outbound_unanswered_share", 0.5, 1, "%s of our calls to them not answered", Format.PERCENT),
      new Signal("blocked_as_spam", 0.5, 2, "%s of our calls blocked as spam", Format.COUNT),
      new Signal("refund_mentions", 0.6, 2, "asked for a refund in %s contacts", Format.COUNT),
      new Signal("cancel_mentions", 1.2, 2, "mentioned cancelling in %s contacts", Format.COUNT),
      new Signal("competitor_mentions", 0.8, 2, "mentioned a competitor in %s contacts", Format.COUNT),
      new Signal("guarantee_claims", 0.5, 2, "claimed a broken promise or guarantee in %s contacts", Format.COUNT),
      new Signal("frequency_change", 0.3, 4, "%s more contacts in the last week than their usual weekly rate", Format.MAGNITUDE));

  static final double RULE_INTERCEPT = -3.5;

  static List<String> columns() {
    return ALL.stream().map(Signal::column).toList();
  }
}
