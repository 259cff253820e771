package io.cxlake.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxlake.config.CxConfig;
import io.cxlake.generate.GeneratorOptions;
import io.cxlake.generate.SyntheticGenerator;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.testing.SharedSpark;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Generated nights through the real ingest: the generator's planted truth must be recoverable from silver.
 * Generated data is valid by construction, so any quarantined row is a bug on one side or the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedNightsTest {

  private final SparkSession spark = SharedSpark.get();
  private Path gen;
  private Lakehouse lake;

  @BeforeAll
  void generateAndIngest() throws Exception {
    Path root = SharedSpark.tempDir("generated");
    gen = root.resolve("gen");
    SyntheticGenerator.generate(GeneratorOptions.parse(new String[] {"--contacts", "600", "--days", "2",
        "--start-date", "2026-11-16", "--seed", "5", "--out", gen.toString()}));
    CxConfig config = SharedSpark.config(gen.resolve("landing"), root.resolve("lake"), Map.of());
    lake = new Lakehouse(spark, config);
    for (LocalDate d = LocalDate.parse("2026-11-16"); !d.isAfter(LocalDate.parse("2026-11-18")); d = d.plusDays(1)) {
      new IngestJob().run(spark, new JobContext(config, d)); // the 18th holds only late rows
    }
  }

  private Dataset<Row> truth(String file) {
    Dataset<Row> t = spark.read().option("header", "true").csv(gen.resolve("ground_truth").resolve(file).toString());
    return file.equals("contact_scenarios.csv") ? t.withColumnRenamed("mood", "truth_mood")
        .withColumnRenamed("goal", "truth_goal") : t;
  }

  @Test
  void everyGeneratedRowIsLoadedAndNoneIsQuarantined() {
    assertEquals(0L, lake.read("quarantine").count(), () -> lake.read("quarantine").limit(5).collectAsList().toString());
    Dataset<Row> planted = truth("contact_scenarios.csv").select("contact_id");
    Dataset<Row> loaded = lake.read("silver_contacts").select("contact_id");
    assertEquals(planted.count(), loaded.count());
    assertEquals(0L, planted.exceptAll(loaded).count());
    Row sums = lake.read("run_summary").where("job = 'ingest'")
        .selectExpr("sum(rows_read)", "sum(rows_written)", "sum(exact_duplicates)").head();
    assertEquals(sums.getLong(0), sums.getLong(1));
  }

  @Test
  void abandonmentPerRegionMatchesThePlantedTruth() throws Exception {
    JsonNode regions = new ObjectMapper().readTree(gen.resolve("ground_truth.json").toFile()).get("regions");
    Map<String, Row> measured = new java.util.HashMap<>();
    lake.read("silver_contacts").where(col("channel").isin("voice", "chat")).groupBy("region")
        .agg(expr("count(*) AS n"), expr("count(abandoned_time) AS abandoned")).collectAsList()
        .forEach(r -> measured.put(r.getString(0), r));
    for (Iterator<String> it = regions.fieldNames(); it.hasNext(); ) {
      String region = it.next();
      JsonNode r = regions.get(region);
      assertEquals(r.get("voice_chat_contacts").asLong(), measured.get(region).getLong(1), region + " contacts");
      assertEquals(r.get("voice_chat_abandoned").asLong(), measured.get(region).getLong(2), region + " abandoned");
    }
  }

  @Test
  void plantedPersonalDataNeverReachesSilver() {
    Dataset<Row> pii = truth("planted_pii.csv").withColumn("turn_no", col("turn_no").cast("int"));
    Dataset<Row> turns = lake.read("silver_turns");
    Dataset<Row> joined = pii.join(turns, new String[] {"contact_id", "turn_no"});
    assertEquals(pii.count(), joined.count(), "every planted turn is in silver");
    assertEquals(0L, joined.where(expr("instr(text, value) > 0")).count(), "no planted value survives");
    assertEquals(joined.count(), joined.where(col("text").rlike("\\[(PHONE|EMAIL|ID|CARD)\\]")).count());
    assertTrue(joined.where(expr("pii_type = 'card_number' AND instr(text, '[CARD]') = 0")).isEmpty());
    assertTrue(joined.where(expr("pii_type = 'email' AND instr(text, '[EMAIL]') = 0")).isEmpty());
    assertEquals(0L, lake.read("silver_contacts").where(col("customer_key").startsWith("C0")).count());
  }

  @Test
  void lateContactsLandInTheirArrivalDatePartition() {
    Dataset<Row> late = truth("late_contacts.csv");
    assertTrue(late.count() > 0, "the generator plants late rows");
    Dataset<Row> placed = late.join(lake.read("silver_contacts"), "contact_id")
        .where(expr("CAST(contact_date AS STRING) = arrival_date AND CAST(_run_date AS STRING) = landed_dt"));
    assertEquals(late.count(), placed.count());
  }

  @Test
  void theToleranceJobAccountsForEveryPlantedAbandon() throws Exception {
    CxConfig config = SharedSpark.config(gen.resolve("landing"), Path.of(lake.path("x")).getParent(), Map.of());
    new io.cxlake.tolerance.WaitToleranceJob().run(spark, new JobContext(config, LocalDate.parse("2026-11-17")));
    JsonNode regions = new ObjectMapper().readTree(gen.resolve("ground_truth.json").toFile()).get("regions");
    Dataset<Row> profiles = lake.read("gold_region_wait_tolerance").where("level = 'region'");
    long contacts = 0;
    for (Row r : profiles.collectAsList()) {
      JsonNode planted = regions.get(r.<String>getAs("region"));
      long abandoned = planted.get("voice_chat_abandoned").asLong() + planted.get("walk_in_abandoned").asLong();
      assertEquals(abandoned, (long) r.getAs("abandons") + (long) r.getAs("short_abandons_excluded"),
          r.getAs("region") + ": every queued abandon is an event or a set-aside mis-dial");
      assertTrue((long) r.getAs("short_abandons_excluded") >= planted.get("voice_misdials").asLong());
      contacts += (long) r.<Long>getAs("contacts");
    }
    assertEquals(lake.read("silver_contacts").count(), contacts, "every contact of the window is counted once");
    assertTrue(lake.read("gold_region_staffing_plan").count() > 0);
  }

  @Test
  void theTextJobRecoversPlantedLanguagesMoodsAndGoals() {
    CxConfig config = SharedSpark.config(gen.resolve("landing"), Path.of(lake.path("x")).getParent(), Map.of());
    new io.cxlake.text.TextEnrichmentJob().run(spark, new JobContext(config, LocalDate.parse("2026-11-17")));
    Dataset<Row> text = lake.read("silver_contact_text");
    Dataset<Row> withTurns = lake.read("silver_turns").where("turn_date <= DATE'2026-11-17'")
        .groupBy("contact_id").agg(expr("min(turn_date) AS first"));
    assertEquals(withTurns.count(), text.count(), "every contact with turns in the window, once");
    Dataset<Row> joined = truth("contact_scenarios.csv").join(text, "contact_id")
        .join(lake.read("silver_contacts").select(col("contact_id"), col("language").as("planted_language")), "contact_id")
        .where("customer_turns > 0");
    long n = joined.count();
    Row hits = joined.selectExpr("avg(CAST(language = planted_language AS INT))",
        "avg(CAST(mood = truth_mood AS INT))", "avg(CAST(goal = truth_goal AS INT))").head();
    System.out.printf("generated text: %d contacts, language %.3f, mood %.3f, goal %.3f%n", n, hits.getDouble(0),
        hits.getDouble(1), hits.getDouble(2));
    assertTrue(n > 500, "contacts compared: " + n);
    assertTrue(hits.getDouble(0) >= 0.97, "language accuracy " + hits.getDouble(0));
    assertTrue(hits.getDouble(1) >= 0.75, "mood accuracy " + hits.getDouble(1));
    assertTrue(hits.getDouble(2) >= 0.80, "goal accuracy " + hits.getDouble(2));
    Dataset<Row> pii = truth("planted_pii.csv").join(text, "contact_id")
        .where("exists(tokens, t -> instr(value, t) > 0 AND length(t) >= 4 AND t RLIKE '[0-9@]')");
    assertEquals(0L, pii.count(), "no planted personal data comes back as a token");
  }
}
