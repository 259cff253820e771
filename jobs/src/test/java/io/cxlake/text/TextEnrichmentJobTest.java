package io.cxlake.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.Tables;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The text job on hand-written silver turns: what it selects, what it writes, and what a re-run changes. */
class TextEnrichmentJobTest {

  private final SparkSession spark = SharedSpark.get();

  private static Row turn(String contact, int no, String speaker, String text, String day) {
    return RowFactory.create(contact, no, speaker, Timestamp.valueOf(day + " 10:00:0" + no), text, null,
        Date.valueOf(day), contact + "#" + no + "#" + text.hashCode(), "hand.jsonl", (long) no, "load-1",
        Date.valueOf(day));
  }

  private void land(Lakehouse lake, Row... rows) {
    lake.append("silver_turns", spark.createDataFrame(List.of(rows),
        SchemaCatalog.get().table("silver_turns").structType()));
  }

  @Test
  void enrichesNewContactsOnceAndAgainOnlyWhenTheirTurnsChange() {
    Path root = SharedSpark.tempDir("text-job");
    CxConfig config = SharedSpark.config(root.resolve("landing"), root.resolve("lake"), Map.of());
    Lakehouse lake = new Lakehouse(spark, config);
    land(lake, turn("A", 1, "customer", "你們是騙子嗎？我要投訴！", "2026-11-16"),
        turn("A", 2, "agent", "非常抱歉，我馬上幫您查詢。", "2026-11-16"),
        turn("B", 1, "customer", "I want to cancel my contract. My number is [PHONE].", "2026-11-17"),
        turn("C", 1, "agent", "We tried to call you back.", "2026-11-17"),
        turn("OLD", 1, "customer", "hello", "2026-10-01"));
    LocalDate day = LocalDate.parse("2026-11-17");
    new TextEnrichmentJob().run(spark, new JobContext(config, day));

    Dataset<Row> text = lake.read(Tables.CONTACT_TEXT);
    assertEquals(SchemaCatalog.get().table(Tables.CONTACT_TEXT).structType().simpleString(), text.schema().simpleString());
    Map<String, Row> byId = new java.util.HashMap<>();
    text.collectAsList().forEach(r -> byId.put(r.getAs("contact_id"), r));
    assertEquals(java.util.Set.of("A", "B", "C"), byId.keySet(), "contacts of the 7-day window only");
    Row a = byId.get("A");
    assertEquals("zh-Hant", a.getAs("language"));
    assertEquals("distrustful", a.getAs("mood"));
    assertEquals("complain", a.getAs("goal"));
    assertEquals(1, (int) a.getAs("customer_turns"), "the agent's words are not the customer's");
    assertEquals(Date.valueOf("2026-11-16"), a.getAs("contact_date"));
    Row b = byId.get("B");
    assertEquals("cancel", b.getAs("goal"));
    assertTrue(b.<scala.collection.Seq<String>>getAs("tokens").toString().matches("(?i)^((?!phone).)*$"), "masked stays masked");
    Row c = byId.get("C");
    assertEquals(0, (int) c.getAs("customer_turns"));
    assertEquals(null, (String) c.getAs("mood"));

    Dataset<Row> before = lake.read(Tables.CONTACT_TEXT).cache();
    before.count();
    new TextEnrichmentJob().run(spark, new JobContext(config, day));
    TableAssertions.assertSameRows(before, lake.read(Tables.CONTACT_TEXT), "a re-run of the night changes nothing");
    Row summary = lake.read("run_summary").where("job = 'text' AND run_date = DATE'2026-11-17'").select("rows_read").head();
    assertEquals(0L, summary.getLong(0), "the re-run found nothing to do");

    land(lake, turn("A", 3, "customer", "好的，謝謝你，問題解決了。", "2026-11-18"));
    new TextEnrichmentJob().run(spark, new JobContext(config, day.plusDays(1)));
    Row a2 = lake.read(Tables.CONTACT_TEXT).where("contact_id = 'A'").head();
    assertEquals(2, (int) a2.getAs("customer_turns"), "a contact whose turns changed is enriched again");
    assertEquals("distrustful", a2.getAs("first_turn_mood"));
    assertEquals("calm", a2.getAs("last_turn_mood"));
    assertEquals(Date.valueOf("2026-11-18"), a2.getAs("_run_date"));
    assertEquals(3L, lake.read(Tables.CONTACT_TEXT).count(), "merged, not appended");
    assertEquals(Date.valueOf("2026-11-17"),
        lake.read(Tables.CONTACT_TEXT).where("contact_id = 'B'").head().getAs("_run_date"), "B untouched");
  }

  @Test
  void theSelfTrainingFitRunsInOnePartitionPerFiftyThousandTextsUpToFour() {
    assertEquals(1, TextEnrichmentJob.fitPartitions(0));
    assertEquals(1, TextEnrichmentJob.fitPartitions(400));
    assertEquals(1, TextEnrichmentJob.fitPartitions(50_000));
    assertEquals(2, TextEnrichmentJob.fitPartitions(50_001));
    assertEquals(4, TextEnrichmentJob.fitPartitions(10_000_000));
  }

  @Test
  void aConfiguredMoodModelAddsItsProbability() {
    Path root = SharedSpark.tempDir("text-model");
    List<Row> labelled = new java.util.ArrayList<>();
    String[] bad = {"送餐太慢了，饭都凉了", "等了两个小时还没到", "米饭是凉的", "太难吃了", "态度很差"};
    String[] good = {"很好吃，送餐很快", "味道不错，谢谢", "非常满意", "好吃，下次再点", "准时送到，赞"};
    for (int i = 0; i < 4; i++) {
      for (String t : bad) {
        labelled.add(RowFactory.create(t, 1.0));
      }
      for (String t : good) {
        labelled.add(RowFactory.create(t, 0.0));
      }
    }
    Dataset<Row> analysed = MoodTraining.analyse(spark.createDataFrame(labelled,
        new org.apache.spark.sql.types.StructType().add("text", "string").add(MoodModel.LABEL, "double")),
        TextSettings.defaults());
    String modelDir = root.resolve("mood-model").toString();
    MoodModel.save(MoodModel.train(analysed), modelDir);

    CxConfig config = SharedSpark.config(root.resolve("landing"), root.resolve("lake"),
        Map.of("text.mood-model", modelDir));
    Lakehouse lake = new Lakehouse(spark, config);
    land(lake, turn("M1", 1, "customer", "饭都凉了，等了两个小时", "2026-11-17"),
        turn("M2", 1, "customer", "很好吃，谢谢", "2026-11-17"),
        turn("M3", 1, "agent", "您好", "2026-11-17"));
    new TextEnrichmentJob().run(spark, new JobContext(config, LocalDate.parse("2026-11-17")));
    Map<String, Row> byId = new java.util.HashMap<>();
    lake.read(Tables.CONTACT_TEXT).collectAsList().forEach(r -> byId.put(r.getAs("contact_id"), r));
    assertTrue((double) byId.get("M1").getAs(MoodModel.PROBABILITY) > 0.5);
    assertEquals("angry", byId.get("M1").getAs("mood"));
    assertTrue((double) byId.get("M2").getAs(MoodModel.PROBABILITY) < 0.5);
    assertEquals("calm", byId.get("M2").getAs("mood"));
    assertEquals(null, (Double) byId.get("M3").getAs(MoodModel.PROBABILITY), "no customer words, no verdict");
  }
}
