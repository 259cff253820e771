package io.cxlake.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon terms in a token sequence, longest first (up to three tokens, so "on hold" and "不" + "好吃"
 * match as one term), and notes for each whether a negator or an intensifier stands in the three tokens before it.
 * A token that is a negator glued to a term ("不好吃" segmented as one word) counts as that term, negated.
 */
final class TermMatcher {

  private static final int MAX_TERM_TOKENS = 3;
  private static final int MODIFIER_REACH = 3; // "don't want to cancel"
  private static final String[] GLUED_NEGATORS = {"不", "没", "沒", "别", "未"};

  private TermMatcher() {}

  /** One term found: its words, the label it is evidence for (negation applied) and its weight after intensifiers. */
  record Match(String evidence, String label, double weight, boolean negated) {
    Match scaled(double factor) {
      return new Match(evidence, label, weight * factor, negated);
    }
  }

  static List<Match> find(List<String> norms, Map<String, Lexicons.Term> terms, Lexicons lex) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    double contrast = 1.0;
    while (i < norms.size()) {
      // what follows "but" is what the customer means: "tasty, but two hours late" is a complaint
      contrast = lex.contrasts.containsKey(norms.get(i)) ? lex.contrasts.get(norms.get(i)) : contrast;
      int matched = 0;
      for (int n = Math.min(MAX_TERM_TOKENS, norms.size() - i); n >= 1 && matched == 0; n--) {
        String key = join(norms.subList(i, i + n));
        Lexicons.Term t = terms.get(key);
        if (t != null) {
          out.add(modified(key, t, norms, i, lex, false).scaled(contrast));
          matched = n;
        }
      }
      if (matched == 0) {
        Match glued = glued(norms.get(i), terms, norms, i, lex);
        if (glued != null) {
          out.add(glued.scaled(contrast));
        }
        matched = 1;
      }
      i += matched;
    }
    return out;
  }

  private static Match glued(String token, Map<String, Lexicons.Term> terms, List<String> norms, int i,
                             Lexicons lex) {
    // an intensifier glued to a term: "太慢", "超好吃"
    for (int len = 1; len <= 2 && len < token.length(); len++) {
      Double factor = lex.intensifiers.get(token.substring(0, len));
      Lexicons.Term t = factor == null ? null : terms.get(token.substring(len));
      if (t != null) {
        return modified(token, t, norms, i, lex, false).scaled(factor);
      }
    }
    for (String neg : GLUED_NEGATORS) {
      if (token.length() > neg.length() && token.startsWith(neg)) {
        Lexicons.Term t = terms.get(token.substring(neg.length()));
        if (t != null) {
          return modified(token, t, norms, i, lex, true);
        }
      }
    }
    return null;
  }

  private static Match modified(String evidence, Lexicons.Term t, List<String> norms, int at, Lexicons lex,
                                boolean negated) {
    double weight = t.weight();
    boolean neg = negated;
    for (int j = Math.max(0, at - MODIFIER_REACH); j < at; j++) {
      String w = norms.get(j);
      if (lex.negators.contains(w) && !aNotA(norms, j)) {
        neg = !neg;
      }
      weight *= lex.intensifiers.getOrDefault(w, 1.0);
    }
    // a glued negator ("不好吃") already shows in the evidence; a separate one is spelled out
    return new Match(neg && !negated ? "not " + evidence : evidence, neg ? t.negatedLabel() : t.label(), weight, neg);
  }

  /** Scores and evidence per label; terms labelled none (negated terms that are no evidence) left out. */
  record Tally(Map<String, Double> scores, Map<String, List<String>> evidence) {}

  static Tally tally(List<Match> matches, java.util.function.ToDoubleFunction<Match> weight) {
    Map<String, Double> scores = new java.util.LinkedHashMap<>();
    Map<String, List<String>> evidence = new java.util.LinkedHashMap<>();
    for (Match m : matches) {
      if (!m.label().equals(Lexicons.NONE)) {
        scores.merge(m.label(), weight.applyAsDouble(m), Double::sum);
        evidence.computeIfAbsent(m.label(), k -> new ArrayList<>()).add(m.evidence());
      }
    }
    return new Tally(scores, evidence);
  }

  /** "是不是", "有没有": a question (A-not-A), not a negation. */
  private static boolean aNotA(List<String> norms, int j) {
    return j > 0 && j + 1 < norms.size() && norms.get(j - 1).equals(norms.get(j + 1));
  }

  /** Chinese tokens join without a space, Latin ones with one: the lexicon's own spelling of a phrase. */
  static String join(List<String> tokens) {
    if (tokens.size() == 1) {
      return tokens.get(0);
    }
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      boolean latin = !t.isEmpty() && t.charAt(0) < 0x2E80;
      if (sb.length() > 0 && latin && sb.charAt(sb.length() - 1) < 0x2E80) {
        sb.append(' ');
      }
      sb.append(t);
    }
    return sb.toString();
  }
}
