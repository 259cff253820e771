package io.cxlake.text;

/**
 * Language and script of a text from its characters: Han characters that exist only in Traditional or only in
 * Simplified text decide the script; Latin words beside Chinese make it mixed. Counts add up across turns, so a
 * contact is judged on all of its words, not on its shortest turn.
 */
final class LanguageDetector {

  static final String ZH_HANT = "zh-Hant";
  static final String ZH_HANS = "zh-Hans";
  static final String EN = "en";
  static final String MIXED = "mixed";
  /** Latin words per Han character above which Chinese text counts as mixed (about one word in ten). */
  private static final double MIXED_LATIN_SHARE = 0.1;

  private LanguageDetector() {}

  /** Character counts of some text; {@link #plus} adds the counts of more text. */
  record Counts(int han, int traditional, int simplified, int latinWords) {
    static final Counts NONE = new Counts(0, 0, 0, 0);

    Counts plus(Counts o) {
      return new Counts(han + o.han, traditional + o.traditional, simplified + o.simplified,
          latinWords + o.latinWords);
    }
  }

  static Counts count(String text) {
    int han = 0;
    int trad = 0;
    int simp = 0;
    int words = 0;
    int letters = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (isLatin(c)) {
        letters++;
        continue;
      }
      // a word is two or more letters outside a masking placeholder such as [PHONE]
      if (letters >= 2 && !(c == ']' && i - letters > 0 && text.charAt(i - letters - 1) == '[')) {
        words++;
      }
      letters = 0;
      if (ChineseScript.isHan(c)) {
        han++;
        trad += ChineseScript.traditionalOnly(c) ? 1 : 0;
        simp += ChineseScript.simplifiedOnly(c) ? 1 : 0;
      }
    }
    return new Counts(han, trad, simp, words);
  }

  /**
   * The language code for these counts. Chinese without a single script-specific character (e.g. "你好") takes
   * the source's language hint when it names a script, else Simplified. Null when there are no words at all.
   */
  static String decide(Counts c, String hint) {
    if (c.han() == 0) {
      return c.latinWords() > 0 ? EN : null;
    }
    if (c.latinWords() >= 2 && c.latinWords() >= MIXED_LATIN_SHARE * c.han()) {
      return MIXED;
    }
    if (c.traditional() != c.simplified()) {
      return c.traditional() > c.simplified() ? ZH_HANT : ZH_HANS;
    }
    return ZH_HANT.equals(hint) ? ZH_HANT : ZH_HANS;
  }

  static String detect(String text, String hint) {
    return decide(count(text), hint);
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
