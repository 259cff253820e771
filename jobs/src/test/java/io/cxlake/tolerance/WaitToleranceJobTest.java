package io.cxlake.tolerance;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.PlantedPatienceContacts;
import io.cxlake.testing.PlantedPatienceContacts.Region;
import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.Tables;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The job on silver contacts with planted patience: exponential in one region, Weibull (callers grow impatient)
 * in another, a region too small to estimate, e-mails that never queue and mis-dials. One run, then a re-run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitToleranceJobTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-22");
  /**
   * Exponential patience has much mass in the first seconds, which the mis-dial rule (abandons under 5 s set
   * aside) removes: the estimate is then that of patience beyond 5 s, for an exponential 5 s longer. With a
   * 240 s median that is 2 %; this region plants no mis-dials, the Weibull one does.
   */
  private static final Region EXPONENTIAL = new Region("Expo", 240, 1.0, 200, 6000, 0.05, 0.0);
  private static final Region WEIBULL = new Region("Weib", 90, 2.0, 90, 6000, 0.05, 0.03);
  private static final Region TINY = new Region("Tiny", 60, 1.0, 60, 40, 0.0, 0.0);

  private final SparkSession spark = SharedSpark.get();
  private Lakehouse lake;
  private CxConfig config;
  private final Map<String, Row> regions = new HashMap<>();
  private long contactsInWindow;

  @BeforeAll
  void plantAndRun() {
    Path root = SharedSpark.tempDir("tolerance");
    config = SharedSpark.config(root.resolve("landing"), root.resolve("lake"),
        Map.of("tolerance.group-by", "region,channel", "tolerance.window-days", "28"));
    lake = new Lakehouse(spark, config);
    Dataset<Row> planted = PlantedPatienceContacts.contacts(spark, List.of(EXPONENTIAL, WEIBULL, TINY), DAY, 28, 42);
    Dataset<Row> old = PlantedPatienceContacts.contacts(spark, List.of(new Region("Expo", 5, 1.0, 60, 500, 0, 0)),
        DAY.minusDays(40), 3, 7).withColumn("contact_id", org.apache.spark.sql.functions.concat(
        col("contact_id"), org.apache.spark.sql.functions.lit("-old")));
    lake.append("silver_contacts", planted.unionByName(old));
    contactsInWindow = planted.count();
    new WaitToleranceJob().run(spark, new JobContext(config, DAY));
    profiles().where(col("level").equalTo("region")).collectAsList().forEach(r -> regions.put(r.getAs("region"), r));
  }

  private Dataset<Row> profiles() {
    return lake.read(Tables.REGION_WAIT_TOLERANCE).where(col("run_date").equalTo(java.sql.Date.valueOf(DAY)));
  }

  @Test
  void plantedMediansAreRecoveredWithinFivePercent() {
    for (Region planted : List.of(EXPONENTIAL, WEIBULL)) {
      Row r = regions.get(planted.name());
      double median = r.getAs("median_patience_seconds");
      assertEquals(planted.medianPatienceSeconds(), median, 0.05 * planted.medianPatienceSeconds(), planted.name());
      assertTrue((double) r.getAs("median_patience_seconds_ci_low") <= median);
      assertTrue((double) r.getAs("median_patience_seconds_ci_high") >= median);
      assertEquals("ok", r.getAs("status"));
    }
  }

  @Test
  void theNaiveMeanOfAbandonersIsBiasedAndTheEstimatorIsNot() {
    Row r = regions.get(EXPONENTIAL.name());
    double naive = r.getAs("naive_mean_abandoner_wait_seconds");
    double plantedMean = EXPONENTIAL.medianPatienceSeconds() / Math.log(2);
    assertTrue(naive < 0.6 * plantedMean, "abandoners are the impatient ones: naive mean " + naive);
    assertTrue(naive < 0.8 * EXPONENTIAL.medianPatienceSeconds(), "even below the median: " + naive);
    double rate = r.getAs("patience_rate_per_second"); // exponential plant: the censored MLE of 1 / mean
    assertEquals(plantedMean, 1 / rate, 0.05 * plantedMean);
    double median = r.getAs("median_patience_seconds");
    assertTrue(Math.abs(median - 240) < Math.abs(naive - 240) / 4, "Kaplan-Meier beats the naive estimate");
  }

  @Test
  void everyContactOfTheWindowIsAccountedForOnce() {
    long sum = 0;
    for (Row r : regions.values()) {
      long contacts = r.getAs("contacts");
      assertEquals(contacts, (long) r.getAs("never_queued") + (long) r.getAs("short_abandons_excluded")
          + (long) r.getAs("observations"), r.getAs("region").toString());
      assertEquals((long) r.getAs("observations"), (long) r.getAs("abandons") + (long) r.getAs("served"));
      sum += contacts;
    }
    assertEquals(contactsInWindow, sum, "contacts outside the 28-day window are left out, none inside");
    assertTrue((long) regions.get("Expo").getAs("never_queued") > 200, "e-mails never queue");
    assertTrue((long) regions.get("Weib").getAs("short_abandons_excluded") > 100, "mis-dials are set aside");
  }

  @Test
  void smallGroupsAreReportedNotDropped() {
    Row tiny = regions.get("Tiny");
    assertEquals("insufficient_sample", tiny.getAs("status"));
    assertEquals(40L, (long) tiny.getAs("contacts"));
    assertNull(tiny.getAs("median_patience_seconds"));
    assertNull(tiny.getAs("patience_rate_per_second"));
    Row emails = profiles().where("level = 'group' AND region = 'Expo' AND channel = 'email'").head();
    assertEquals(0L, (long) emails.getAs("observations"));
    assertEquals("insufficient_sample", emails.getAs("status"));
  }

  @Test
  void regionsWithDifferentPatienceDifferInTheLogRankTest() {
    double p = regions.get("Expo").getAs("logrank_p_value");
    assertTrue(p < 1e-6, "exponential region against the rest: p = " + p);
    assertNull(profiles().where("level = 'group'").head().getAs("logrank_p_value"), "the test is per region");
  }

  @Test
  void targetsAndServiceLevelFollowTheCurve() {
    Row r = regions.get(WEIBULL.name());
    double target = r.getAs("on_time_target_seconds");
    double truth = WEIBULL.scale() * Math.pow(-Math.log(0.95), 1 / WEIBULL.shape()); // the planted 5 % quantile
    assertEquals(truth, target, 0.1 * truth, "the wait by which 5 % would have abandoned");
    assertTrue(target < (double) r.getAs("patience_q10_seconds"));
    assertEquals("answer 80 % within " + Math.round(target) + " s", r.getAs("recommended_service_level"));
    assertEquals(5.0, r.getAs("target_abandon_percent"));
  }

  @Test
  void curvesAreMonotoneAndCarryBothKinds() {
    Dataset<Row> curve = lake.read(Tables.REGION_PATIENCE_CURVE).where("level = 'region' AND region = 'Expo'");
    List<Row> km = curve.where("kind = 'kaplan_meier'").orderBy("wait_from").collectAsList();
    double last = 1.0;
    for (Row r : km) {
      double s = r.getAs("survival");
      assertTrue(s <= last + 1e-12, "survival never rises");
      assertTrue((double) r.getAs("survival_ci_low") <= s && s <= (double) r.getAs("survival_ci_high"));
      last = s;
    }
    List<Row> life = curve.where("kind = 'life_table'").orderBy("wait_from").collectAsList();
    assertEquals(0.0, life.get(0).getAs("wait_from"));
    assertEquals(10.0, life.get(0).getAs("wait_to"));
    double flat = Math.log(2) / 240; // exponential plant: the same hazard at every wait
    for (Row bin : life.subList(1, 12)) {
      assertEquals(flat, (double) bin.getAs("hazard_rate_per_second"), 0.5 * flat, bin.toString());
    }
  }

  @Test
  void staffingUsesErlangAWithTheRegionsPatience() {
    Dataset<Row> plan = lake.read(Tables.REGION_STAFFING_PLAN).where("region = 'Expo'");
    assertEquals(24L, plan.count(), "08:00-20:00 in 30-minute intervals");
    for (Row r : plan.collectAsList()) {
      assertEquals("ok", r.getAs("status"));
      assertTrue((double) r.getAs("erlang_a_abandon_share") <= 0.05, r.toString());
      assertTrue((double) r.getAs("erlang_a_service_level") >= 0.8, r.toString());
      assertTrue((double) r.getAs("erlang_c_service_level") >= 0.8, r.toString());
      assertEquals(300.0, r.getAs("mean_handle_seconds"));
    }
    double arrivals = plan.selectExpr("sum(arrivals_per_interval)").head().getDouble(0);
    assertEquals(6000 * 0.95 / 28, arrivals, 6000 * 0.95 / 28 * 0.05, "queued contacts a day");
  }

  @Test
  void aReRunGivesTheSameTables() {
    Dataset<Row> before = profiles().drop("run_date").localCheckpoint();
    Dataset<Row> curveBefore = lake.read(Tables.REGION_PATIENCE_CURVE).localCheckpoint();
    new WaitToleranceJob().run(spark, new JobContext(config, DAY));
    TableAssertions.assertSameRows(before, profiles().drop("run_date"), "profiles after a re-run");
    TableAssertions.assertSameRows(curveBefore, lake.read(Tables.REGION_PATIENCE_CURVE), "curves after a re-run");
    assertEquals(3L, lake.read("run_summary").where("job = 'tolerance'").count());
  }
}
