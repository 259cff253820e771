package io.cxlake.need;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.Tables;
import io.cxlake.testing.PlantedHistory;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The needs job on thirty generated days with planted need sequences, as of six days before their end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LatentNeedJobTest {

  /** The generator's planted rules (generate/NeedRule): trigger, follow-up. */
  static final List<String[]> PLANTED = List.of(new String[] {"roaming_activation", "roaming_bill_shock"},
      new String[] {"plan_upgrade", "device_setup"}, new String[] {"network_outage", "compensation_request"},
      new String[] {"billing_dispute", "billing_dispute"});

  /** Planted follow-up probabilities are 0.35-0.5 against base rates of a few percent; the repeat rule is planted
   * only after unresolved disputes, which dilutes its lift over all disputes: at least needs.min-lift. */
  static final double LIFT_FLOOR = 1.5;

  private final SparkSession spark = SharedSpark.get();
  private PlantedHistory history;
  private Lakehouse lake;
  private Date asOf;

  @BeforeAll
  void runTheNight() {
    history = PlantedHistory.get();
    lake = new Lakehouse(spark, history.full);
    asOf = Date.valueOf(PlantedHistory.AS_OF);
    history.runOnFull(new LatentNeedJob());
  }

  private Dataset<Row> patterns() {
    return lake.read(Tables.LATENT_NEED_PATTERN).where(col("run_date").equalTo(asOf));
  }

  @Test
  void plantedSequencesAreFoundWithTheirLiftOverallAndInRegions() {
    Dataset<Row> all = patterns().where(col("region").equalTo("*").and(col("pattern_kind").equalTo("sequence")));
    List<String> found = new java.util.ArrayList<>();
    for (String[] p : PLANTED) {
      List<Row> rows = all.where(col("antecedent_query_type_id").equalTo(p[0])
          .and(col("consequent_query_type_id").equalTo(p[1]))).collectAsList();
      assertEquals(1, rows.size(), p[0] + ">" + p[1] + " is measured");
      Row r = rows.get(0);
      double lift = r.getDouble(r.fieldIndex("lift"));
      System.out.printf("planted %s>%s: confidence %.3f lift %.2f followed %d%n", p[0], p[1],
          r.getDouble(r.fieldIndex("confidence")), lift, r.getLong(r.fieldIndex("followed")));
      boolean regional = !r.getList(r.fieldIndex("significant_regions")).isEmpty();
      found.add(r.getBoolean(r.fieldIndex("significant")) && lift >= LIFT_FLOOR && regional ? ""
          : p[0] + ">" + p[1] + " lift " + lift + " regions " + r.getList(r.fieldIndex("significant_regions")));
    }
    assertEquals(List.of(), found.stream().filter(f -> !f.isEmpty()).toList(), "planted patterns significant");
  }

  @Test
  void fewUnplantedPairsPassAsSignificant() {
    Dataset<Row> sig = patterns().where(col("region").equalTo("*").and(col("pattern_kind").equalTo("sequence"))
        .and(col("significant")));
    long planted = 0;
    for (String[] p : PLANTED) {
      planted += sig.where(col("antecedent_query_type_id").equalTo(p[0])
          .and(col("consequent_query_type_id").equalTo(p[1]))).count();
    }
    long others = sig.count() - planted;
    System.out.println("significant unplanted pairs: " + others);
    sig.show(30, false);
    assertTrue(others <= 3, others + " unplanted pairs significant");
  }

  @Test
  void theNeedNoServiceCoversIsFound() {
    List<Row> uncovered = patterns().where(col("pattern_kind").equalTo("uncovered").and(col("region").equalTo("*")))
        .select("antecedent_query_type_id").collectAsList();
    assertEquals(List.of("compensation_request"), uncovered.stream().map(r -> r.getString(0)).toList());
  }

  @Test
  void customersWithAPlantedTriggerAreToldTheirNextNeedBeforeTheyAsk() {
    // planted follow-ups arriving after the as-of date whose first contact lies in the follow-up window before it
    Dataset<Row> followups = spark.read().option("header", "true")
        .csv(history.gen.resolve("ground_truth/need_followups.csv").toString());
    Dataset<Row> contacts = lake.read("silver_contacts").select("contact_id", "contact_date");
    Dataset<Row> truth = followups
        .join(contacts.withColumnRenamed("contact_id", "first_contact_id").withColumnRenamed("contact_date", "d1"),
            "first_contact_id")
        .join(contacts.withColumnRenamed("contact_id", "followup_contact_id").withColumnRenamed("contact_date", "d2"),
            "followup_contact_id")
        .where(col("d1").leq(asOf).and(col("d2").gt(asOf)).and(col("rule").notEqual(
            "unresolved_billing_dispute_to_repeat_billing_dispute")));
    Dataset<Row> predicted = lake.read(Tables.CUSTOMER_LATENT_NEED)
        .where(col("as_of_date").equalTo(asOf).and(col("need_kind").equalTo("sequence")))
        .select(col("customer_key").as("customer_id"), col("predicted_need"));
    long planted = truth.count();
    long found = truth.join(predicted, "customer_id").select("followup_contact_id").distinct().count();
    System.out.printf("planted follow-ups after the as-of date: %d, customer told beforehand: %d%n", planted, found);
    assertTrue(planted >= 20, "enough planted follow-ups to measure: " + planted);
    assertTrue(found >= 0.85 * planted, found + " of " + planted);
  }

  @Test
  void everyPredictionHasEvidenceAndAReason() {
    Dataset<Row> needs = lake.read(Tables.CUSTOMER_LATENT_NEED).where(col("as_of_date").equalTo(asOf));
    assertTrue(needs.where(col("need_kind").equalTo("unmet_repeat")).count() > 0, "unmet repeats found");
    assertTrue(needs.where(col("need_kind").equalTo("uncovered")).count() > 0, "uncovered needs found");
    assertEquals(0, needs.where(org.apache.spark.sql.functions.size(col("evidence_contact_ids")).equalTo(0)
        .or(col("score").lt(0)).or(col("score").gt(1)).or(col("reason").equalTo(""))).count());
  }

  @Test
  void reRunningTheNightChangesNothing() {
    Dataset<Row> before = lake.read(Tables.CUSTOMER_LATENT_NEED).where(col("as_of_date").equalTo(asOf))
        .localCheckpoint();
    Dataset<Row> patternsBefore = patterns().localCheckpoint();
    new LatentNeedJob().run(spark, new JobContext(history.full, PlantedHistory.AS_OF));
    TableAssertions.assertSameRows(before, lake.read(Tables.CUSTOMER_LATENT_NEED)
        .where(col("as_of_date").equalTo(asOf)), "customer needs");
    TableAssertions.assertSameRows(patternsBefore, patterns(), "patterns");
  }
}
