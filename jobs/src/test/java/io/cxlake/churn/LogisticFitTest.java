package io.cxlake.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The driver-side logistic regression against MLlib's on the same rows: the same optimum. */
class LogisticFitTest {

  @Test
  void reachesMllibsOptimum() {
    Random r = new Random(5);
    int n = 3000;
    double[][] x = new double[n][4];
    double[] y = new double[n];
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      x[i][0] = r.nextGaussian() * 3 + 1;         // wide scale
      x[i][1] = r.nextInt(5);                      // counts
      x[i][2] = r.nextDouble() < 0.1 ? 1 : 0;      // a rare flag
      x[i][3] = 7;                                 // constant: coefficient 0
      double z = -2 + 0.4 * x[i][0] - 0.3 * x[i][1] + 1.5 * x[i][2];
      y[i] = r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
      rows.add(RowFactory.create(Vectors.dense(x[i]), y[i]));
    }
    LogisticRegressionModel mllib = new LogisticRegression().setMaxIter(100).setRegParam(ChurnModel.REG_PARAM)
        .setElasticNetParam(0).fit(SharedSpark.get().createDataFrame(rows, new StructType()
            .add("features", SQLDataTypes.VectorType()).add("label", DataTypes.DoubleType)));
    LogisticFit.Result local = LogisticFit.fit(x, y, ChurnModel.REG_PARAM);
    double[] m = mllib.coefficients().toArray();
    for (int j = 0; j < 4; j++) {
      assertEquals(m[j], local.coefficients()[j], 1e-3, "coefficient " + j);
    }
    assertEquals(0.0, local.coefficients()[3], 0.0, "a constant signal carries no weight");
    assertEquals(mllib.intercept(), local.intercept(), 1e-3);
    assertTrue(objective(x, y, local.coefficients(), local.intercept()) <= objective(x, y, m, mllib.intercept()) + 1e-12,
        "the driver's fit is at least as close to the optimum");
  }

  @Test
  void aSingleClassStillFits() {
    double[][] x = {{1, 2}, {2, 3}, {3, 5}};
    LogisticFit.Result fit = LogisticFit.fit(x, new double[] {0, 0, 0}, ChurnModel.REG_PARAM);
    assertTrue(fit.intercept() < -3, "all negatives: a low base rate, got " + fit.intercept());
  }

  /** The objective on the original scale (standardised penalty), as both fits define it. */
  private static double objective(double[][] x, double[] y, double[] w, double b) {
    int n = x.length;
    int d = w.length;
    double[][] z = new double[n][d + 1];
    double[] sd = new double[d];
    for (int j = 0; j < d; j++) {
      double mean = 0;
      for (double[] row : x) {
        mean += row[j] / n;
      }
      double ss = 0;
      for (double[] row : x) {
        ss += (row[j] - mean) * (row[j] - mean);
      }
      sd[j] = Math.sqrt(ss / (n - 1));
    }
    double[] ws = new double[d + 1];
    for (int j = 0; j < d; j++) {
      ws[j] = w[j] * sd[j];
    }
    ws[d] = b;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = sd[j] > 0 ? x[i][j] / sd[j] : 0;
      }
      z[i][d] = 1;
    }
    return LogisticFit.objective(z, y, ws, ChurnModel.REG_PARAM, d);
  }
}
