package io.cxlake.generate;

/** CSV (RFC 4180) and JSON string escaping into a StringBuilder. */
final class Escaping {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Escaping() {
  }

  /** Appends a CSV field, quoted only when it holds a comma, quote or line break. */
  static void csv(StringBuilder sb, CharSequence s) {
    if (s == null) {
      return;
    }
    boolean quote = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      sb.append(s);
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    sb.append('"');
  }

  /** Appends a JSON string literal (with quotes) or null. Non-ASCII stays as UTF-8 text. */
  static void json(StringBuilder sb, CharSequence s) {
    if (s == null) {
      sb.append("null");
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            sb.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15])
                .append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
