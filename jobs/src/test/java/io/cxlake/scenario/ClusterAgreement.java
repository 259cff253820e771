package io.cxlake.scenario;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How far a clustering agrees with gold labels: ACC (the best one-to-one mapping of clusters to labels, DSTC11's
 * primary metric), NMI (arithmetic normalisation, as scikit-learn) and ARI. Computed from the contingency table,
 * which is small (clusters x labels) whatever the number of rows.
 */
public record ClusterAgreement(long rows, int clusters, int labels, double acc, double nmi, double ari) {

  /** Agreement of the {@code predicted} column with the {@code truth} column; rows with a null in either are left out. */
  public static ClusterAgreement of(Dataset<Row> rows, String truth, String predicted) {
    List<Row> cells = rows.where(col(truth).isNotNull().and(col(predicted).isNotNull()))
        .groupBy(col(truth).cast("string"), col(predicted).cast("string")).count().collectAsList();
    Map<String, Integer> t = new HashMap<>();
    Map<String, Integer> p = new HashMap<>();
    for (Row r : cells) {
      t.putIfAbsent(r.getString(0), t.size());
      p.putIfAbsent(r.getString(1), p.size());
    }
    long[][] n = new long[t.size()][p.size()];
    for (Row r : cells) {
      n[t.get(r.getString(0))][p.get(r.getString(1))] = r.getLong(2);
    }
    return of(n);
  }

  /** Agreement from a contingency table: {@code n[label][cluster]}. */
  static ClusterAgreement of(long[][] n) {
    int labels = n.length;
    int clusters = labels == 0 ? 0 : n[0].length;
    long total = 0;
    long[] a = new long[labels];
    long[] b = new long[clusters];
    for (int i = 0; i < labels; i++) {
      for (int j = 0; j < clusters; j++) {
        a[i] += n[i][j];
        b[j] += n[i][j];
        total += n[i][j];
      }
    }
    if (total == 0) {
      return new ClusterAgreement(0, clusters, labels, 0, 0, 0);
    }
    return new ClusterAgreement(total, clusters, labels, (double) bestMatching(n) / total, nmi(n, a, b, total),
        ari(n, a, b, total));
  }

  private static double nmi(long[][] n, long[] a, long[] b, long total) {
    double mi = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        if (n[i][j] > 0) {
          mi += (double) n[i][j] / total * Math.log((double) n[i][j] * total / ((double) a[i] * b[j]));
        }
      }
    }
    double h = entropy(a, total) + entropy(b, total);
    return h == 0 ? 1.0 : 2 * mi / h;
  }

  private static double entropy(long[] counts, long total) {
    double h = 0;
    for (long c : counts) {
      if (c > 0) {
        double q = (double) c / total;
        h -= q * Math.log(q);
      }
    }
    return h;
  }

  private static double ari(long[][] n, long[] a, long[] b, long total) {
    double index = 0;
    for (long[] row : n) {
      for (long c : row) {
        index += pairs(c);
      }
    }
    double sumA = 0;
    double sumB = 0;
    for (long c : a) {
      sumA += pairs(c);
    }
    for (long c : b) {
      sumB += pairs(c);
    }
    double expected = sumA * sumB / pairs(total);
    double max = (sumA + sumB) / 2;
    return max == expected ? 1.0 : (index - expected) / (max - expected);
  }

  private static double pairs(long c) {
    return c * (c - 1) / 2.0;
  }

  /** The largest number of rows on a one-to-one label/cluster mapping (Hungarian method on the padded square). */
  static long bestMatching(long[][] n) {
    int rows = n.length;
    int cols = rows == 0 ? 0 : n[0].length;
    int size = Math.max(rows, cols);
    long max = 0;
    for (long[] r : n) {
      for (long c : r) {
        max = Math.max(max, c);
      }
    }
    long[][] cost = new long[size][size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        cost[i][j] = max - (i < rows && j < cols ? n[i][j] : 0);
      }
    }
    int[] assignment = Assignment.minCost(cost);
    long matched = 0;
    for (int i = 0; i < rows; i++) {
      if (assignment[i] < cols) {
        matched += n[i][assignment[i]];
      }
    }
    return matched;
  }

  /** One line for logs and reports. */
  public String summary() {
    return String.format(java.util.Locale.ROOT, "rows %d, clusters %d, labels %d: ACC %.3f, NMI %.3f, ARI %.3f",
        rows, clusters, labels, acc, nmi, ari);
  }
}
