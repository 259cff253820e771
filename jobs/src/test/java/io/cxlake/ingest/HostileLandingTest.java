package io.cxlake.ingest;

import static io.cxlake.testing.Landing.CONTACTS_HEADER;
import static io.cxlake.testing.Landing.answered;
import static io.cxlake.testing.Landing.contact;
import static io.cxlake.testing.Landing.turn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.testing.Landing;
import io.cxlake.testing.SharedSpark;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One night of hostile and real-world landing files through the real ingest: no single record may stop the
 * night, and every record read is accounted for (silver + duplicates + quarantine). The centre here numbers its
 * priorities 0-9 with 9 the most urgent, and its ACD clocks disagree by a second or two.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileLandingTest {

  private static final LocalDate NIGHT = LocalDate.parse("2026-11-22");
  private static final String GLOB_LIKE_NAME = "calls[1] {a}*?:09.csv";

  private final SparkSession spark = SharedSpark.get();
  private Lakehouse lake;
  private String summary;

  @BeforeAll
  void loadOneHostileNight() {
    Path root = SharedSpark.tempDir("hostile");
    Landing landing = new Landing(root.resolve("landing"));
    CxConfig config = SharedSpark.config(landing.root(), root.resolve("lake"), Map.of(
        "ingest.priority-range", "0-9", "ingest.priority-order", "descending", "ingest.clock-skew-seconds", "5"));
    lake = new Lakehouse(spark, config);
    landing.write("contacts", "2026-11-22", GLOB_LIKE_NAME, List.of(CONTACTS_HEADER,
        answered("K1", "C1", "09:00"),
        contact("K2", "C2", "Taipei", "2026-02-30T09:00:00+08:00", "", "", "", "", ""),
        contact("K3", "C3", "Taipei", "2026-13-01T09:00:00+08:00", "", "", "", "", ""),
        contact("K4", "C4", "Taipei", "2026-11-22T09:00:00+08:00", "2026-11-22T09:00:30+08:00", "",
            "2026-11-22T09:05:00+08:00", "30", "1e308"),
        contact("K5", "C5", "Taipei", "2026-11-22T09:00:02+08:00", "2026-11-22T09:00:00+08:00", "",
            "2026-11-22T09:05:00+08:00", "0", "300"),
        contact("K6", "C6", "Taipei", "2026-11-22T09:00:10+08:00", "2026-11-22T09:00:00+08:00", "",
            "2026-11-22T09:05:00+08:00", "0", "300"),
        answered("K7", "C7", "09:30").replace(",billing,2,", ",billing,0,")));
    landing.write("contacts", "2026-11-22", "no-header.csv", List.of(
        answered("K8", "C8", "10:00"), answered("K9", "C9", "10:10")));
    landing.write("turns", "2026-11-22", "turns.csv", List.of("contact_id,turn_no,speaker,turn_time,text",
        "K1,1,customer,2026-11-22T09:00:31+08:00,\"line one\rline two\""));
    landing.write("turns", "2026-11-22", "turns.jsonl", List.of(
        turn("K1", 2, "agent", "2026-11-22T09:00:40+08:00", "ok"),
        "{\"contact_id\":{\"id\":1},\"turn_no\":3,\"speaker\":\"agent\",\"turn_time\":\"2026-11-22T09:00:41+08:00\"}",
        "{\"contact_id\":\"K1\",\"contact_id\":\"K9\",\"turn_no\":4,\"speaker\":\"agent\","
            + "\"turn_time\":\"2026-11-22T09:00:42+08:00\"}",
        turn("K1", 5, "agent", "2026-11-22T09:00:43+08:00", "bye") + " trailing"));
    summary = new IngestJob().run(spark, new JobContext(config, NIGHT));
  }

  private Map<String, Long> reasons(String feed) {
    return lake.read("quarantine").where("feed = '" + feed + "'").groupBy("reason").count().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
  }

  private Row runSummary(String feed) {
    return lake.read("run_summary").where("feed = '" + feed + "'").head();
  }

  @Test
  void impossibleCalendarDatesAndAbsurdDurationsAreQuarantinedAndTheRestLoads() {
    assertEquals(Map.of("bad_timestamp", 2L, "out_of_range", 1L, "impossible_times", 1L, "missing_header", 2L),
        reasons("contacts"), summary);
    assertEquals(List.of("K1", "K5", "K7"), lake.read("silver_contacts").select("contact_id").orderBy("contact_id")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    Row q = lake.read("quarantine").where("reason = 'bad_timestamp'").orderBy("source_line").head();
    assertTrue(((String) q.getAs("reason_detail")).contains("arrival_time='2026-02-30T09:00:00+08:00'"),
        (String) q.getAs("reason_detail"));
  }

  @Test
  void everyRecordReadIsAccountedForIncludingAHeaderlessFirstLine() {
    Row s = runSummary("contacts");
    assertEquals(9L, (long) s.getAs("rows_read"), "7 records in the first file, 2 in the file without a header");
    assertEquals(3L, (long) s.getAs("rows_written"));
    assertEquals(6L, (long) s.getAs("quarantined"));
    Row first = lake.read("quarantine").where("reason = 'missing_header'").orderBy("source_line").head();
    assertEquals(1L, (long) first.getAs("source_line"));
    assertTrue(((String) first.getAs("raw_record")).startsWith("K8,C8,"));
  }

  @Test
  void aFileNamedLikeAGlobLoadsUnderItsOwnName() {
    String file = lake.read("silver_contacts").where("contact_id = 'K1'").head().getAs("_source_file");
    assertTrue(file.endsWith("/" + GLOB_LIKE_NAME), file);
  }

  @Test
  void clockSkewWithinTheToleranceLoadsAndIsCounted() {
    assertTrue(((String) runSummary("contacts").getAs("message")).contains("1 record(s) loaded with times out of"
        + " order by at most 5 s"), (String) runSummary("contacts").getAs("message"));
    Row detail = lake.read("quarantine").where("reason = 'impossible_times'").head();
    assertTrue(((String) detail.getAs("raw_record")).startsWith("K6,"));
  }

  @Test
  void prioritiesAreStoredMostUrgentFirstWhateverTheCentresNumbering() {
    Map<String, Integer> p = lake.read("silver_contacts").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("contact_id"), r -> r.getAs("priority")));
    assertEquals(Map.of("K1", 8, "K5", 8, "K7", 10), p, "0-9 descending: 9 -> 1, 2 -> 8, 0 -> 10");
  }

  @Test
  void aCarriageReturnInsideAQuotedFieldIsKeptAndBadJsonIsQuarantined() {
    assertEquals("line one\rline two", lake.read("silver_turns").where("turn_no = 1").head().getAs("text"));
    assertEquals(Map.of("malformed", 3L), reasons("turns"));
    assertEquals(List.of(1, 2), lake.read("silver_turns").select("turn_no").orderBy("turn_no")
        .as(org.apache.spark.sql.Encoders.INT()).collectAsList());
  }
}
