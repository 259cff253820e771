package io.cxlake.churn;

import static io.cxlake.churn.ChurnFeatures.LABEL;
import static io.cxlake.churn.LinearScore.RISK;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Trains the logistic regression on labelled snapshots and measures any {@link LinearScore} on held-out ones. */
final class ChurnModel {

  static final String FEATURES = "features";
  // aggregates read on the driver
  private static final String ROWS = "rows";
  private static final String POSITIVES = "positives";
  private static final String RATE = "rate";
  private static final String BRIER = "brier";
  private static final String BIN = "bin";
  private static final String N = "n";

  private ChurnModel() {}

  /** Rows and cancellations of a labelled frame, in one pass. */
  record Counts(long rows, long positives) implements Serializable {}

  static Counts counts(Dataset<Row> labelled) {
    Row r = labelled.agg(count(lit(1)).as(ROWS), sum(col(LABEL)).as(POSITIVES)).head();
    Double positives = r.getAs(POSITIVES);
    return new Counts(r.<Long>getAs(ROWS), positives == null ? 0 : Math.round(positives));
  }

  /** The L2 penalty of the logistic regression, on standardised signals. */
  static final double REG_PARAM = 0.01;

  /**
   * Logistic regression (lightly L2-regularised, standardised internally) on the signals; probabilities are not
   * re-weighted for the class imbalance, so they stay calibrated to the base rate. Up to {@code localFitRows} training
   * rows it is fitted on the driver ({@link LogisticFit}, MLlib's objective without a Spark job per iteration);
   * beyond, by MLlib.
   */
  static LinearScore train(Dataset<Row> train, String version, long rows, int localFitRows) {
    // the same rows in the same partitions and order every run: the optimiser's sums, and so the weights, repeat
    Dataset<Row> ordered = train.repartition(4, col(ChurnFeatures.CUSTOMER), col(ChurnFeatures.AS_OF))
        .sortWithinPartitions(ChurnFeatures.CUSTOMER, ChurnFeatures.AS_OF);
    double[] w;
    double intercept;
    double[] centers;
    if (rows <= localFitRows) {
      double[][] x = signals(ordered);
      double[] y = ordered.select(col(LABEL).cast("double").as(LABEL)).collectAsList().stream()
          .mapToDouble(r -> r.<Double>getAs(LABEL)).toArray();
      LogisticFit.Result fit = LogisticFit.fit(x, y, REG_PARAM);
      w = fit.coefficients();
      intercept = fit.intercept();
      centers = columnMeans(x, Signal.columns().size());
    } else {
      Dataset<Row> assembled = new VectorAssembler().setInputCols(Signal.columns().toArray(String[]::new))
          .setOutputCol(FEATURES).transform(ordered);
      LogisticRegressionModel m = new LogisticRegression().setFeaturesCol(FEATURES).setLabelCol(LABEL)
          .setMaxIter(100).setRegParam(REG_PARAM).setElasticNetParam(0).fit(assembled);
      w = m.coefficients().toArray();
      intercept = m.intercept();
      centers = means(ordered);
    }
    double[] caps = new double[w.length];
    java.util.Arrays.fill(caps, Double.POSITIVE_INFINITY);
    return new LinearScore(LinearScore.LOGISTIC, version, stable(new double[] {intercept})[0], stable(w),
        stable(centers), caps);
  }

  /** The training rows' signals on the driver, in the frame's order (nulls as 0, as the assembler would fail on). */
  private static double[][] signals(Dataset<Row> ordered) {
    List<String> cols = Signal.columns();
    List<Row> rows = ordered.select(cols.stream().map(c -> col(c).cast("double").as(c))
        .toArray(org.apache.spark.sql.Column[]::new)).collectAsList();
    double[][] x = new double[rows.size()][cols.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < cols.size(); j++) {
        Double v = rows.get(i).getAs(cols.get(j));
        x[i][j] = v == null ? 0 : v;
      }
    }
    return x;
  }

  private static double[] columnMeans(double[][] x, int d) {
    double[] out = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        out[j] += row[j] / x.length;
      }
    }
    return out;
  }

  /** Rounded to 1e-9: the last bits of a distributed sum depend on the order partial sums arrive in. */
  private static double[] stable(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.round(values[i] * 1e9) / 1e9;
    }
    return out;
  }

  private static double[] means(Dataset<Row> train) {
    List<String> signals = Signal.columns();
    Row r = train.agg(avg(signals.get(0)).as(signals.get(0)), signals.stream().skip(1).map(c -> avg(c).as(c))
        .toArray(org.apache.spark.sql.Column[]::new)).head();
    return signals.stream().mapToDouble(c -> r.getAs(c) == null ? 0 : r.<Double>getAs(c)).toArray();
  }

  /** One calibration bin: predicted risk tenths. */
  record Bin(int bin, long rows, double meanPredicted, double observedRate) implements Serializable {}

  /** How a score did on the held-out rows. */
  record Quality(long rows, long positives, Double auc, Double topDecilePrecision, Double baseRate, Double brier,
                 List<Bin> calibration) implements Serializable {

    /** The AUC's 95 % interval (Hanley and McNeil), clipped to 0..1; null without an AUC. */
    double[] aucInterval() {
      if (auc == null) {
        return null;
      }
      double se = aucStandardError(auc, positives, rows - positives);
      return new double[] {round9(Math.max(0, auc - 1.96 * se)), round9(Math.min(1, auc + 1.96 * se))};
    }
  }

  /**
   * Hanley and McNeil's (1982) standard error of an AUC from its value and the numbers of positives and negatives:
   * the spread a CX lead should read the AUC with (a test day with 20 cancellations gives about +-0.07).
   */
  static double aucStandardError(double auc, long positives, long negatives) {
    double q1 = auc / (2 - auc);
    double q2 = 2 * auc * auc / (1 + auc);
    double v = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc))
        / ((double) positives * negatives);
    return Math.sqrt(Math.max(0, v));
  }

  static Quality evaluate(LinearScore score, Dataset<Row> test) {
    Dataset<Row> scored = score.score(test).select(col(RISK), col(LABEL)).localCheckpoint();
    Counts n = counts(scored);
    if (n.rows() == 0) {
      return new Quality(0, 0, null, null, null, null, List.of());
    }
    Double auc = n.positives() == 0 || n.positives() == n.rows() ? null
        : new BinaryClassificationEvaluator().setRawPredictionCol(RISK).setLabelCol(LABEL)
            .setMetricName("areaUnderROC").evaluate(scored);
    double cut = scored.stat().approxQuantile(RISK, new double[] {0.9}, 0.001)[0];
    Double topRate = scored.where(col(RISK).geq(cut)).agg(avg(col(LABEL)).as(RATE)).head().getAs(RATE);
    Row overall = scored.agg(avg(col(LABEL)).as(RATE), avg(pow(col(RISK).minus(col(LABEL)), 2)).as(BRIER)).head();
    List<Bin> bins = new ArrayList<>();
    for (Row b : scored.groupBy(least(floor(col(RISK).multiply(10)), lit(9)).cast("int").as(BIN))
        .agg(count(lit(1)).as(N), avg(RISK).as(RISK), avg(LABEL).as(RATE)).orderBy(BIN).collectAsList()) {
      bins.add(new Bin(b.<Integer>getAs(BIN), b.<Long>getAs(N), round9(b.<Double>getAs(RISK)),
          round9(b.<Double>getAs(RATE))));
    }
    return new Quality(n.rows(), n.positives(), auc == null ? null : round9(auc),
        topRate == null ? null : round9(topRate), round9(overall.<Double>getAs(RATE)),
        round9(overall.<Double>getAs(BRIER)),
        bins);
  }

  private static double round9(double v) {
    return stable(new double[] {v})[0];
  }
}
