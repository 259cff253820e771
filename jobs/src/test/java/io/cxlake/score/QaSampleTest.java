package io.cxlake.score;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The QA sample's design on 20,000 made-up contacts of two scenarios with known score and risk mixes. */
class QaSampleTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-22");
  private final SparkSession spark = SharedSpark.get();

  /** SC-A: 16,000 contacts, a quarter scoring 20 and the rest 90; SC-B: 4,000, all 70, half wanting to cancel. */
  private Dataset<Row> night() {
    return spark.range(20_000).select(concat(lit("c"), col("id").cast("string")).as("contact_id"),
        when(col("id").lt(16_000), "SC-A").otherwise("SC-B").as("scenario_id"),
        when(col("id").lt(4_000), 20.0).when(col("id").lt(16_000), 90.0).otherwise(70.0).as("overall_score"),
        when(col("id").geq(18_000), "cancel").otherwise("inform").as("goal"),
        lit("calm").as("last_turn_mood"), lit(1.0).as("disposition_resolved"));
  }

  private static ScoreSettings settings(double share, double min) {
    ScoreSettings d = ScoreSettings.from(io.cxlake.config.ConfigLoader.load("local", Map.of()));
    return new ScoreSettings(d.lookbackDays(), d.resolutionDays(), d.normDays(), d.normMinContacts(), d.waitTargets(),
        d.regionTargetChannels(), d.qaWindowDays(), d.modelAnswers(), d.modelAnswerMinScore(), share, min,
        d.lowScoreWeight(), d.riskWeight());
  }

  @Test
  void weightsEstimateEachStratumAndLowScoresAndRiskAreDrawnMoreOften() {
    Dataset<Row> drawn = QaSample.draw(night(), DAY, settings(0.05, 2)).cache();
    for (Object[] s : new Object[][] {{"SC-A", 16_000L}, {"SC-B", 4_000L}}) {
      Row r = drawn.where(col("scenario_id").equalTo(s[0])).selectExpr("count(*)", "sum(sampling_weight)",
          "avg(CASE WHEN overall_score < 50 THEN 1D ELSE 0D END)", "avg(CASE WHEN goal = 'cancel' THEN 1D ELSE 0D END)",
          // the estimator's standard error, estimated from the sample: sqrt(sum (1 - p) / p^2)
          "sqrt(sum((1 - inclusion_probability) / (inclusion_probability * inclusion_probability)))").head();
      long n = (Long) s[1];
      System.out.printf("%s: %d drawn of %d, weights sum %.0f (standard error %.0f), low-score share %.2f, cancel share "
          + "%.2f%n", s[0], r.getLong(0), n, r.getDouble(1), r.getDouble(4), r.getDouble(2), r.getDouble(3));
      // expected draws 5 %: 800 and 200; Poisson sampling varies by about the square root
      assertTrue(Math.abs(r.getLong(0) - 0.05 * n) < 4 * Math.sqrt(0.05 * n), s[0] + " drew " + r.getLong(0));
      // Horvitz-Thompson is unbiased: the weights sum to the stratum's size within three standard errors
      assertTrue(Math.abs(r.getDouble(1) - n) < 3 * r.getDouble(4), s[0] + ": weights sum " + r.getDouble(1) + " for " + n);
      assertTrue(r.getDouble(4) < 0.1 * n, s[0] + ": standard error " + r.getDouble(4));
    }
    // SC-A: size 1 + 2 x 0.8 = 2.6 for a score of 20, 1.2 for 90: a quarter of the contacts, 42 % of the draws
    double low = drawn.where("scenario_id = 'SC-A'").selectExpr("avg(CASE WHEN overall_score < 50 THEN 1D ELSE 0D END)")
        .head().getDouble(0);
    assertEquals(2.6 * 0.25 / (2.6 * 0.25 + 1.2 * 0.75), low, 0.06);
    double cancel = drawn.where("scenario_id = 'SC-B'").selectExpr("avg(CASE WHEN goal = 'cancel' THEN 1D ELSE 0D END)")
        .head().getDouble(0);
    // SC-B: size 1.6 for a score of 70, plus 2 x 1/3 for the risk of a customer who wants to cancel: 59 % of draws
    assertEquals(2.2667 * 0.5 / (2.2667 * 0.5 + 1.6 * 0.5), cancel, 0.1);
  }

  @Test
  void theSameNightDrawsTheSameContactsAndSmallScenariosAreReviewedToo() {
    ScoreSettings s = settings(0.001, 2);
    TableAssertions.assertSameRows(QaSample.draw(night(), DAY, s), QaSample.draw(night(), DAY, s), "draw");
    Dataset<Row> tiny = night().where("contact_id IN ('c16000', 'c16001', 'c16002')");
    Dataset<Row> drawn = QaSample.draw(tiny, DAY, s);
    assertTrue(drawn.count() >= 1, "a scenario of three contacts expects two draws");
    assertEquals(0L, drawn.where("stratum_expected_draws <> 2").count());
  }
}
