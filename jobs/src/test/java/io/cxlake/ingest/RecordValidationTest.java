package io.cxlake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.schema.FeedSchema;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.testing.SharedSpark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class RecordValidationTest {

  /** The contract as the ingest runs it with the default settings (5 s clock skew, priorities 1-9). */
  private static final FeedSchema CONTACTS = IngestSettings.from(io.cxlake.config.ConfigLoader.load("local", java.util.Map.of()))
      .contract(SchemaCatalog.get().feed("contacts"));

  /** A bronze contacts record from field values in schema order (null = absent). */
  private static Row record(String... fields) {
    Object[] v = new Object[BronzeReader.recordSchema(CONTACTS).size()];
    System.arraycopy(fields, 0, v, 0, fields.length);
    int b = CONTACTS.columnNames().size();
    v[b] = String.join(",", Arrays.stream(fields).map(f -> f == null ? "" : f).toList()); // raw; parse error null
    v[b + 3] = "file:/t.csv"; // after the unexpected fields (none)
    v[b + 4] = 2L;
    return RowFactory.create(v);
  }

  private static String[] valid() {
    return new String[] {"K1", "C1", "voice", "inbound", "Taipei", "TPE-1", "billing", "2",
        "2026-11-22T09:00:00+08:00", "2026-11-22T09:00:30+08:00", null, "2026-11-22T09:05:00+08:00", "30", "270",
        "0", "A1", "resolved", "zh-Hant"};
  }

  private static String[] with(int column, String value) {
    String[] f = valid();
    f[column] = value;
    return f;
  }

  private static int idx(String column) {
    return CONTACTS.columnNames().indexOf(column);
  }

  private static List<String> reasonsOf(String[] fields) {
    var spark = SharedSpark.get();
    Dataset<Row> bronze = spark.createDataFrame(List.of(record(fields)), BronzeReader.recordSchema(CONTACTS));
    Dataset<Row> n = RecordValidation.normalise(bronze, CONTACTS);
    Dataset<Row> typed = RecordValidation.typedWithFieldReasons(RecordValidation.withBusinessDate(n, CONTACTS), CONTACTS);
    Dataset<Row> out = RecordValidation.withCheckReasons(typed, CONTACTS);
    return new ArrayList<>(out.head().getList(out.schema().fieldIndex(RecordValidation.REASONS)));
  }

  @Test
  void aValidRecordHasNoReasonAndGetsItsLocalBusinessDate() {
    var spark = SharedSpark.get();
    String[] f = with(idx("arrival_time"), " 2026-11-22T00:30:00+08:00 ");
    f[idx("channel")] = "VOICE";
    Dataset<Row> bronze = spark.createDataFrame(List.of(record(f)), BronzeReader.recordSchema(CONTACTS));
    Dataset<Row> typed = RecordValidation.typedWithFieldReasons(RecordValidation.withBusinessDate(
        RecordValidation.normalise(bronze, CONTACTS), CONTACTS), CONTACTS);
    Row r = typed.head();
    assertEquals("2026-11-22", r.getAs("contact_date").toString(), "local date, although UTC is the 21st");
    assertEquals("voice", r.getAs("channel"), "enum values are canonicalised");
    assertEquals(30.0, (double) r.getAs("wait_seconds"));
    assertEquals(List.of(), reasonsOf(valid()));
  }

  @Test
  void eachProblemGetsItsReasonCode() {
    assertEquals(List.of("missing_key: contact_id is empty"), reasonsOf(with(idx("contact_id"), " ")));
    assertEquals(List.of("missing_required: region is empty"), reasonsOf(with(idx("region"), null)));
    assertTrue(reasonsOf(with(idx("arrival_time"), "2026-11-22 09:00:00")).get(0)
        .startsWith("bad_timestamp: arrival_time='2026-11-22 09:00:00' (expected ISO-8601 with offset"));
    assertTrue(reasonsOf(with(idx("arrival_time"), "2026-13-45T09:00:00+08:00")).get(0).startsWith("bad_timestamp"));
    assertEquals("bad_number: priority='high'", reasonsOf(with(idx("priority"), "high")).get(0));
    assertTrue(reasonsOf(with(idx("channel"), "fax")).get(0).startsWith("unknown_enum: channel='fax' (allowed: voice"));
    assertEquals(List.of("negative_duration: wait_seconds=-3 is below 0"), reasonsOf(with(idx("wait_seconds"), "-3")));
    assertEquals(List.of("out_of_range: priority=12 is above 9"), reasonsOf(with(idx("priority"), "12")));
    assertEquals(List.of("impossible_times: answered before arrival"),
        reasonsOf(with(idx("answered_time"), "2026-11-22T08:59:00+08:00")));
    String[] both = with(idx("abandoned_time"), "2026-11-22T09:00:20+08:00");
    assertEquals(List.of("impossible_times: both answered and abandoned"), reasonsOf(both));
  }

  @Test
  void aParseErrorIsTheOnlyReason() {
    var spark = SharedSpark.get();
    Object[] v = new Object[BronzeReader.recordSchema(CONTACTS).size()];
    int b = CONTACTS.columnNames().size();
    v[b] = "garbage";
    v[b + 1] = "malformed: expected 18 fields as in the header, found 1";
    v[b + 3] = "f";
    v[b + 4] = 3L;
    Dataset<Row> bronze = spark.createDataFrame(List.of(RowFactory.create(v)), BronzeReader.recordSchema(CONTACTS));
    Dataset<Row> out = RecordValidation.typedWithFieldReasons(RecordValidation.normalise(bronze, CONTACTS), CONTACTS);
    assertEquals(List.of("malformed: expected 18 fields as in the header, found 1"),
        out.head().getList(out.schema().fieldIndex(RecordValidation.REASONS)));
  }

  @Test
  void severalProblemsAreAllReportedInColumnOrder() {
    String[] f = with(idx("region"), null);
    f[idx("priority")] = "high";
    f[idx("wait_seconds")] = "-3";
    assertEquals(List.of("missing_required: region is empty", "bad_number: priority='high'",
        "negative_duration: wait_seconds=-3 is below 0"), reasonsOf(f));
  }

  @Test
  void aMonthlyFeedIsPartitionedByTheFirstDayOfTheLocalMonth() {
    FeedSchema events = SchemaCatalog.get().feed("account_events");
    assertTrue(events.monthlyPartitions());
    var spark = SharedSpark.get();
    Object[] v = new Object[BronzeReader.recordSchema(events).size()];
    v[events.columnNames().indexOf("event_time")] = "2026-12-01T00:30:00+08:00";
    v[events.columnNames().size()] = "raw";
    v[events.columnNames().size() + 3] = "f";
    v[events.columnNames().size() + 4] = 1L;
    Dataset<Row> bronze = spark.createDataFrame(List.of(RowFactory.create(v)), BronzeReader.recordSchema(events));
    Row r = RecordValidation.withBusinessDate(RecordValidation.normalise(bronze, events), events).head();
    assertEquals("2026-12-01", r.getAs("event_month").toString(), "local month, although UTC is still November");
  }

  @Test
  void offsetTimestampsGiveTheSameInstantAsSparksOwnParser() {
    var spark = SharedSpark.get();
    List<Row> texts = java.util.stream.Stream.of("2026-11-22T09:15:02+08:00", "2026-11-22 09:15:00+08:00",
            "2026-11-21T23:59:59.123456Z", "2026-11-22T00:30:00-05:30", "2024-02-29T12:00:00.5+14:00",
            "1999-12-31T23:59:59-12:00", "2026-11-22T09:15:02.123456789+08:00")
        .map(RowFactory::create).toList();
    Dataset<Row> df = spark.createDataFrame(texts, new org.apache.spark.sql.types.StructType().add("t", "string"));
    Dataset<Row> both = df.select(RecordValidation.offsetTimestamp(df.col("t")).as("ours"), df.col("t").cast("timestamp").as("spark"));
    for (Row r : both.collectAsList()) {
      assertEquals(r.get(1), r.get(0));
    }
    Row noSeconds = spark.createDataFrame(List.of(RowFactory.create("2026-11-22 09:15+08:00")),
        new org.apache.spark.sql.types.StructType().add("t", "string")).select(RecordValidation.offsetTimestamp(
        org.apache.spark.sql.functions.col("t"))).head();
    assertEquals(java.sql.Timestamp.from(java.time.Instant.parse("2026-11-22T01:15:00Z")), noSeconds.get(0),
        "seconds are optional in the contract (Spark's own cast rejects this form)");
    Row impossible = spark.createDataFrame(List.of(RowFactory.create("2026-13-45T09:00:00+08:00")),
        new org.apache.spark.sql.types.StructType().add("t", "string")).select(RecordValidation.offsetTimestamp(
        org.apache.spark.sql.functions.col("t"))).head();
    assertTrue(impossible.isNullAt(0));
  }

  @Test
  void timesOutOfOrderWithinTheClockSkewPassAndBeyondItAreImpossible() {
    String[] skewed = with(idx("answered_time"), "2026-11-22T08:59:57+08:00");
    assertEquals(List.of(), reasonsOf(skewed), "3 s before arrival: ACD clock skew");
    String[] impossible = with(idx("answered_time"), "2026-11-22T08:59:50+08:00");
    assertEquals(List.of("impossible_times: answered before arrival"), reasonsOf(impossible));
  }

  @Test
  void aWellFormedTimestampThatIsNoCalendarDayIsABadTimestamp() {
    for (String day : List.of("2026-02-30", "2026-13-01", "2026-00-10")) {
      List<String> reasons = reasonsOf(with(idx("arrival_time"), day + "T09:00:00+08:00"));
      assertTrue(reasons.get(0).startsWith("bad_timestamp: arrival_time='" + day), reasons.toString());
    }
    assertEquals("2026-02-28", FeedIngest.calendarDate("2026-02-28"));
    assertEquals(null, FeedIngest.calendarDate("2026-02-30"));
    assertEquals(null, FeedIngest.calendarDate("2026-13-01"));
  }

  @Test
  void implausiblyLargeNumbersAreOutOfRange() {
    assertEquals(List.of("out_of_range: handle_seconds=1e308 is above 86400"),
        reasonsOf(with(idx("handle_seconds"), "1e308")));
  }
}
