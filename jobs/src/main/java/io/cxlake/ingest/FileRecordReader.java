package io.cxlake.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxlake.schema.ColumnSpec;
import io.cxlake.schema.FeedSchema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns the lines of one landing file into bronze rows: the feed's fields as text, the raw record, a parse
 * error if the record could not be split, the fields the contract does not know (schema drift), and its file
 * and line. Reading a whole file sequentially is what makes exact line numbers and CSV records that span lines
 * (quoted newlines) possible. A file that cannot be read to its end (a truncated gzip) yields the records read
 * before the damage and then one {@code corrupt_file} record, so the loss is quarantined, not silent.
 */
final class FileRecordReader implements Iterator<Row> {

  /** A physical line and its 1-based number in the file. */
  record Line(long number, String text) {}

  /** Thrown by a line source that cannot read on (e.g. a truncated or damaged gzip stream). */
  static final class UnreadableInput extends RuntimeException {
    UnreadableInput(Throwable cause) {
      super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }
  }

  static final String MISSING_HEADER = "missing_header";

  private final List<String> columns;
  private final List<String> requiredColumns;
  private final LandingFile.Format format;
  private final String file;
  private final Iterator<String> source;
  private final int maxRecordLines;
  private final Deque<Line> pushedBack = new ArrayDeque<>();
  // a duplicate key or text after the object makes the record ambiguous: rejected, not silently resolved
  private final ObjectMapper json = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final java.util.Set<String> known;
  private long lineNo;
  private String corruption; // why the file could not be read to its end, until reported
  private boolean corruptionReported;
  private String csvUnexpected; // the header's columns the contract does not name
  private int[] headerIndex; // feed column -> CSV field position, -1 if absent
  private int headerWidth;
  private String headerError;
  private Row next;

  FileRecordReader(FeedSchema feed, LandingFile.Format format, String file, Iterator<String> lines, int maxRecordLines) {
    this.columns = feed.columnNames();
    this.requiredColumns = feed.columns().stream().filter(ColumnSpec::required).map(ColumnSpec::name).toList();
    this.format = format;
    this.file = file;
    this.source = lines;
    this.maxRecordLines = maxRecordLines;
    this.known = java.util.Set.copyOf(columns);
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row r = next;
    next = null;
    return r;
  }

  private Row advance() {
    Line line;
    while ((line = nextLine()) != null) {
      String text = line.number() == 1 ? stripBom(line.text()) : line.text();
      if (text.isBlank()) {
        continue; // an empty line carries no record
      }
      if (format == LandingFile.Format.CSV && headerIndex == null) {
        if (readHeader(text)) {
          continue;
        }
        return row(null, text, headerError, line.number(), null); // no header: the first line is a record too
      }
      return format == LandingFile.Format.CSV ? csvRecord(new Line(line.number(), text)) : jsonRecord(line.number(), text);
    }
    if (corruption != null && !corruptionReported) {
      corruptionReported = true;
      return row(null, "", IngestJob.CORRUPT_FILE_REASON + ": the file could not be read after line " + lineNo + " (" + corruption
          + "); re-deliver it and re-run the date", lineNo + 1, null);
    }
    return null;
  }

  private Line nextLine() {
    if (!pushedBack.isEmpty()) {
      return pushedBack.pollFirst();
    }
    if (corruption != null) {
      return null;
    }
    try {
      if (!source.hasNext()) {
        return null;
      }
      return new Line(++lineNo, source.next());
    } catch (UnreadableInput e) {
      corruption = firstLine(e.getMessage());
      return null;
    }
  }

  /**
   * Reads the first line as the header; false when it names none of the feed's columns: then the file has no
   * header row, the line is a record, and it and every other line are quarantined as {@code missing_header}
   * (mapping fields by position would load values into the wrong columns whenever the column order differs).
   */
  private boolean readHeader(String text) {
    try {
      List<String> names = CsvRecords.split(text).stream()
          .map(s -> s.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
      headerWidth = names.size();
      if (names.stream().noneMatch(known::contains)) {
        headerIndex = new int[columns.size()];
        headerError = MISSING_HEADER + ": the file's first line names none of the feed's columns, so the file has"
            + " no header row; deliver it with one (" + String.join(",", columns) + ")";
        return false;
      }
      List<String> extra = names.stream().filter(n -> !n.isEmpty() && !known.contains(n)).sorted().toList();
      csvUnexpected = extra.isEmpty() ? null : String.join(",", extra);
      headerIndex = new int[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        headerIndex[i] = names.indexOf(columns.get(i));
      }
      List<String> missing = requiredColumns.stream().filter(c -> !names.contains(c)).toList();
      if (!missing.isEmpty()) {
        headerError = "malformed: the file's header lacks required column(s) " + String.join(", ", missing);
      } else if (names.stream().distinct().count() != names.size()) {
        headerError = "malformed: the file's header names a column twice";
      }
    } catch (CsvRecords.MalformedRecord e) {
      headerIndex = new int[columns.size()];
      headerError = "malformed: the file's header cannot be read (" + e.getMessage() + ")";
    }
    return true;
  }

  private Row csvRecord(Line first) {
    StringBuilder record = new StringBuilder(first.text());
    List<Line> continuation = new ArrayList<>();
    while (CsvRecords.isOpen(record) && continuation.size() + 1 < maxRecordLines) {
      Line more = nextLine();
      if (more == null) {
        break;
      }
      continuation.add(more);
      record.append('\n').append(more.text());
    }
    if (CsvRecords.isOpen(record)) {
      // never let one stray quote swallow the rest of the file: reject this line, read on from the next
      for (int i = continuation.size() - 1; i >= 0; i--) {
        pushedBack.addFirst(continuation.get(i));
      }
      return row(null, first.text(), "malformed: unterminated quoted field", first.number(), null);
    }
    String raw = record.toString();
    if (headerError != null) {
      return row(null, raw, headerError, first.number(), null);
    }
    try {
      List<String> fields = CsvRecords.split(raw);
      if (fields.size() != headerWidth) {
        return row(null, raw, "malformed: expected " + headerWidth + " fields as in the header, found "
            + fields.size(), first.number(), null);
      }
      String[] values = new String[columns.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = headerIndex[i] < 0 ? null : fields.get(headerIndex[i]);
      }
      return row(values, raw, null, first.number(), csvUnexpected);
    } catch (CsvRecords.MalformedRecord e) {
      return row(null, raw, "malformed: " + e.getMessage(), first.number(), null);
    }
  }

  private Row jsonRecord(long number, String text) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return row(null, text, "malformed: not valid JSON (" + firstLine(e.getOriginalMessage()) + ")", number, null);
    } catch (Exception e) {
      return row(null, text, "malformed: not valid JSON (" + firstLine(e.getMessage()) + ")", number, null);
    }
    if (node == null || !node.isObject()) {
      return row(null, text, "malformed: a JSON Lines record must be one object", number, null);
    }
    String[] values = new String[columns.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = node.get(columns.get(i));
      if (v != null && v.isContainerNode()) { // stored as JSON text it would pass as a value, e.g. an id {"id":1}
        return row(null, text, "malformed: field " + columns.get(i) + " holds a JSON " + (v.isArray() ? "array" : "object")
            + ", expected a single value", number, null);
      }
      values[i] = v == null || v.isNull() ? null : v.asText();
    }
    return row(values, text, null, number, unexpectedKeys(node));
  }

  /** The record's keys the contract does not name, sorted and comma-separated; null when there are none. */
  private String unexpectedKeys(JsonNode node) {
    List<String> extra = null;
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        extra = extra == null ? new ArrayList<>() : extra;
        extra.add(k);
      }
    }
    if (extra == null) {
      return null;
    }
    java.util.Collections.sort(extra);
    return String.join(",", extra);
  }

  private Row row(String[] values, String raw, String parseError, long number, String unexpected) {
    if (parseError == null && raw.indexOf('\uFFFD') >= 0) {
      values = null;
      parseError = "bad_encoding: the record is not valid UTF-8";
    }
    Object[] out = new Object[columns.size() + 5];
    if (values != null) {
      System.arraycopy(values, 0, out, 0, values.length);
    }
    int base = columns.size();
    out[base] = raw;
    out[base + 1] = parseError;
    out[base + 2] = unexpected;
    out[base + 3] = file;
    out[base + 4] = number;
    return RowFactory.create(out);
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "parse error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
