package io.cxlake.churn;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.Tables;
import io.cxlake.testing.PlantedHistory;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The churn job on thirty generated days with planted churners, as of six days before their end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChurnJobTest {

  static final double AUC_FLOOR = 0.80;
  static final double TOP_DECILE_LIFT_FLOOR = 3.0;

  private final SparkSession spark = SharedSpark.get();
  private PlantedHistory history;
  private Lakehouse lake;
  private Date asOf;

  @BeforeAll
  void runTheNight() {
    history = PlantedHistory.get();
    lake = new Lakehouse(spark, history.full);
    asOf = Date.valueOf(PlantedHistory.AS_OF);
    history.runOnFull(new ChurnJob());
  }

  private Row used() {
    List<Row> rows = lake.read(Tables.CHURN_MODEL_QUALITY).where(col("run_date").equalTo(asOf).and(col("used")))
        .collectAsList();
    assertEquals(1, rows.size(), "one score used per night");
    return rows.get(0);
  }

  @Test
  void theModelIsTrainedOnPastCancellationsAndBeatsTheFloorOnHeldOutDays() {
    lake.read(Tables.CHURN_MODEL_QUALITY).where(col("run_date").equalTo(asOf)).show(false);
    Row q = used();
    assertEquals("logistic_regression", q.getString(q.fieldIndex("method")), q.getString(q.fieldIndex("note")));
    double auc = q.getDouble(q.fieldIndex("auc"));
    double lift = q.getDouble(q.fieldIndex("top_decile_lift"));
    System.out.printf("held-out AUC %.3f, top-decile precision %.3f (lift %.1f)%n", auc,
        q.getDouble(q.fieldIndex("top_decile_precision")), lift);
    assertTrue(auc >= AUC_FLOOR, "AUC " + auc);
    assertTrue(lift >= TOP_DECILE_LIFT_FLOOR, "top-decile lift " + lift);
    assertEquals(Date.valueOf(PlantedHistory.AS_OF.minusDays(4)), q.getDate(q.fieldIndex("test_as_of")));
  }

  /**
   * The quality table is honest: the AUC it reports on its held-out day is within 0.05 of the AUC the night's scores
   * turn out to have on the planted churners to come, its interval covers that, and it is measured against the
   * contact count alone, which the model beats.
   */
  @Test
  void theReportedAucIsTheOneTheScoresHaveAndBeatsTheContactCount() {
    Row q = used();
    double reported = q.getDouble(q.fieldIndex("auc"));
    double actual = actualAuc();
    double low = q.getDouble(q.fieldIndex("auc_ci_low"));
    double high = q.getDouble(q.fieldIndex("auc_ci_high"));
    Row baseline = lake.read(Tables.CHURN_MODEL_QUALITY).where(col("run_date").equalTo(asOf)
        .and(col("method").equalTo("baseline_contact_count"))).first();
    double count = baseline.getDouble(baseline.fieldIndex("auc"));
    System.out.printf("reported AUC %.3f [%.3f, %.3f], base rate %.3f; actual %.3f; contact count alone %.3f%n",
        reported, low, high, q.getDouble(q.fieldIndex("base_rate")), actual, count);
    assertTrue(Math.abs(reported - actual) <= 0.05, reported + " against " + actual);
    assertTrue(low <= actual && actual <= high, actual + " outside [" + low + ", " + high + "]");
    assertTrue(reported >= count, reported + " against the contact count's " + count);
    assertFalse(baseline.getBoolean(baseline.fieldIndex("used")));
  }

  /** The AUC of the as-of scores on the planted churners who cancel within the horizon after it. */
  private double actualAuc() {
    Dataset<Row> scored = scoredWithTruth();
    return new BinaryClassificationEvaluator().setRawPredictionCol("risk").setLabelCol("churned").evaluate(scored);
  }

  private Dataset<Row> scoredWithTruth() {
    Dataset<Row> churners = spark.read().option("header", "true")
        .csv(history.gen.resolve("ground_truth/churners.csv").toString())
        .withColumn("d", to_date(col("cancellation_time").substr(1, 10)))
        .where(col("d").gt(asOf).and(col("d").leq(Date.valueOf(PlantedHistory.AS_OF.plusDays(4)))))
        .select(col("customer_id").as("customer_key"), lit(1D).as("churned"));
    return lake.read(Tables.CHURN_SIGNAL).where(col("as_of_date").equalTo(asOf))
        .join(churners, new String[] {"customer_key"}, "left").na().fill(0D, new String[] {"churned"});
  }

  @Test
  void theRisksRankThePlantedChurnersOfTheComingDays() {
    // churners who cancel within the horizon after the as-of date, from the generator's ground truth
    Dataset<Row> churners = spark.read().option("header", "true")
        .csv(history.gen.resolve("ground_truth/churners.csv").toString())
        .withColumn("d", to_date(col("cancellation_time").substr(1, 10)))
        .where(col("d").gt(asOf).and(col("d").leq(Date.valueOf(PlantedHistory.AS_OF.plusDays(4)))))
        .select(col("customer_id").as("customer_key"), lit(1D).as("churned"));
    Dataset<Row> scored = lake.read(Tables.CHURN_SIGNAL).where(col("as_of_date").equalTo(asOf))
        .join(churners, new String[] {"customer_key"}, "left").na().fill(0D, new String[] {"churned"});
    long positives = scored.where(col("churned").equalTo(1D)).count();
    double auc = new BinaryClassificationEvaluator().setRawPredictionCol("risk").setLabelCol("churned")
        .evaluate(scored);
    System.out.printf("as-of scores: %d customers, %d churners to come, AUC %.3f%n", scored.count(), positives, auc);
    assertTrue(positives >= 10, "enough churners to measure: " + positives);
    assertTrue(auc >= AUC_FLOOR, "AUC " + auc);
  }

  @Test
  void highRiskCustomersHaveReasonsInWords() {
    Dataset<Row> high = lake.read(Tables.CHURN_SIGNAL).where(col("as_of_date").equalTo(asOf)
        .and(col("band").equalTo("high")));
    assertTrue(high.count() > 0, "some customers are high risk");
    assertEquals(0, high.where(org.apache.spark.sql.functions.size(col("reasons")).equalTo(0)).count());
    high.select("risk", "reasons").orderBy(col("risk").desc()).show(5, false);
    String reason = high.orderBy(col("risk").desc()).first().getList(high.schema().fieldIndex("reasons")).get(0)
        .toString();
    assertFalse(reason.contains("_"), "a reason is words, not a column name: " + reason);
  }

  @Test
  void withoutEnoughCancellationsTheRuleScoreIsUsedAndSaysSo() {
    Map<String, String> o = new HashMap<>(PlantedHistory.settings());
    o.put("churn.min-positives", "100000");
    CxConfig c = SharedSpark.config(history.gen.resolve("landing"),
        java.nio.file.Path.of(history.full.get(io.cxlake.config.ConfigKey.LAKE_ROOT)), o);
    LocalDate day = PlantedHistory.AS_OF.minusDays(1);
    new ChurnJob().run(spark, new JobContext(c, day));
    Row q = lake.read(Tables.CHURN_MODEL_QUALITY).where(col("run_date").equalTo(Date.valueOf(day)).and(col("used")))
        .first();
    assertEquals("rules", q.getString(q.fieldIndex("method")));
    assertTrue(q.getString(q.fieldIndex("note")).contains("churn.min-positives"), q.getString(q.fieldIndex("note")));
    assertEquals(0, lake.read(Tables.CHURN_SIGNAL).where(col("as_of_date").equalTo(Date.valueOf(day))
        .and(col("method").notEqual("rules").or(col("model_version").notEqual("rules-v1")))).count());
  }

  @Test
  void reRunningTheNightChangesNothing() {
    Dataset<Row> before = lake.read(Tables.CHURN_SIGNAL).where(col("as_of_date").equalTo(asOf)).localCheckpoint();
    new ChurnJob().run(spark, new JobContext(history.full, PlantedHistory.AS_OF));
    TableAssertions.assertSameRows(before, lake.read(Tables.CHURN_SIGNAL).where(col("as_of_date").equalTo(asOf)),
        "churn signals");
  }

}
