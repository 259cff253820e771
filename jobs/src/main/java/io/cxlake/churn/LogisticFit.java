package io.cxlake.churn;

/**
 * L2-regularised logistic regression on the driver, with the objective of MLlib's {@code LogisticRegression}
 * (standardisation on, intercept fitted, elastic net 0): the mean log loss plus {@code regParam / 2} times the sum
 * of the squared coefficients of the standardised features (sample standard deviation); constant features get
 * coefficient 0. The objective is strictly convex, so Newton's method (with step halving) reaches the same optimum
 * MLlib's L-BFGS approaches, to far tighter tolerance, without a Spark job per iteration.
 */
final class LogisticFit {

  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-12;

  /** Coefficients on the original feature scale and the intercept. */
  record Result(double[] coefficients, double intercept) {}

  private LogisticFit() {}

  static Result fit(double[][] x, double[] y, double regParam) {
    int n = x.length;
    int d = n == 0 ? 0 : x[0].length;
    double[] sd = sampleStd(x, d);
    // standardised features plus a constant 1 for the intercept (last position)
    double[][] z = new double[n][d + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = sd[j] > 0 ? x[i][j] / sd[j] : 0;
      }
      z[i][d] = 1;
    }
    double[] w = new double[d + 1];
    double loss = objective(z, y, w, regParam, d);
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double[] step = newtonStep(z, y, w, regParam, d);
      double t = 1;
      double[] next = add(w, step, t);
      double nextLoss = objective(z, y, next, regParam, d);
      while (nextLoss > loss && t > 1e-8) { // step halving keeps every iteration a descent
        t /= 2;
        next = add(w, step, t);
        nextLoss = objective(z, y, next, regParam, d);
      }
      double change = 0;
      for (int j = 0; j <= d; j++) {
        change = Math.max(change, Math.abs(next[j] - w[j]));
      }
      w = next;
      loss = nextLoss;
      if (change < TOLERANCE) {
        break;
      }
    }
    double[] coefficients = new double[d];
    for (int j = 0; j < d; j++) {
      coefficients[j] = sd[j] > 0 ? w[j] / sd[j] : 0;
    }
    return new Result(coefficients, w[d]);
  }

  private static double[] sampleStd(double[][] x, int d) {
    int n = x.length;
    double[] sd = new double[d];
    if (n < 2) {
      return sd;
    }
    for (int j = 0; j < d; j++) {
      double mean = 0;
      for (double[] row : x) {
        mean += row[j];
      }
      mean /= n;
      double ss = 0;
      for (double[] row : x) {
        ss += (row[j] - mean) * (row[j] - mean);
      }
      sd[j] = Math.sqrt(ss / (n - 1));
    }
    return sd;
  }

  /** Mean log loss plus the L2 penalty on the standardised coefficients (not the intercept). */
  static double objective(double[][] z, double[] y, double[] w, double regParam, int d) {
    double loss = 0;
    for (int i = 0; i < z.length; i++) {
      double m = dot(z[i], w);
      // log(1 + e^m) - y m, computed without overflow
      loss += (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m))) - y[i] * m;
    }
    double penalty = 0;
    for (int j = 0; j < d; j++) {
      penalty += w[j] * w[j];
    }
    return loss / Math.max(1, z.length) + regParam / 2 * penalty;
  }

  private static double[] newtonStep(double[][] z, double[] y, double[] w, double regParam, int d) {
    int k = d + 1;
    double[] grad = new double[k];
    double[][] hess = new double[k][k];
    int n = z.length;
    for (int i = 0; i < n; i++) {
      double[] row = z[i];
      double p = 1 / (1 + Math.exp(-dot(row, w)));
      double r = p - y[i];
      double s = p * (1 - p);
      for (int a = 0; a < k; a++) {
        grad[a] += r * row[a] / n;
        for (int b = 0; b <= a; b++) {
          hess[a][b] += s * row[a] * row[b] / n;
        }
      }
    }
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        hess[a][b] = hess[b][a];
      }
    }
    for (int j = 0; j < d; j++) {
      grad[j] += regParam * w[j];
      hess[j][j] += regParam;
    }
    hess[d][d] += 1e-12; // a constant-only problem stays solvable
    double[] step = solve(hess, grad);
    for (int j = 0; j < k; j++) {
      step[j] = -step[j];
    }
    return step;
  }

  /** Gaussian elimination with partial pivoting on a small symmetric positive-definite system. */
  static double[] solve(double[][] a, double[] b) {
    int k = b.length;
    double[][] m = new double[k][k + 1];
    for (int i = 0; i < k; i++) {
      System.arraycopy(a[i], 0, m[i], 0, k);
      m[i][k] = b[i];
    }
    for (int c = 0; c < k; c++) {
      int pivot = c;
      for (int r = c + 1; r < k; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] tmp = m[c];
      m[c] = m[pivot];
      m[pivot] = tmp;
      for (int r = c + 1; r < k; r++) {
        double f = m[r][c] / m[c][c];
        for (int col = c; col <= k; col++) {
          m[r][col] -= f * m[c][col];
        }
      }
    }
    double[] x = new double[k];
    for (int r = k - 1; r >= 0; r--) {
      double s = m[r][k];
      for (int c = r + 1; c < k; c++) {
        s -= m[r][c] * x[c];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }

  private static double[] add(double[] w, double[] step, double t) {
    double[] out = new double[w.length];
    for (int j = 0; j < w.length; j++) {
      out[j] = w[j] + t * step[j];
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * b[j];
    }
    return s;
  }
}
