package io.cxlake.score;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.Tables;
import io.cxlake.testing.GeneratedLake;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.sql.Date;
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
 * The scores job on the four generated days (lookback 4 days, resolution 2 days): every answered contact scored
 * once, resolution settled where its days have passed, the computed scores agreeing with the generator's planted
 * human QA, the daily metrics reconciling with silver, a representative QA sample, model answers, and re-runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreJobTest {

  private static final LocalDate LAST = GeneratedLake.LAST;
  private final SparkSession spark = SharedSpark.get();
  private GeneratedLake g;
  private Lakehouse lake;

  @BeforeAll
  void scoreTheLastNight() {
    g = GeneratedLake.get();
    lake = g.lake;
    g.runThrough(ScoreJob.NAME);
  }

  private Dataset<Row> answered() {
    return lake.read("silver_contacts").where(col("answered_time").isNotNull()
        .and(col("contact_date").between(Date.valueOf(LAST.minusDays(3)), Date.valueOf(LAST))));
  }

  @Test
  void everyAnsweredContactOfTheLookbackIsScoredOnceAsOfTheLastNight() {
    Dataset<Row> scores = lake.read(Tables.CONTACT_SCORE);
    assertEquals(answered().count(), scores.count());
    assertEquals(0L, scores.groupBy("contact_id").count().where("count > 1").count());
    assertEquals(0L, scores.where(col("as_of_date").notEqual(Date.valueOf(LAST))).count());
    double withOverall = (double) scores.where("overall_score IS NOT NULL").count() / scores.count();
    assertTrue(withOverall > 0.99, "share with an overall score " + withOverall);
    scores.groupBy("rubric").count().orderBy("rubric").show(false);
    assertEquals(4L, scores.select("rubric").distinct().count(), "every bundled family takes some contacts");
  }

  /** Resolution days 2: contacts up to the 17th are settled on the 19th; later ones resolved only if known. */
  @Test
  void resolutionSettlesOnceItsDaysHavePassed() {
    Dataset<Row> scores = lake.read(Tables.CONTACT_SCORE);
    Date settled = Date.valueOf(LAST.minusDays(2));
    assertEquals(0L, scores.where(col("contact_date").leq(settled).and(col("resolution_status").equalTo("pending")))
        .count());
    assertEquals(0L, scores.where(col("contact_date").gt(settled).and(col("resolution_status").equalTo("resolved")))
        .count());
    long repeated = scores.where("resolution_status = 'repeated'").count();
    long resolved = scores.where("resolution_status = 'resolved'").count();
    System.out.println("resolution: " + resolved + " resolved, " + repeated + " repeated");
    assertTrue(resolved > 0 && repeated > 0, resolved + " resolved, " + repeated + " repeated");
  }

  /**
   * The generator's QA evaluators score what happened (waits, resolution, empathy and ownership phrases, stated
   * guarantees) with noise of 6 points and a mood penalty; the computed scores read the same facts from the
   * turns and contacts, so they must correlate where the facts are the same.
   */
  @Test
  void computedScoresAgreeWithThePlantedHumanQa() {
    Dataset<Row> a = lake.read(Tables.QA_AGREEMENT).where(col("run_date").equalTo(Date.valueOf(LAST))
        .and(col("rubric").equalTo(QaAgreement.ALL_RUBRICS)));
    Map<String, Row> byName = new HashMap<>();
    a.collectAsList().forEach(r -> byName.put(r.getAs("level") + ":" + r.getAs("name"), r));
    a.orderBy("level", "name").show(30, false);
    for (String[] floor : new String[][] {{"element:empathy", "0.7"}, {"element:ownership", "0.7"},
        {"element:service_guarantee", "0.7"}, {"dimension:connection", "0.6"}, {"overall:overall", "0.45"}}) {
      Row r = byName.get(floor[0]);
      assertTrue(r != null && r.<Long>getAs("contacts") >= 30, floor[0] + ": " + r);
      double corr = r.getAs("correlation");
      assertTrue(corr >= Double.parseDouble(floor[1]), floor[0] + " correlation " + corr + " below " + floor[1]);
    }
  }

  @Test
  void dailyMetricsReconcileWithSilver() {
    Dataset<Row> m = lake.read(Tables.SCENARIO_DAILY_METRICS);
    Row totals = m.selectExpr("sum(contacts)", "sum(answered)", "sum(scored)", "min(fcr_rate)", "max(fcr_rate)",
        "sum(fcr_pending)").head();
    Dataset<Row> silver = lake.read("silver_contacts")
        .where(col("contact_date").between(Date.valueOf(LAST.minusDays(3)), Date.valueOf(LAST)));
    assertEquals(silver.count(), totals.getLong(0));
    assertEquals(answered().count(), totals.getLong(1));
    assertEquals(lake.read(Tables.CONTACT_SCORE).where("overall_score IS NOT NULL").count(), totals.getLong(2));
    assertTrue(totals.getDouble(3) >= 0 && totals.getDouble(4) <= 1);
    Row moods = m.selectExpr("sum(aggregate(map_values(mood_counts), 0L, (a, b) -> a + b))").head();
    assertEquals(silver.count(), moods.getLong(0), "every contact counted once in the mood mix");
    assertEquals(0L, m.where("scenario_id = 'none'").count(), "every contact has a scenario in this lake");
  }

  /** Horvitz-Thompson: the sampling weights add up to about the night's contacts; low scores are favoured. */
  @Test
  void theQaSampleIsWeightedAndRepresentative() {
    Dataset<Row> sample = lake.read(Tables.QA_SAMPLE).where(col("run_date").equalTo(Date.valueOf(LAST)));
    Dataset<Row> night = lake.read(Tables.CONTACT_SCORE).where(col("contact_date").equalTo(Date.valueOf(LAST)));
    Row s = sample.selectExpr("count(*)", "sum(sampling_weight)", "avg(overall_score)", "min(inclusion_probability)",
        "max(inclusion_probability)").head();
    long n = night.count();
    double meanAll = night.selectExpr("avg(overall_score)").head().getDouble(0);
    System.out.printf("QA sample: %d of %d contacts, weights sum %.0f, mean score %.1f (all %.1f)%n", s.getLong(0), n,
        s.getDouble(1), s.getDouble(2), meanAll);
    assertTrue(s.getLong(0) > 0);
    assertTrue(Math.abs(s.getDouble(1) - n) <= 0.5 * n, "weights sum " + s.getDouble(1) + " for " + n + " contacts");
    assertTrue(s.getDouble(2) < meanAll, "the sample leans towards low scores");
    assertTrue(s.getDouble(3) > 0 && s.getDouble(4) <= 1);
    assertEquals(0L, sample.where("abs(sampling_weight * inclusion_probability - 1) > 1e-9").count());
  }

  @Test
  void modelAnswersAreResolvedWellScoredConversationsWithTranscripts() {
    Dataset<Row> answers = lake.read(Tables.SCENARIO_MODEL_ANSWER).where(col("run_date").equalTo(Date.valueOf(LAST)));
    assertTrue(answers.count() > 0);
    assertEquals(0L, answers.where("overall_score < 80 OR transcript IS NULL OR rank > 3").count());
    assertEquals(0L, answers.join(lake.read(Tables.CONTACT_SCORE), "contact_id")
        .where("resolution_status <> 'resolved'").count());
    String t = answers.orderBy("scenario_id", "rank").head().getAs("transcript");
    assertTrue(t.contains("customer: ") && t.contains("agent: "), t);
  }

  @Test
  void reRunningANightChangesNothing() {
    List<String> tables = List.of(Tables.CONTACT_SCORE, Tables.SCENARIO_DAILY_METRICS, Tables.QA_AGREEMENT,
        Tables.SCENARIO_MODEL_ANSWER, Tables.QA_SAMPLE);
    Map<String, Dataset<Row>> before = new HashMap<>();
    for (String t : tables) {
      before.put(t, lake.read(t).localCheckpoint());
    }
    new ScoreJob().run(spark, new JobContext(g.config, LAST));
    for (String t : tables) {
      TableAssertions.assertSameRows(before.get(t), lake.read(t), t);
    }
  }
}
