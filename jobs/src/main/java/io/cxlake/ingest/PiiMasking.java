package io.cxlake.ingest;

import static org.apache.spark.sql.functions.regexp_replace;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * Masks personal data in free text before it reaches silver, with built-in regular expressions. Order matters:
 * the longest, most specific patterns first, so an 18-character Mainland ID is not taken for a card number.
 * Digit runs are delimited by look-arounds rather than \b because \b does not work next to CJK characters.
 */
final class PiiMasking {

  /** Pattern -> replacement, applied in order. */
  static final Map<String, String> RULES = new LinkedHashMap<>();

  static {
    RULES.put("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", "[EMAIL]");
    // Mainland resident ID: 17 digits and a check digit or X
    RULES.put("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])", "[ID]");
    // Taiwanese national ID: a letter, 1 or 2 (or 8/9 for residents), 8 digits
    RULES.put("(?<![0-9A-Za-z])[A-Za-z][1289]\\d{8}(?![0-9A-Za-z])", "[ID]");
    // payment cards: 13 to 19 digits, optionally grouped by spaces or dashes
    RULES.put("(?<![0-9])\\d(?:[ -]?\\d){12,18}(?![0-9])", "[CARD]");
    // international numbers (+60 12-345 6789, +65 9123 4567, +886 912 345 678, +86 138...)
    RULES.put("\\+\\d{1,3}[ -]?\\(?\\d{1,4}\\)?(?:[ -]?\\d{2,4}){2,3}(?![0-9])", "[PHONE]");
    // Taiwanese mobiles (0912-345-678) and landlines (02-2345-6789)
    RULES.put("(?<![0-9])0\\d{1,3}[ -]?\\d{3,4}[ -]?\\d{3,4}(?![0-9])", "[PHONE]");
    // Mainland mobiles (13812345678)
    RULES.put("(?<![0-9])1[3-9]\\d{9}(?![0-9])", "[PHONE]");
  }

  private PiiMasking() {}

  static Column mask(Column text) {
    Column out = text;
    for (Map.Entry<String, String> r : RULES.entrySet()) {
      out = regexp_replace(out, r.getKey(), r.getValue());
    }
    return out;
  }
}
