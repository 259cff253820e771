package io.cxlake.text;

import java.util.List;
import java.util.Map;

/**
 * What the customer wants out of the contact (inform, purchase, fix, complain, cancel, other) from lexicon
 * evidence over all of the customer's turns. Negated goal terms ("I don't want to cancel") are not evidence.
 */
final class GoalClassifier {

  static final String OTHER = "other";

  private GoalClassifier() {}

  record Goal(String goal, double score, List<String> evidence) {}

  static Goal decide(List<TermMatcher.Match> matches) {
    TermMatcher.Tally t = TermMatcher.tally(matches, TermMatcher.Match::weight);
    Map<String, Double> scores = t.scores();
    String best = null;
    for (String g : Lexicons.GOALS) { // in precedence order: on a tie the weightier goal wins
      if (scores.containsKey(g) && (best == null || scores.get(g) > scores.get(best))) {
        best = g;
      }
    }
    return best == null ? new Goal(OTHER, 0, List.of()) : new Goal(best, scores.get(best), t.evidence().get(best));
  }
}
