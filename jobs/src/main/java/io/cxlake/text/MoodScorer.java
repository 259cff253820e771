package io.cxlake.text;

import java.util.List;
import java.util.Map;

/**
 * The customer's state of mind from lexicon evidence: angry, distrustful, anxious or confused when that mood's
 * evidence reaches {@link #MIN_SCORE} and outweighs the positive evidence, calm otherwise. Negation turns praise
 * into dissatisfaction ("不好吃", "not helpful" count as angry) and cancels negative terms ("不担心").
 */
final class MoodScorer {

  static final String CALM = "calm";
  static final double MIN_SCORE = 1.0;
  /** Negated praise is weaker evidence than a plain complaint. */
  private static final double NEGATED_PRAISE = 0.8;
  /** The moods that make a contact negative, in precedence order: on equal scores the more serious wins. */
  static final List<String> NEGATIVE = Lexicons.NEGATIVE_MOODS;

  private MoodScorer() {}

  /** The mood, its score, a sentiment in (-1, 1) and the terms that decided it. */
  private static String strongest(Map<String, Double> scores, List<String> moods) {
    String best = null;
    for (String m : moods) {
      if (scores.containsKey(m) && (best == null || scores.get(m) > scores.get(best))) {
        best = m;
      }
    }
    return best;
  }

  record Mood(String mood, double score, double sentiment, List<String> evidence) {}

  static Mood decide(List<TermMatcher.Match> matches) {
    // negated praise ("不好吃") is labelled angry by the matcher, and weighs less than a plain complaint
    TermMatcher.Tally t = TermMatcher.tally(matches,
        m -> m.negated() && m.label().equals("angry") ? m.weight() * NEGATED_PRAISE : m.weight());
    Map<String, Double> scores = t.scores();
    Map<String, List<String>> evidence = t.evidence();
    double positive = scores.getOrDefault("positive", 0.0);
    double negative = NEGATIVE.stream().mapToDouble(m -> scores.getOrDefault(m, 0.0)).sum();
    double sentiment = (positive - negative) / (positive + negative + 1);
    // negative moods add up against the praise; the strongest of them names the mood
    String best = negative >= MIN_SCORE && negative > positive ? strongest(scores, NEGATIVE) : null;
    if (best == null && scores.getOrDefault("confused", 0.0) >= MIN_SCORE && scores.get("confused") > positive) {
      best = "confused";
    }
    if (best == null) {
      return new Mood(CALM, positive, sentiment, evidence.getOrDefault("positive", List.of()));
    }
    return new Mood(best, scores.get(best), sentiment, evidence.get(best));
  }
}
