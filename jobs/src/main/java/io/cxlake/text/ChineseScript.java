package io.cxlake.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional and Simplified Chinese, character by character, from OpenCC's character tables (shipped in the
 * opencc4j jar). Conversion is one character for one, so offsets in the converted text are offsets in the
 * original: the segmenter runs on Simplified text (it segments Traditional badly) and the tokens are cut from
 * the original.
 */
final class ChineseScript {

  private static final Map<Character, Character> TO_SIMPLIFIED = table("data/dictionary/TSCharacters.txt");
  private static final Map<Character, Character> TO_TRADITIONAL = table("data/dictionary/STCharacters.txt");

  /** Below the CJK radicals block no character has a Traditional or Simplified form. */
  private static final char CJK_START = '\u2E80';

  private ChineseScript() {}

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** A character only Traditional text uses (它 is both; 這 only Traditional). */
  static boolean traditionalOnly(char c) {
    Character s = TO_SIMPLIFIED.get(c);
    return s != null && s != c && !TO_TRADITIONAL.containsKey(c);
  }

  /** A character only Simplified text uses (这). */
  static boolean simplifiedOnly(char c) {
    Character t = TO_TRADITIONAL.get(c);
    return t != null && t != c && !TO_SIMPLIFIED.containsKey(c);
  }

  /** The same text in Simplified characters, of the same length. */
  static String toSimplified(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < CJK_START) {
        continue; // Latin, digits, punctuation: nothing to convert, and no map lookup (English is mostly this)
      }
      Character s = TO_SIMPLIFIED.get(text.charAt(i));
      if (s != null && s != text.charAt(i)) {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, s);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * The Traditional characters that have another Simplified form, and those forms, position for position: the
   * arguments of Spark's {@code translate}, so that SQL can match Simplified phrases in text of either script.
   */
  static String[] simplifyingTranslation() {
    StringBuilder from = new StringBuilder();
    StringBuilder to = new StringBuilder();
    new java.util.TreeMap<>(TO_SIMPLIFIED).forEach((t, s) -> {
      if (!t.equals(s)) {
        from.append(t);
        to.append(s);
      }
    });
    return new String[] {from.toString(), to.toString()};
  }

  private static Map<Character, Character> table(String resource) {
    Map<Character, Character> map = new HashMap<>();
    try (InputStream in = ChineseScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing: is the opencc4j jar on the classpath?");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] kv = line.strip().split("\t");
        // one-for-one BMP entries only: supplementary characters would change the length
        if (kv.length == 2 && kv[0].length() == 1 && kv[1].split(" ")[0].length() == 1) {
          map.putIfAbsent(kv[0].charAt(0), kv[1].charAt(0));
        }
      }
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
