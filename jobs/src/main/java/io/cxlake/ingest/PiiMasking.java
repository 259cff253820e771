package io.cxlake.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Masks personal data in free text before it reaches silver. Customers write numbers in many ways: full-width
 * digits ({@code ０９１２}), CJK or full-width separators ({@code 0912－345－678}, {@code 0912、345、678}), digits
 * as Chinese characters ({@code 零九一二...}) or English words, a full-width {@code ＠}. So the rules match on a
 * <em>folded</em> copy of the text: each character replaced by its NFKC form where that is one character (full
 * width to ASCII), Chinese numerals by digits, every dash, dot and enumeration comma between digits by one
 * separator class. Folding is one character for one, so a match's position in the copy is its position in the
 * original, and only the matched spans of the original are replaced: the rest of the customer's text is kept as
 * written. Rules run in order, most specific first (an 18-digit Mainland ID is not a card number); a span masked
 * by one rule is hidden from the next. Digit runs are delimited by look-arounds, not {@code \b}, which does not
 * work next to CJK characters.
 */
public final class PiiMasking {

  /**
   * One rule: what it finds (on the folded text), whether a match counts, and the placeholder it leaves. A rule that
   * finds its value by the words before it names the value's group {@code v}: only that group is masked. A match
   * holds at least {@code minDigits} digits and, if {@code needs} is not 0, that character: text with fewer digits
   * or without it is not searched (12 regular expressions over every turn with a digit were a fifth of the 1M
   * night's classification, BENCHMARKS.md, issue #27).
   */
  record Rule(String name, Pattern pattern, java.util.function.Predicate<String> accept, String replacement,
              int minDigits, char needs) {
    boolean valueGroup() {
      return pattern.pattern().contains("(?<v>");
    }
  }

  /** Separator between digit groups, after folding: space, dashes, dots, middle dots, CJK comma and full stop. */
  private static final String S = "[ \\t\\-.\\u2010-\\u2015\\u2212\\u00B7\\u2027\\u30FB\\u3001\\u3002/]";
  /** Optional separator: at most two, e.g. " - ". */
  private static final String SEP = S + "{0,2}";
  private static final String NOT_DIGIT_BEFORE = "(?<![0-9])";
  private static final String NOT_DIGIT_AFTER = "(?![0-9])";
  private static final String NOT_ALNUM_BEFORE = "(?<![0-9A-Za-z])";
  private static final String NOT_ALNUM_AFTER = "(?![0-9A-Za-z])";
  private static final String DIGIT_WORD = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)";

  static final List<Rule> RULES = List.of(
      rule("email", "[A-Za-z0-9\\u00C0-\\u024F._%+-]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
          + "(?:[A-Za-z]{2,}|xn--[A-Za-z0-9-]+|台灣|台湾|中國|中国|香港|新加坡|公司|網絡|网络|商標|商标)", "[EMAIL]",
          0, '@'),
      // Mainland resident ID: 17 digits and a check digit or X (6 area, 8 birth date, 4)
      rule("cn_id", NOT_ALNUM_BEFORE + "\\d{6}" + SEP + "\\d{8}" + SEP + "\\d{3}[0-9Xx]" + NOT_ALNUM_AFTER, "[ID]",
          17, '\0'),
      // Taiwanese national ID: a letter, 1 or 2 (8 or 9 for residents), 8 digits; people write a space in it
      rule("tw_id", NOT_ALNUM_BEFORE + "[A-Za-z]" + SEP + "[1289](?:" + SEP + "\\d){8}" + NOT_ALNUM_AFTER, "[ID]",
          9, '\0'),
      // Singapore NRIC/FIN: S, T, F, G or M, 7 digits, a check letter
      rule("sg_nric", NOT_ALNUM_BEFORE + "[STFGMstfgm]\\d{7}[A-Za-z]" + NOT_ALNUM_AFTER, "[ID]", 7, '\0'),
      // Malaysian IC (MyKad): birth date, place of birth, serial, 900101-14-5678 (also written without dashes)
      rule("my_ic", NOT_DIGIT_BEFORE + "(?:\\d{6}" + S + "{1,2}\\d{2}" + S + "{1,2}\\d{4}|\\d{2}(?:0[1-9]|1[0-2])"
          + "(?:0[1-9]|[12]\\d|3[01])\\d{6})" + NOT_DIGIT_AFTER, "[ID]", 12, '\0'),
      // payment cards: 13 to 19 digits, grouped by any separator
      rule("card", NOT_DIGIT_BEFORE + "\\d(?:" + SEP + "\\d){12,18}" + NOT_DIGIT_AFTER, "[CARD]", 13, '\0'),
      // international numbers (+60 12-345 6789, +65 9123 4567, +886 912 345 678, +86 138...)
      rule("intl_phone", "\\+\\d{1,3}" + SEP + "\\(?\\d{1,4}\\)?(?:" + SEP + "\\d{2,4}){2,3}" + NOT_DIGIT_AFTER,
          "[PHONE]", 6, '+'),
      // landlines with the area code in brackets: (02) 2345 6789, (03)123-4567
      rule("bracket_phone", "\\(0\\d{1,3}\\)" + SEP + "\\d{3,4}" + SEP + "\\d{4}" + NOT_DIGIT_AFTER, "[PHONE]", 9, '('),
      // Taiwanese and Malaysian mobiles and landlines (0912-345-678, 02-2345-6789, 012-345 6789)
      rule("local_phone", NOT_DIGIT_BEFORE + "0\\d{1,3}" + SEP + "\\d{3,4}" + SEP + "\\d{3,4}" + NOT_DIGIT_AFTER,
          "[PHONE]", 8, '\0'),
      // Mainland mobiles, also grouped: 13812345678, 138 1234 5678, 138-1234-5678
      rule("cn_mobile", NOT_DIGIT_BEFORE + "1[3-9]\\d" + SEP + "\\d{4}" + SEP + "\\d{4}" + NOT_DIGIT_AFTER,
          "[PHONE]", 11, '\0'),
      // Singapore local numbers, 8 digits from 6, 8 or 9: grouped (9123 4567), or plain after a word for a phone;
      // a plain 8-digit number elsewhere is far more often an order or ticket number
      rule("sg_local", NOT_DIGIT_BEFORE + "[689]\\d{3}" + S + "{1,2}\\d{4}" + NOT_DIGIT_AFTER, "[PHONE]", 8, '\0'),
      rule("sg_local_named", "(?i)(?:\\b(?:phone|call|number|whatsapp|contact|mobile|hp)\\b|電話|电话|手機|手机|聯絡|联系|"
          + "號碼|号码|打)[^0-9]{0,12}(?<v>[689]\\d{7})" + NOT_DIGIT_AFTER, "[PHONE]", 8, '\0'),
      // numbers read out as words, or mixed with digits: "nine one two, three four five, six seven eight"
      // (the last rule: text without digits is only checked for this one)
      new Rule("spoken_digits", Pattern.compile("(?i)(?<![A-Za-z])(?:(?:" + DIGIT_WORD + "|\\d+)(?![A-Za-z])"
          + "[ ,\\-]*)+"), PiiMasking::spokenNumber, "[PHONE]", 0, '\0'));

  /** Folded form of every BMP character (see the class comment). */
  private static final char[] FOLD = foldTable();

  private PiiMasking() {}

  private static Rule rule(String name, String regex, String replacement, int minDigits, char needs) {
    return new Rule(name, Pattern.compile(regex), m -> true, replacement, minDigits, needs);
  }

  private static final Pattern TOKEN = Pattern.compile("(?i)" + DIGIT_WORD + "|\\d+");

  /**
   * A run of number words and digits that reads as a phone number: seven digits or more, at least two of them
   * spoken (a plain digit run is the other rules' business, and "one or two" is no number).
   */
  static boolean spokenNumber(String run) {
    int digits = 0;
    int words = 0;
    Matcher t = TOKEN.matcher(run);
    while (t.find()) {
      String w = t.group().toLowerCase(java.util.Locale.ROOT);
      if (Character.isDigit(w.charAt(0))) {
        digits += w.length();
      } else {
        words++;
        digits += w.equals("double") ? 1 : w.equals("triple") ? 2 : 1;
      }
    }
    return words >= 2 && digits >= 7;
  }

  private static char[] foldTable() {
    char[] t = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      t[c] = (char) c;
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String n = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
      if (n.length() == 1) {
        t[c] = n.charAt(0);
      }
    }
    String numerals = "零〇一二三四五六七八九";
    String digits = "00123456789";
    for (int i = 0; i < numerals.length(); i++) {
      t[numerals.charAt(i)] = digits.charAt(i);
    }
    t['幺'] = '1'; // "yao": 1 as read out in phone numbers
    t['兩'] = '2';
    t['两'] = '2';
    return t;
  }

  /** The text folded one character for one: NFKC width folding, Chinese numerals as digits. */
  static String fold(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = FOLD[c[i]];
    }
    return new String(c);
  }

  /** The text with every span a rule finds replaced by that rule's placeholder; null stays null. */
  public static String maskText(String text) {
    return mask(text, true);
  }

  /** {@link #maskText} with every rule searched on every text: the reference its pre-checks are tested against. */
  static String maskWithEveryRule(String text) {
    return mask(text, false);
  }

  private static String mask(String text, boolean preChecks) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String view = fold(text);
    int digits = 0;
    for (int i = 0; i < view.length(); i++) {
      char c = view.charAt(i);
      digits += c >= '0' && c <= '9' ? 1 : 0;
    }
    // the spoken-digit rule needs two number words: most English turns have none, and its regex tries every position
    boolean spoken = !preChecks || numberWords(view) >= 2;
    if (preChecks && digits == 0 && view.indexOf('@') < 0 && !spoken) {
      return text;
    }
    StringBuilder folded = new StringBuilder(view);
    List<int[]> spans = new ArrayList<>(); // start, end, rule index
    int last = spoken ? RULES.size() : RULES.size() - 1;
    for (int r = 0; r < last; r++) {
      // digits and characters counted before any rule masked: a count can only fall, so no match is skipped
      if (preChecks && !mayMatch(RULES.get(r), view, digits)) {
        continue;
      }
      Matcher m = RULES.get(r).pattern().matcher(folded);
      boolean valueGroup = RULES.get(r).valueGroup();
      List<int[]> found = new ArrayList<>();
      while (m.find()) {
        if (!RULES.get(r).accept().test(m.group())) {
          continue;
        }
        int start = valueGroup ? m.start("v") : m.start();
        int end = trimTrailingSeparators(folded, start, valueGroup ? m.end("v") : m.end());
        found.add(new int[] {start, end, r});
      }
      for (int[] f : found) {
        for (int i = f[0]; i < f[1]; i++) {
          folded.setCharAt(i, '\u0000'); // hidden from the later rules
        }
        spans.add(f);
      }
    }
    if (spans.isEmpty()) {
      return text;
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int[] s : spans) {
      out.append(text, at, s[0]).append(RULES.get(s[2]).replacement());
      at = s[1];
    }
    return out.append(text, at, text.length()).toString();
  }

  private static boolean mayMatch(Rule rule, String view, int digits) {
    return digits >= rule.minDigits() && (rule.needs() == '\0' || view.indexOf(rule.needs()) >= 0);
  }

  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of(DIGIT_WORD.substring(3,
      DIGIT_WORD.length() - 1).split("\\|"));

  /**
   * How many number words (up to two) the text holds as whole Latin words, the way the spoken-digit rule's
   * look-arounds delimit them: a maximal run of ASCII letters, in any case.
   */
  static int numberWords(String view) {
    int found = 0;
    int i = 0;
    int n = view.length();
    while (i < n && found < 2) {
      if (!asciiLetter(view.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && asciiLetter(view.charAt(i))) {
        i++;
      }
      if (i - start <= 6 && NUMBER_WORDS.contains(view.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
        found++;
      }
    }
    return found;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A match may end on separators (spoken digits, "... 5678."): they stay in the text. */
  private static int trimTrailingSeparators(CharSequence s, int start, int end) {
    int e = end;
    while (e > start + 1 && " ,-.\t".indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }

  static Column mask(Column text) {
    return MASK.apply(text);
  }

  private static final UserDefinedFunction MASK = org.apache.spark.sql.functions.udf(
      (UDF1<String, String>) PiiMasking::maskText, DataTypes.StringType).withName("mask_pii");
}
