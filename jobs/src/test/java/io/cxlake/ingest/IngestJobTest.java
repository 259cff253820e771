package io.cxlake.ingest;

import static io.cxlake.testing.Landing.CONTACTS_HEADER;
import static io.cxlake.testing.Landing.answered;
import static io.cxlake.testing.Landing.contact;
import static io.cxlake.testing.Landing.turn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.testing.Landing;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The ingest end to end on hand-written landing files over several nights. The nights build on each other, so
 * the tests run in order on one lake: first load, a file landed again and late rows, a conflicting correction,
 * then a re-run of the first night, which must leave every table as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestJobTest {

  private static final LocalDate D22 = LocalDate.parse("2026-11-22");
  private static final List<String> FILE_A = List.of(CONTACTS_HEADER,
      answered("K1", "C1", "09:00"),
      answered("K2", "C2", "09:10"),
      answered("K2", "C2", "09:10"),
      answered("K4", "C4", "09:20"),
      contact("K4", "C4", "Taipei", "2026-11-22T09:20:00+08:00", "2026-11-22T09:21:40+08:00", "",
          "2026-11-22T09:30:00+08:00", "100", "500"),
      contact("K5", "C5", "Taipei", "2026-11-22 09:00:00", "", "", "", "", ""),
      answered("", "C6", "09:30"),
      answered("K7", "C7", "09:40").replace("voice", "fax"),
      contact("K8", "C8", "Taipei", "2026-11-22T10:00:00+08:00", "", "2026-11-22T10:01:00+08:00",
          "2026-11-22T10:01:00+08:00", "-60", "0"),
      contact("K9", "C9", "Taipei", "2026-11-22T10:00:00+08:00", "2026-11-22T09:59:00+08:00", "",
          "2026-11-22T10:05:00+08:00", "0", "300"),
      "K10,C10,voice",
      contact("K11", "C11", "Shanghai", "2026-11-21T23:50:00+08:00", "", "2026-11-21T23:51:10+08:00",
          "2026-11-21T23:51:10+08:00", "70", "0"));

  private final SparkSession spark = SharedSpark.get();
  private Landing landing;
  private CxConfig config;
  private Lakehouse lake;

  @BeforeAll
  void landFirstNight() {
    Path root = SharedSpark.tempDir("ingest");
    landing = new Landing(root.resolve("landing"));
    config = SharedSpark.config(landing.root(), root.resolve("lake"), Map.of("ingest.compaction", "true"));
    lake = new Lakehouse(spark, config);
    landing.write("contacts", "2026-11-22", "contacts-a.csv", FILE_A);
    landing.write("turns", "2026-11-22", "turns-a.jsonl.gz", List.of(
        turn("K1", 1, "customer", "2026-11-22T09:00:31+08:00", "我的電話是0912-345-678，email amy@example.com"),
        turn("K1", 2, "agent", "2026-11-22T09:00:40+08:00", "我來幫您處理"),
        "{\"contact_id\":\"K1\",\"turn_no\":3,",
        turn("K1", 4, "robot", "2026-11-22T09:00:50+08:00", "hello")));
    landing.write("outbound_attempts", "2026-11-22", "attempts.csv", List.of(
        "attempt_id,customer_id,campaign,attempt_time,outcome,region,agent_id",
        "A1,C1,renewal,2026-11-22T11:00:00+08:00,blocked_as_spam,Taipei,D1",
        "A2,C2,callback,2026-11-22T11:05:00+08:00,answered,Taipei,D1"));
  }

  private String run(LocalDate d) {
    return new IngestJob().run(spark, new JobContext(config, d));
  }

  private Dataset<Row> table(String name) {
    return lake.read(name);
  }

  private Map<String, Long> quarantineReasons(String feed, LocalDate d) {
    return table("quarantine").where("feed = '" + feed + "' AND run_date = DATE'" + d + "'").groupBy("reason")
        .count().collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));
  }

  private Row summary(String feed, LocalDate d) {
    return table("run_summary").where("feed = '" + feed + "' AND run_date = DATE'" + d + "'").head();
  }

  @Test
  @Order(1)
  void firstNightLoadsValidRowsAndQuarantinesTheRestWithReasons() {
    run(D22);
    Dataset<Row> contacts = table("silver_contacts");
    assertEquals(List.of("K1", "K11", "K2"), contacts.select("contact_id").orderBy("contact_id").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList());
    assertEquals(Map.of("duplicate_conflict", 2L, "bad_timestamp", 1L, "missing_key", 1L, "unknown_enum", 1L,
        "negative_duration", 1L, "impossible_times", 1L, "malformed", 1L), quarantineReasons("contacts", D22));
    Row s = summary("contacts", D22);
    assertEquals(12L, (long) s.getAs("rows_read"));
    assertEquals(3L, (long) s.getAs("rows_written"));
    assertEquals(1L, (long) s.getAs("exact_duplicates"));
    assertEquals(8L, (long) s.getAs("quarantined"));
    assertEquals(Map.of("malformed", 1L, "unknown_enum", 1L), quarantineReasons("turns", D22));
    assertEquals("no_input", summary("qa_evaluations", D22).getAs("status"));
  }

  @Test
  @Order(2)
  void quarantineKeepsTheRawRecordWithItsFileAndLine() {
    Row malformed = table("quarantine").where("reason = 'malformed' AND feed = 'contacts'").head();
    assertEquals("K10,C10,voice", malformed.getAs("raw_record"));
    assertEquals(12L, (long) malformed.getAs("source_line"));
    assertTrue(((String) malformed.getAs("source_file")).endsWith("contacts/dt=2026-11-22/contacts-a.csv"));
    assertTrue(((String) malformed.getAs("reason_detail")).contains("expected 18 fields"));
  }

  @Test
  @Order(3)
  void lateRowsGoToTheirOwnBusinessDateAndIdsArePseudonymised() {
    Row k11 = table("silver_contacts").where("contact_id = 'K11'").head();
    assertEquals("2026-11-21", k11.getAs("contact_date").toString());
    assertEquals("2026-11-22", k11.getAs("_run_date").toString());
    byte[] key = Pseudonymiser.DEV_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(Pseudonymiser.of("C11", key), k11.getAs("customer_key"));
    assertFalse(List.of(table("silver_contacts").columns()).contains("customer_id"));
    assertEquals(Pseudonymiser.of("C1", key),
        table("silver_outbound_attempts").where("attempt_id = 'A1'").head().getAs("customer_key"));
  }

  @Test
  @Order(4)
  void piiIsMaskedInSilverText() {
    String text = table("silver_turns").where("contact_id = 'K1' AND turn_no = 1").head().getAs("text");
    assertEquals("我的電話是[PHONE]，email [EMAIL]", text);
  }

  @Test
  @Order(5)
  void aFileLandedAgainCountsAsDuplicatesAndLateRowsMergeIntoEarlierPartitions() {
    LocalDate d23 = D22.plusDays(1);
    landing.write("contacts", "2026-11-23", "contacts-a-resent.csv", FILE_A);
    landing.write("contacts", "2026-11-23", "contacts-b.csv", List.of(CONTACTS_HEADER,
        contact("K12", "C12", "Taipei", "2026-11-23T08:00:00+08:00", "2026-11-23T08:01:00+08:00", "",
            "2026-11-23T08:03:00+08:00", "60", "120"),
        answered("K13", "C13", "21:00")));
    landing.write("turns", "2026-11-23", "turns.jsonl", List.of(
        turn("K12", 1, "customer", "2026-11-23T08:01:05+08:00", "你們是不是詐騙集團？")));
    run(d23);
    Row s = summary("contacts", d23);
    assertEquals(14L, (long) s.getAs("rows_read"));
    assertEquals(2L, (long) s.getAs("rows_written"));
    assertEquals(4L, (long) s.getAs("exact_duplicates"), "K1, K2, K11 already loaded, K2 twice in the file");
    assertEquals(8L, (long) s.getAs("quarantined"));
    assertEquals(1L, table("silver_contacts").where("contact_id = 'K13' AND contact_date = DATE'2026-11-22'").count());
    assertEquals(5L, table("silver_contacts").count());
  }

  @Test
  @Order(6)
  void aConflictingCorrectionOfAnEarlierLoadIsQuarantinedNotOverwritten() {
    LocalDate d24 = D22.plusDays(2);
    landing.write("contacts", "2026-11-24", "correction.csv", List.of(CONTACTS_HEADER,
        contact("K1", "C1", "Taipei", "2026-11-22T09:00:00+08:00", "2026-11-22T09:02:00+08:00", "",
            "2026-11-22T09:09:00+08:00", "120", "420")));
    landing.write("contacts", "2026-11-24", "part-0.csv", List.of(CONTACTS_HEADER, answered("K14", "C14", "08:00")
        .replace("2026-11-22", "2026-11-24")));
    landing.write("contacts", "2026-11-24", "part-0-copy.csv", List.of(CONTACTS_HEADER,
        answered("K14", "C14", "08:00").replace("2026-11-22", "2026-11-24")));
    landing.write("turns", "2026-11-24", "turns.csv", List.of("contact_id,turn_no,speaker,turn_time,text",
        "K14,1,customer,2026-11-24T08:00:31+08:00,\"多行\n文字, 逗號\""));
    run(d24);
    Row q = table("quarantine").where("run_date = DATE'2026-11-24' AND feed = 'contacts'").head();
    assertEquals("duplicate_conflict", q.getAs("reason"));
    assertEquals("duplicate_conflict: contact_id=K1 differs from the version loaded on 2026-11-22",
        q.getAs("reason_detail"));
    assertEquals(30.0, (double) table("silver_contacts").where("contact_id = 'K1'").head().getAs("wait_seconds"));
    Row s = summary("contacts", d24);
    assertEquals(List.of(3L, 1L, 1L, 1L), List.of((long) s.getAs("rows_read"), (long) s.getAs("rows_written"),
        (long) s.getAs("exact_duplicates"), (long) s.getAs("quarantined")));
    assertEquals("多行\n文字, 逗號", table("silver_turns").where("contact_id = 'K14'").head().getAs("text"));
  }

  @Test
  @Order(7)
  void reRunningANightLeavesEveryTableAsItWas() {
    Map<String, Long> versions = new HashMap<>();
    for (String t : SchemaCatalog.tableNames()) {
      versions.put(t, DeltaTable.forPath(spark, lake.path(t)).history(1).head().getLong(0));
    }
    run(D22);
    for (String t : SchemaCatalog.tableNames()) {
      Dataset<Row> before = spark.read().format("delta").option("versionAsOf", versions.get(t)).load(lake.path(t));
      Dataset<Row> after = table(t);
      String[] operational = {"duration_ms", "finished_at"};
      TableAssertions.assertSameRows(before.drop(operational), after.drop(operational), t);
    }
  }

  @Test
  @Order(8)
  void aMissingRequiredFeedOrAnUnreadableFileFailsWithAClearMessage() {
    LocalDate d25 = D22.plusDays(3);
    landing.write("turns", "2026-11-25", "t.jsonl", List.of(
        turn("K15", 1, "customer", "2026-11-25T08:00:31+08:00", "hello")));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(d25));
    assertTrue(e.getMessage().startsWith("no landing files for required feed 'contacts' under "), e.getMessage());
    assertEquals(0L, table("bronze_turns").where("_run_date = DATE'2026-11-25'").count(),
        "a missing required feed is found before any other feed loads");
    landing.write("contacts", "2026-11-25", "contacts.xlsx", List.of("binary"));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> run(d25));
    assertTrue(bad.getMessage().contains("expected .csv, .jsonl or .ndjson, optionally .gz"), bad.getMessage());
  }
}
