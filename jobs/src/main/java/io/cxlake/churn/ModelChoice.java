package io.cxlake.churn;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Which score a night uses: the logistic regression when the training rows hold churn.min-positives
 * cancellations, the test rows at least {@value #MIN_TEST_POSITIVES}, and it ranks the test rows at least as well
 * as the rule score; otherwise the rule score. Both, and the contact count alone as a reference, are measured on the
 * same held-out rows when there are any: every active customer of the test as-of date, the population the night
 * scores, so the AUC and base rate reported are the ones the scores will have.
 */
record ModelChoice(LinearScore used, String note, ChurnModel.Counts train, List<Evaluated> evaluated) {

  static final int MIN_TEST_POSITIVES = 5;

  record Evaluated(LinearScore score, ChurnModel.Quality quality) {}

  static ModelChoice choose(Dataset<Row> train, Dataset<Row> test, ChurnSettings s, LocalDate day) {
    ChurnModel.Counts trainCounts = ChurnModel.counts(train);
    LinearScore rules = LinearScore.rules();
    List<Evaluated> evaluated = new ArrayList<>();
    ChurnModel.Quality ruleQuality = ChurnModel.evaluate(rules, test);
    evaluated.add(new Evaluated(rules, ruleQuality));
    LinearScore baseline = LinearScore.contactCount();
    ChurnModel.Quality baselineQuality = ChurnModel.evaluate(baseline, test);
    evaluated.add(new Evaluated(baseline, baselineQuality));
    if (trainCounts.positives() < s.minPositives() || ruleQuality.positives() < MIN_TEST_POSITIVES) {
      return new ModelChoice(rules, "rule score: " + trainCounts.positives() + " cancellations in the training rows and "
          + ruleQuality.positives() + " in the test rows, fewer than churn.min-positives=" + s.minPositives() + " and "
          + MIN_TEST_POSITIVES + "; no model trained", trainCounts, evaluated);
    }
    LinearScore model = ChurnModel.train(train, "lr-" + day, trainCounts.rows(), s.localFitRows());
    ChurnModel.Quality modelQuality = ChurnModel.evaluate(model, test);
    evaluated.add(new Evaluated(model, modelQuality));
    boolean better = ruleQuality.auc() == null || modelQuality.auc() != null && modelQuality.auc() >= ruleQuality.auc();
    String note = String.format(java.util.Locale.ROOT, "test AUC %.3f for the model, %.3f for the rule score, %s for"
        + " the contact count alone", modelQuality.auc(), ruleQuality.auc(), baselineQuality.auc() == null ? "none"
        : String.format(java.util.Locale.ROOT, "%.3f", baselineQuality.auc()));
    return better ? new ModelChoice(model, "model trained: " + note, trainCounts, evaluated)
        : new ModelChoice(rules, "rule score kept, it ranks better: " + note, trainCounts, evaluated);
  }

  /** One gold_churn_model_quality row per score measured, in the table's column order. */
  List<Row> qualityRows(ChurnSettings s, LocalDate day) {
    List<Row> rows = new ArrayList<>();
    List<Date> trainDates = s.trainAsOf(day).stream().map(Date::valueOf).toList();
    for (Evaluated e : evaluated) {
      ChurnModel.Quality q = e.quality();
      List<Row> bins = q.calibration().stream()
          .map(b -> RowFactory.create(b.bin(), b.rows(), b.meanPredicted(), b.observedRate())).toList();
      Map<String, Double> weights = new LinkedHashMap<>();
      for (int i = 0; i < e.score().weights().length; i++) {
        weights.put(Signal.ALL.get(i).column(), e.score().weights()[i]);
      }
      boolean isUsed = e.score() == used;
      double[] interval = q.aucInterval();
      boolean trained = e.score().method().equals(LinearScore.LOGISTIC);
      Double lift = q.topDecilePrecision() == null || q.baseRate() == null || q.baseRate() == 0 ? null
          : q.topDecilePrecision() / q.baseRate();
      rows.add(RowFactory.create(Date.valueOf(day), e.score().version(), e.score().method(), isUsed,
          isUsed ? note : e.score().method().equals(LinearScore.BASELINE)
              ? "reference: the number of contacts in the feature window alone, never used" : "measured for comparison",
          trainDates,
          Date.valueOf(s.testAsOf(day)), s.horizonDays(), trained ? train.rows() : null,
          trained ? train.positives() : null, q.rows(), q.positives(), q.auc(), q.topDecilePrecision(), q.baseRate(),
          lift, q.brier(), bins, weights, e.score().intercept(), Date.valueOf(day),
          interval == null ? null : interval[0], interval == null ? null : interval[1]));
    }
    return rows;
  }
}
