package io.cxlake.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of one turn through CoreNLP: English through tokenize/ssplit/pos/lemma, Chinese and mixed text through
 * the Chinese segmenter after conversion to Simplified (the words are then cut from the original text, so they
 * keep the writer's script). Masking placeholders such as [PHONE] are blanked first: they are no words of the
 * customer's, and nothing behind them exists here to re-expose.
 */
final class Tokeniser {

  static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:PHONE|EMAIL|ID|CARD)]");

  private Tokeniser() {}

  /** A word as written, and its lexicon form (Simplified Chinese, lower-case English lemma). */
  record Token(String word, String norm) {}

  /** The tokens of a turn and how many sentences it has. */
  record Turn(List<Token> tokens, int sentences) {}

  /** {@code keep}: English words kept as they are instead of lemmatised (domain terms: "data", not "datum"). */
  static Turn tokens(String text, String language, TextSettings s, java.util.Set<String> keep) {
    String clean = blankPlaceholders(text.length() > s.maxTurnChars() ? text.substring(0, s.maxTurnChars()) : text);
    if (clean.isBlank()) {
      return new Turn(List.of(), 0);
    }
    return switch (language) {
      case LanguageDetector.EN -> english(clean, keep);
      case LanguageDetector.MIXED -> mixed(clean, s.segmenterModel(), keep);
      default -> chinese(clean, s.segmenterModel());
    };
  }

  /**
   * Code-switched text ("我看了 instruction 还是不懂"): Chinese runs through the segmenter, the rest through the
   * English pipeline, so English words get their lemmas here too.
   */
  private static Turn mixed(String text, String model, java.util.Set<String> keep) {
    List<Token> out = new ArrayList<>();
    int sentences = 0;
    int start = 0;
    while (start < text.length()) {
      boolean han = ChineseScript.isHan(text.charAt(start));
      int end = start + 1;
      while (end < text.length() && (ChineseScript.isHan(text.charAt(end)) == han
          || !Character.isLetterOrDigit(text.charAt(end)))) {
        end++;
      }
      String run = text.substring(start, end);
      if (!run.isBlank()) {
        Turn t = han ? chinese(run, model) : english(run, keep);
        out.addAll(t.tokens());
        sentences = Math.max(sentences, 1) + Math.max(0, t.sentences() - 1);
      }
      start = end;
    }
    return new Turn(out, sentences);
  }

  /**
   * Masking placeholders and private-use characters (vendor emoji) become spaces of the same length: the
   * segmenter prints a warning with the whole text for every private-use character, and customer text does
   * not belong in logs.
   */
  static String blankPlaceholders(String text) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder sb = null;
    while (m.find()) {
      sb = sb == null ? new StringBuilder(text) : sb;
      for (int i = m.start(); i < m.end(); i++) {
        sb.setCharAt(i, ' ');
      }
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.getType(text.charAt(i)) == Character.PRIVATE_USE) {
        sb = sb == null ? new StringBuilder(text) : sb;
        sb.setCharAt(i, ' ');
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static Turn english(String text, java.util.Set<String> keep) {
    CoreDocument doc = new CoreDocument(text);
    NlpPipelines.english().annotate(doc);
    List<Token> out = new ArrayList<>();
    for (CoreLabel t : doc.tokens()) {
      String word = Lexicons.normal(t.word());
      String lemma = t.lemma() == null || keep.contains(word) ? word : Lexicons.normal(t.lemma());
      out.add(new Token(t.originalText(), lemma));
    }
    return new Turn(out, doc.sentences().size());
  }

  private static Turn chinese(String text, String model) {
    String simplified = ChineseScript.toSimplified(text);
    CoreDocument doc = new CoreDocument(simplified);
    NlpPipelines.chinese(model).annotate(doc);
    List<Token> out = new ArrayList<>();
    for (CoreLabel t : doc.tokens()) {
      int b = t.beginPosition();
      int e = t.endPosition();
      String word = b >= 0 && e <= text.length() && b < e ? text.substring(b, e) : t.word();
      // the segmenter saw Simplified text: its words need only lower case (Latin inside Chinese)
      out.add(new Token(word, t.word().toLowerCase(java.util.Locale.ROOT)));
    }
    return new Turn(out, doc.sentences().size());
  }
}
