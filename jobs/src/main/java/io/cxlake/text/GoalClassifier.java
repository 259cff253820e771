package io.cxlake.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  static Goal classify(List<String> norms, Lexicons lex) {
    return decide(TermMatcher.find(norms, lex.goal, lex));
  }

  static Goal decide(List<TermMatcher.Match> matches) {
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, List<String>> evidence = new LinkedHashMap<>();
    for (TermMatcher.Match m : matches) {
      if (!m.label().equals(Lexicons.NONE)) {
        scores.merge(m.label(), m.weight(), Double::sum);
        evidence.computeIfAbsent(m.label(), k -> new ArrayList<>()).add(m.evidence());
      }
    }
    String best = null;
    for (String g : Lexicons.GOALS) { // in precedence order: on a tie the weightier goal wins
      if (scores.containsKey(g) && (best == null || scores.get(g) > scores.get(best))) {
        best = g;
      }
    }
    return best == null ? new Goal(OTHER, 0, List.of()) : new Goal(best, scores.get(best), evidence.get(best));
  }
}
