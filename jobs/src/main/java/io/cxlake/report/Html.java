package io.cxlake.report;

import java.util.List;

/**
 * Pieces of the report page. Every number a reader sees that comes from a table is written with its key and raw
 * value ({@code data-key}, {@code data-value}), so a test can check it against the table it came from.
 */
final class Html {

  private Html() {}

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A shown value with the key and raw value it was read as. */
  static String value(String key, Object raw, String shown) {
    return "<span class=\"v\" data-key=\"" + escape(key) + "\" data-value=\"" + escape(raw == null ? "" : raw.toString())
        + "\">" + escape(shown) + "</span>";
  }

  /**
   * A figure the table does not have, shown as "–" with the reason as its tooltip (say the reason in words next to
   * it too, see {@link #note}: a tooltip alone is lost on paper and on touch screens). Tagged like {@link #value}.
   */
  static String missing(String key, String why) {
    return "<span class=\"v na\" data-key=\"" + escape(key) + "\" data-value=\"\"" + (why == null ? ""
        : " title=\"" + escape(why) + "\"") + ">–</span>";
  }

  /** A short explanation under a cell or figure. */
  static String note(String text) {
    return "<div class=\"tn\">" + escape(text) + "</div>";
  }

  /** A number shown in the language's format with an optional unit suffix, tagged like {@link #value}. */
  static String figure(String key, Double raw, Messages m, int decimals, String suffix) {
    return value(key, raw, m.number(raw, decimals) + suffix);
  }

  /** A headline figure: label above, value below, an optional note. */
  static String tile(String label, String value, String note) {
    return "<div class=\"tile\"><div class=\"tl\">" + escape(label) + "</div><div class=\"tv\">" + value + "</div>"
        + (note == null || note.isEmpty() ? "" : "<div class=\"tn\">" + escape(note) + "</div>") + "</div>";
  }

  static String tiles(List<String> tiles) {
    return "<div class=\"tiles\">" + String.join("", tiles) + "</div>";
  }

  /** A table; cells are HTML already (escape text cells with {@link #escape} or {@link #value}). */
  static String table(List<String> header, List<List<String>> rows) {
    StringBuilder b = new StringBuilder("<table><thead><tr>");
    header.forEach(h -> b.append("<th>").append(escape(h)).append("</th>"));
    b.append("</tr></thead><tbody>");
    for (List<String> r : rows) {
      b.append("<tr>");
      r.forEach(c -> b.append("<td>").append(c).append("</td>"));
      b.append("</tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  static String section(String id, String title, String intro, String body) {
    return "<section id=\"" + escape(id) + "\"><h2>" + escape(title) + "</h2>"
        + (intro == null ? "" : "<p class=\"intro\">" + escape(intro) + "</p>") + body + "</section>";
  }

  static String empty(String message) {
    return "<p class=\"empty\">" + escape(message) + "</p>";
  }
}
