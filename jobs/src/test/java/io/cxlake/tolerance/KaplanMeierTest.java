package io.cxlake.tolerance;

import static io.cxlake.tolerance.ToleranceColumns.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The estimator against the textbook: Freireich's 6-MP leukaemia trial (Gehan 1965), the example of Kaplan-Meier,
 * Greenwood and the log-rank test in Kleinbaum & Klein and in R's survival package.
 */
class KaplanMeierTest {

  /** Remission weeks of the 6-MP arm; negative = censored. */
  private static final int[] SIX_MP = {6, 6, 6, -6, 7, -9, 10, -10, -11, 13, 16, -17, -19, -20, 22, 23, -25, -32, -32,
      -34, -35};
  private static final int[] PLACEBO = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23};
  private static final List<String> BY_REGION = List.of(REGION);

  static Dataset<Row> observations(Map<String, int[]> groups) {
    List<Row> rows = new ArrayList<>();
    groups.forEach((g, times) -> {
      for (int t : times) {
        rows.add(RowFactory.create(g, (double) Math.abs(t), t > 0 ? 1 : 0, ToleranceColumns.OBSERVED));
      }
    });
    StructType schema = new StructType().add(REGION, "string").add(ToleranceColumns.WAIT, "double")
        .add(ToleranceColumns.EVENT, "int").add(ToleranceColumns.USE, "string");
    return SharedSpark.get().createDataFrame(rows, schema);
  }

  private static Map<Double, Row> curveOf(String group, int[] times) {
    Dataset<Row> curve = KaplanMeier.curve(KaplanMeier.counts(observations(Map.of(group, times)), BY_REGION), BY_REGION);
    Map<Double, Row> byT = new TreeMap<>();
    curve.collectAsList().forEach(r -> byT.put(r.getAs(ToleranceColumns.T), r));
    return byT;
  }

  @Test
  void survivalGreenwoodAndLogLogBandsMatchTheTextbook() {
    Map<Double, Row> km = curveOf("6-MP", SIX_MP);
    // t: at risk, S(t), Greenwood SE, 95 % log-log band (R: survfit(..., conf.type = "log-log"))
    double[][] expected = {
        {6, 21, 0.857, 0.0764, 0.620, 0.952}, {7, 17, 0.807, 0.0869, 0.563, 0.923},
        {10, 15, 0.753, 0.0963, 0.503, 0.889}, {13, 12, 0.690, 0.1068, 0.432, 0.849},
        {16, 11, 0.627, 0.1141, 0.368, 0.805}, {22, 7, 0.538, 0.1282, 0.268, 0.747},
        {23, 6, 0.448, 0.1346, 0.188, 0.680}};
    for (double[] e : expected) {
      Row r = km.get(e[0]);
      assertEquals((long) e[1], (long) r.getAs(ToleranceColumns.AT_RISK), "at risk at " + e[0]);
      assertEquals(e[2], r.getAs(ToleranceColumns.SURVIVAL), 5e-4, "S(" + e[0] + ")");
      assertEquals(e[3], r.getAs(KaplanMeier.STD_ERROR), 5e-4, "SE(" + e[0] + ")");
      assertEquals(e[4], r.getAs(ToleranceColumns.CI_LOW), 5e-4, "lower(" + e[0] + ")");
      assertEquals(e[5], r.getAs(ToleranceColumns.CI_HIGH), 5e-4, "upper(" + e[0] + ")");
    }
    assertEquals(0.448, km.get(35.0).getAs(ToleranceColumns.SURVIVAL), 5e-4, "censorings do not move the curve");
  }

  @Test
  void medianAndItsIntervalFollowTheCurve() {
    Dataset<Row> counts = KaplanMeier.counts(observations(Map.of("6-MP", SIX_MP)), BY_REGION);
    Row q = KaplanMeier.quantiles(KaplanMeier.curve(counts, BY_REGION), BY_REGION, new double[] {0.5, 0.25},
        new String[] {"median", "q25"}).head();
    assertEquals(23.0, q.getAs("median"), "the published median remission of the 6-MP arm");
    assertEquals(13.0, q.getAs("median_ci_low"), "first time the lower band is at or below 0.5");
    assertNull(q.getAs("median_ci_high"), "the upper band never reaches 0.5: open-ended, as R reports NA");
    assertEquals(13.0, q.getAs("q25"));
  }

  @Test
  void logRankOfTheTrialMatchesThePublishedStatistic() {
    Dataset<Row> counts = KaplanMeier.counts(observations(Map.of("6-MP", SIX_MP, "placebo", PLACEBO)), BY_REGION);
    Map<String, Row> test = new TreeMap<>();
    LogRank.regionVsRest(counts).collectAsList().forEach(r -> test.put(r.getString(0), r));
    Row r = test.get("6-MP");
    assertEquals(9.0, r.getAs(LogRank.OBSERVED_EVENTS), 1e-9);
    assertEquals(19.25, r.getAs(LogRank.EXPECTED_EVENTS), 0.005);
    assertEquals(16.79, r.getAs(LogRank.CHI_SQUARE), 0.005, "R survdiff: Chisq = 16.8 on 1 df");
    assertEquals(4.17e-5, r.getAs(LogRank.P_VALUE), 0.01e-5);
    assertEquals(16.79, test.get("placebo").getAs(LogRank.CHI_SQUARE), 0.005, "two groups: the same test");
  }

  @Test
  void eventOnlyGroupsGiveTheEmpiricalCurveAndCensoredOnlyGroupsStayAtOne() {
    Map<Double, Row> events = curveOf("all-abandon", new int[] {10, 20, 30, 40});
    assertEquals(0.75, events.get(10.0).getAs(ToleranceColumns.SURVIVAL), 1e-12);
    assertEquals(0.5, events.get(20.0).getAs(ToleranceColumns.SURVIVAL), 1e-12);
    assertEquals(0.0, events.get(40.0).getAs(ToleranceColumns.SURVIVAL), 1e-12);
    assertEquals(0.0, events.get(40.0).getAs(ToleranceColumns.CI_LOW), 1e-12);
    Map<Double, Row> served = curveOf("all-served", new int[] {-10, -20, -30});
    served.values().forEach(r -> assertEquals(1.0, r.getAs(ToleranceColumns.SURVIVAL), 1e-12));
    Dataset<Row> counts = KaplanMeier.counts(observations(Map.of("all-served", new int[] {-10, -20, -30})), BY_REGION);
    Row q = KaplanMeier.quantiles(KaplanMeier.curve(counts, BY_REGION), BY_REGION, new double[] {0.5},
        new String[] {"median"}).head();
    assertNull(q.getAs("median"), "no abandon: patience is beyond every wait, no median");
  }

  @Test
  void lifeTableHazardCountsEachInterval() {
    Dataset<Row> counts = KaplanMeier.counts(observations(Map.of("6-MP", SIX_MP)), BY_REGION);
    Map<Double, Row> bins = new TreeMap<>();
    LifeTable.table(counts, BY_REGION, 10).collectAsList().forEach(r -> bins.put(r.getAs(ToleranceColumns.T), r));
    Row first = bins.get(0.0); // [0, 10): 21 enter, 4 abandon (6, 6, 6, 7), 2 censored (6, 9)
    assertEquals(21L, (long) first.getAs(ToleranceColumns.AT_RISK));
    assertEquals(4L, (long) first.getAs(ToleranceColumns.EVENTS));
    assertEquals(20.0, first.getAs(LifeTable.EFFECTIVE), 1e-12);
    assertEquals(0.2, first.getAs(LifeTable.HAZARD), 1e-12);
    assertEquals(4 / (10 * 18.0), first.getAs(LifeTable.HAZARD_RATE), 1e-12);
    assertEquals(1.0, first.getAs(ToleranceColumns.SURVIVAL), 1e-12);
    Row second = bins.get(10.0); // [10, 20): 15 enter, 3 abandon (10, 13, 16), 4 censored
    assertEquals(15L, (long) second.getAs(ToleranceColumns.AT_RISK));
    assertEquals(0.8, second.getAs(ToleranceColumns.SURVIVAL), 1e-12);
    assertEquals(3 / 13.0, second.getAs(LifeTable.HAZARD), 1e-12);
    assertTrue((double) second.getAs(LifeTable.HAZARD_LOW) < 3 / 13.0);
  }
}
