package io.cxlake.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Content terms and key phrases, the query-type features of a contact: terms are normalised words that carry
 * meaning (not stop words, numbers or punctuation; Chinese of two or more characters); key phrases are the most
 * frequent terms and adjacent term pairs, the configured domain terms ahead of everything else.
 */
final class KeyPhrases {

  private static final int DOMAIN_BOOST = 1000;

  private KeyPhrases() {}

  static boolean isWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isContent(String norm, Lexicons lex) {
    if (lex.domainTerms.contains(norm)) {
      return true;
    }
    // a letter (Han characters are letters): not punctuation, not a bare number
    return norm.length() >= 2 && norm.chars().anyMatch(Character::isLetter) && !lex.stopWords.contains(norm); // single Chinese characters are mostly function words, single letters noise
  }

  /** The content terms of one turn, in order. */
  static List<String> terms(List<String> norms, Lexicons lex) {
    List<String> out = new ArrayList<>();
    for (String n : norms) {
      if (isContent(n, lex)) {
        out.add(n);
      }
    }
    return out;
  }

  /** The top {@code limit} phrases over the turns' term lists; ties keep the order of first appearance. */
  static List<String> top(List<List<String>> turnTerms, Lexicons lex, int limit) {
    Map<String, Integer> score = new LinkedHashMap<>();
    for (List<String> terms : turnTerms) {
      for (int i = 0; i < terms.size(); i++) {
        String t = terms.get(i);
        score.merge(t, lex.domainTerms.contains(t) ? DOMAIN_BOOST : 1, Integer::sum);
        if (i + 1 < terms.size()) {
          score.merge(TermMatcher.join(terms.subList(i, i + 2)), 1, Integer::sum);
        }
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(score.entrySet());
    ranked.sort((a, b) -> Integer.compare(b.getValue(), a.getValue())); // stable: first appearance breaks ties
    return ranked.stream().limit(limit).map(Map.Entry::getKey).toList();
  }
}
