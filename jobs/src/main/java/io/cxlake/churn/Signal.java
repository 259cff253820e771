package io.cxlake.churn;

import static io.cxlake.churn.ChurnColumns.ABANDONED_BEYOND_TOLERANCE;
import static io.cxlake.churn.ChurnColumns.ABANDONED_CONTACTS;
import static io.cxlake.churn.ChurnColumns.BLOCKED_AS_SPAM;
import static io.cxlake.churn.ChurnColumns.CANCEL_MENTIONS;
import static io.cxlake.churn.ChurnColumns.COMPETITOR_MENTIONS;
import static io.cxlake.churn.ChurnColumns.COMPLAINTS;
import static io.cxlake.churn.ChurnColumns.CONTACTS_7D;
import static io.cxlake.churn.ChurnColumns.DAYS_SINCE_LAST_CONTACT;
import static io.cxlake.churn.ChurnColumns.DISTRUST_CONTACTS;
import static io.cxlake.churn.ChurnColumns.ESCALATED_CONTACTS;
import static io.cxlake.churn.ChurnColumns.FREQUENCY_CHANGE;
import static io.cxlake.churn.ChurnColumns.GUARANTEE_CLAIMS;
import static io.cxlake.churn.ChurnColumns.MOOD_TREND;
import static io.cxlake.churn.ChurnColumns.NEGATIVE_MOOD_SHARE;
import static io.cxlake.churn.ChurnColumns.NO_CONTACT;
import static io.cxlake.churn.ChurnColumns.OUTBOUND_UNANSWERED_SHARE;
import static io.cxlake.churn.ChurnColumns.REFUND_MENTIONS;
import static io.cxlake.churn.ChurnColumns.UNRESOLVED_CONTACTS;
import static io.cxlake.churn.ChurnColumns.UNRESOLVED_REPEATS;
import static io.cxlake.churn.ChurnColumns.WAITS_BEYOND_TOLERANCE;

import io.cxlake.schema.TableColumns.GoldChurnSignal;
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
      new Signal(COMPLAINTS, 0.45, 3, "%s complaints", Format.COUNT),
      new Signal(UNRESOLVED_REPEATS, 0.55, 3, "came back %s times on a problem not solved", Format.COUNT),
      new Signal(NEGATIVE_MOOD_SHARE, 1.0, 1, "negative mood in %s of contacts", Format.PERCENT),
      new Signal(MOOD_TREND, -0.8, 1, "mood improved (last contact %s above their average)",
          "mood worsened (last contact %s below their average)", Format.MAGNITUDE),
      new Signal(DISTRUST_CONTACTS, 0.9, 2, "distrust expressed in %s contacts", Format.COUNT),
      new Signal(ABANDONED_BEYOND_TOLERANCE, 0.6, 3, "hung up %s times after waiting beyond the region's patience",
          Format.COUNT),
      new Signal(OUTBOUND_UNANSWERED_SHARE, 0.5, 1, "%s of our calls to them not answered", Format.PERCENT),
      new Signal(BLOCKED_AS_SPAM, 0.5, 2, "%s of our calls blocked as spam", Format.COUNT),
      new Signal(REFUND_MENTIONS, 0.6, 2, "asked for a refund in %s contacts", Format.COUNT),
      new Signal(CANCEL_MENTIONS, 1.2, 2, "mentioned cancelling in %s contacts", Format.COUNT),
      new Signal(COMPETITOR_MENTIONS, 0.8, 2, "mentioned a competitor in %s contacts", Format.COUNT),
      new Signal(GUARANTEE_CLAIMS, 0.5, 2, "claimed a broken promise or guarantee in %s contacts", Format.COUNT),
      new Signal(FREQUENCY_CHANGE, 0.3, 4, "%s more contacts in the last week than their usual weekly rate",
          "%s fewer contacts in the last week than their usual weekly rate", Format.MAGNITUDE),
      new Signal(GoldChurnSignal.CONTACTS, 0, 10, "%s contacts in the feature window",
          "%s contacts in the feature window",
          Format.COUNT),
      new Signal(CONTACTS_7D, 0, 5, "%s contacts in the last 7 days", "%s contacts in the last 7 days", Format.COUNT),
      new Signal(DAYS_SINCE_LAST_CONTACT, 0, 28, "last contact %s days ago", "last contact %s days ago",
          Format.COUNT),
      new Signal(NO_CONTACT, 0, 1, "no contact with us in the feature window", Format.NONE),
      new Signal(UNRESOLVED_CONTACTS, 0.4, 3, "%s contacts ended without a resolution", Format.COUNT),
      new Signal(ESCALATED_CONTACTS, 0.3, 3, "transferred or escalated in %s contacts", Format.COUNT),
      new Signal(ABANDONED_CONTACTS, 0.2, 3, "hung up before an answer %s times", Format.COUNT),
      new Signal(WAITS_BEYOND_TOLERANCE, 0.3, 3, "waited beyond the region's patience %s times before an answer",
          Format.COUNT));

  static final double RULE_INTERCEPT = -3.5;

  static List<String> columns() {
    return ALL.stream().map(Signal::column).toList();
  }
}
