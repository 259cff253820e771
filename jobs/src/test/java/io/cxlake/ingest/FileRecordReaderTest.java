package io.cxlake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.schema.FeedSchema;
import io.cxlake.schema.SchemaCatalog;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FileRecordReaderTest {

  private static final FeedSchema ATTEMPTS = SchemaCatalog.get().feed("outbound_attempts");
  private static final FeedSchema TURNS = SchemaCatalog.get().feed("turns");

  private static List<Row> read(FeedSchema feed, LandingFile.Format f, String... lines) {
    List<Row> out = new ArrayList<>();
    new FileRecordReader(feed, f, "file:/x", List.of(lines).iterator(), 5).forEachRemaining(out::add);
    return out;
  }

  private static String field(Row r, FeedSchema feed, String column) {
    return r.getString(feed.columnNames().indexOf(column));
  }

  private static String error(Row r, FeedSchema feed) {
    return r.getString(feed.columnNames().size() + 1);
  }

  private static String unexpected(Row r, FeedSchema feed) {
    return r.getString(feed.columnNames().size() + 2);
  }

  private static long line(Row r, FeedSchema feed) {
    return r.getLong(feed.columnNames().size() + 4);
  }

  @Test
  void mapsCsvFieldsByHeaderNameWithLineNumbers() {
    List<Row> rows = read(ATTEMPTS, LandingFile.Format.CSV,
        "\uFEFFOutcome,attempt_id,customer_id,campaign,attempt_time",
        "answered,A1,C1,renewal,2026-11-22T09:00:00+08:00",
        "",
        "no_answer,A2,C2,survey,2026-11-22T10:00:00+08:00");
    assertEquals(2, rows.size());
    assertEquals("A1", field(rows.get(0), ATTEMPTS, "attempt_id"));
    assertEquals("answered", field(rows.get(0), ATTEMPTS, "outcome"));
    assertNull(field(rows.get(0), ATTEMPTS, "region"), "a column the file lacks is absent");
    assertEquals(2, line(rows.get(0), ATTEMPTS));
    assertEquals(4, line(rows.get(1), ATTEMPTS));
    assertNull(error(rows.get(1), ATTEMPTS));
  }

  @Test
  void reassemblesQuotedNewlinesAndRecoversFromAStrayQuote() {
    List<Row> rows = read(ATTEMPTS, LandingFile.Format.CSV,
        "attempt_id,customer_id,campaign,attempt_time,outcome",
        "A1,C1,\"two",
        "lines\",2026-11-22T09:00:00+08:00,answered",
        "A2,\"never closed,renewal,2026-11-22T09:00:00+08:00,answered",
        "A3,C3,renewal,2026-11-22T09:00:00+08:00,answered",
        "A4,C4,renewal,2026-11-22T09:00:00+08:00,answered",
        "A5,C5,renewal,2026-11-22T09:00:00+08:00,answered",
        "A6,C6,renewal,2026-11-22T09:00:00+08:00,answered");
    assertEquals("two\nlines", field(rows.get(0), ATTEMPTS, "campaign"));
    assertEquals(2, line(rows.get(0), ATTEMPTS));
    assertEquals("malformed: unterminated quoted field", error(rows.get(1), ATTEMPTS));
    assertEquals(4, line(rows.get(1), ATTEMPTS));
    assertEquals(List.of("A3", "A4", "A5", "A6"), rows.subList(2, 6).stream()
        .map(r -> field(r, ATTEMPTS, "attempt_id")).toList(), "reading resumes after the broken line");
  }

  @Test
  void rejectsWrongFieldCountsAndHeadersWithoutRequiredColumns() {
    List<Row> rows = read(ATTEMPTS, LandingFile.Format.CSV,
        "attempt_id,customer_id,campaign,attempt_time,outcome", "A1,C1,renewal");
    assertEquals("malformed: expected 5 fields as in the header, found 3", error(rows.get(0), ATTEMPTS));
    rows = read(ATTEMPTS, LandingFile.Format.CSV, "attempt_id,campaign", "A1,renewal");
    assertTrue(error(rows.get(0), ATTEMPTS).contains("lacks required column(s) customer_id, attempt_time, outcome"));
  }

  @Test
  void readsJsonLinesAndRejectsWhatIsNotAnObject() {
    List<Row> rows = read(TURNS, LandingFile.Format.JSONL,
        "{\"contact_id\":\"K1\",\"turn_no\":2,\"speaker\":\"agent\",\"turn_time\":\"2026-11-22T09:00:00+08:00\","
            + "\"text\":\"我來幫您處理\"}",
        "{\"contact_id\":\"K1\",",
        "[1,2]");
    assertEquals("2", field(rows.get(0), TURNS, "turn_no"));
    assertEquals("我來幫您處理", field(rows.get(0), TURNS, "text"));
    assertTrue(error(rows.get(1), TURNS).startsWith("malformed: not valid JSON"));
    assertEquals("malformed: a JSON Lines record must be one object", error(rows.get(2), TURNS));
    assertEquals("[1,2]", rows.get(2).getString(TURNS.columnNames().size()), "the raw record is kept");
  }

  @Test
  void flagsTextThatWasNotUtf8() {
    List<Row> rows = read(TURNS, LandingFile.Format.JSONL, "{\"contact_id\":\"K\uFFFD\"}");
    assertEquals("bad_encoding: the record is not valid UTF-8", error(rows.get(0), TURNS));
  }

  @Test
  void namesFieldsTheContractDoesNotKnowAndStillLoadsTheRecord() {
    List<Row> csv = read(ATTEMPTS, LandingFile.Format.CSV,
        "attempt_id,customer_id,campaign,attempt_time,outcome,Loyalty_Tier,agent_site",
        "A1,C1,renewal,2026-11-22T09:00:00+08:00,answered,gold,TPE");
    assertEquals("agent_site,loyalty_tier", unexpected(csv.get(0), ATTEMPTS));
    assertEquals("answered", field(csv.get(0), ATTEMPTS, "outcome"));
    assertNull(error(csv.get(0), ATTEMPTS));
    List<Row> json = read(TURNS, LandingFile.Format.JSONL,
        "{\"contact_id\":\"K1\",\"turn_no\":1,\"sentiment\":0.2,\"channel_hint\":\"app\"}",
        "{\"contact_id\":\"K1\",\"turn_no\":2}");
    assertEquals("channel_hint,sentiment", unexpected(json.get(0), TURNS));
    assertNull(unexpected(json.get(1), TURNS), "a record without drift says nothing");
    assertEquals("K1", field(json.get(0), TURNS, "contact_id"));
  }

  @Test
  void aFileThatBreaksOffYieldsItsRecordsAndThenOneCorruptFileRecord() {
    java.util.Iterator<String> breaksAfterTwo = new java.util.Iterator<>() {
      private int n;

      @Override
      public boolean hasNext() {
        if (n == 2) {
          throw new FileRecordReader.UnreadableInput(new java.io.EOFException("Unexpected end of input stream"));
        }
        return true;
      }

      @Override
      public String next() {
        return n++ == 0 ? "attempt_id,customer_id,campaign,attempt_time,outcome"
            : "A1,C1,renewal,2026-11-22T09:00:00+08:00,answered";
      }
    };
    List<Row> rows = new ArrayList<>();
    new FileRecordReader(ATTEMPTS, LandingFile.Format.CSV, "file:/x.csv.gz", breaksAfterTwo, 5)
        .forEachRemaining(rows::add);
    assertEquals(2, rows.size());
    assertEquals("A1", field(rows.get(0), ATTEMPTS, "attempt_id"));
    assertEquals("corrupt_file: the file could not be read after line 2 (EOFException: Unexpected end of input "
        + "stream); re-deliver it and re-run the date", error(rows.get(1), ATTEMPTS));
    assertEquals(3, line(rows.get(1), ATTEMPTS));
    assertEquals("", rows.get(1).getString(ATTEMPTS.columnNames().size()));
  }

  @Test
  void aFileWithoutAHeaderRowQuarantinesEveryLineIncludingTheFirst() {
    List<Row> rows = read(ATTEMPTS, LandingFile.Format.CSV,
        "A1,C1,renewal,2026-11-22T09:00:00+08:00,answered",
        "A2,C2,renewal,2026-11-22T09:00:00+08:00,answered");
    assertEquals(2, rows.size(), "the first line is a record, not lost as a header");
    assertEquals(List.of(1L, 2L), rows.stream().map(r -> line(r, ATTEMPTS)).toList());
    for (Row r : rows) {
      assertTrue(error(r, ATTEMPTS).startsWith("missing_header: the file's first line names none of the feed's"
          + " columns"), error(r, ATTEMPTS));
      assertNull(field(r, ATTEMPTS, "attempt_id"), "no values are mapped by guesswork");
    }
    assertEquals("A1,C1,renewal,2026-11-22T09:00:00+08:00,answered", rows.get(0).getString(
        ATTEMPTS.columnNames().size()), "the raw record is kept");
  }

  @Test
  void jsonRecordsWithNestedValuesDuplicateKeysOrTrailingTextAreRejected() {
    List<Row> rows = read(TURNS, LandingFile.Format.JSONL,
        "{\"contact_id\":{\"id\":1},\"turn_no\":1}",
        "{\"contact_id\":\"K1\",\"turn_no\":[1,2]}",
        "{\"contact_id\":\"K1\",\"contact_id\":\"K2\"}",
        "{\"contact_id\":\"K1\"} garbage",
        "{\"contact_id\":\"K1\",\"extra\":{\"nested\":true}}");
    assertEquals("malformed: field contact_id holds a JSON object, expected a single value", error(rows.get(0), TURNS));
    assertEquals("malformed: field turn_no holds a JSON array, expected a single value", error(rows.get(1), TURNS));
    assertTrue(error(rows.get(2), TURNS).contains("Duplicate field 'contact_id'"), error(rows.get(2), TURNS));
    assertTrue(error(rows.get(3), TURNS).startsWith("malformed: not valid JSON"), error(rows.get(3), TURNS));
    assertNull(error(rows.get(4), TURNS), "a field outside the contract may hold anything (schema drift)");
    assertEquals("extra", unexpected(rows.get(4), TURNS));
  }
}
