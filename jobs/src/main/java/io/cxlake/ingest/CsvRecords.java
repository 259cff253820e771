package io.cxlake.ingest;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma-separated, fields optionally in double quotes, a quote inside doubled. */
final class CsvRecords {

  private CsvRecords() {}

  /** Thrown for a record that cannot be split into fields; the message becomes the quarantine detail. */
  static final class MalformedRecord extends Exception {
    MalformedRecord(String message) {
      super(message);
    }
  }

  /** True while the record text has an open quoted field, i.e. the record continues on the next line. */
  static boolean isOpen(CharSequence record) {
    int quotes = 0;
    for (int i = 0; i < record.length(); i++) {
      if (record.charAt(i) == '"') {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  static List<String> split(String record) throws MalformedRecord {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = record.length();
    while (true) {
      if (i < n && record.charAt(i) == '"') {
        i = readQuoted(record, i + 1, field);
        if (i < n && record.charAt(i) != ',') {
          throw new MalformedRecord("unexpected character after a closing quote at position " + (i + 1));
        }
      } else {
        while (i < n && record.charAt(i) != ',') {
          char c = record.charAt(i++);
          if (c == '"') {
            throw new MalformedRecord("quote inside an unquoted field at position " + i);
          }
          field.append(c);
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        return fields;
      }
      i++; // the comma
    }
  }

  private static int readQuoted(String record, int i, StringBuilder field) throws MalformedRecord {
    int n = record.length();
    while (i < n) {
      char c = record.charAt(i);
      if (c == '"') {
        if (i + 1 < n && record.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        return i + 1;
      }
      field.append(c);
      i++;
    }
    throw new MalformedRecord("unterminated quoted field");
  }
}
