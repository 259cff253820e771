package io.cxlake.scenario;

import java.util.Arrays;
import java.util.Random;

/**
 * k-means with cosine distance on unit-length sparse vectors, on the driver: the path for a night's few thousand
 * texts, where MLlib's distributed k-means spent a Spark job per iteration (about 500 jobs and most of the
 * scenario job's time per night) on data that fits in a few megabytes. Same objective as MLlib's cosine k-means
 * (centres are the normalised means, cost is the summed cosine distance); seeded k-means++ start, so a re-run finds
 * the same clusters. The silhouette is Spark's {@code ClusteringEvaluator} cosine silhouette, computed the same way.
 */
final class SphericalKMeans {

  /** Centres move less than this (cosine distance) on every cluster: converged, as MLlib's default tolerance. */
  static final double TOLERANCE = 1e-4;

  /** Unit-length sparse points: indices and values per point. */
  record Points(int[][] indices, double[][] values, int dimension) {
    int size() {
      return indices.length;
    }

    double dot(int p, double[] dense) {
      int[] idx = indices[p];
      double[] val = values[p];
      double s = 0;
      for (int i = 0; i < idx.length; i++) {
        s += val[i] * dense[idx[i]];
      }
      return s;
    }
  }

  /** Unit-length centres, the assignment of every point and the summed cosine distance. */
  record Fit(double[][] centers, int[] assignment, double cost) {
    int k() {
      return centers.length;
    }
  }

  private SphericalKMeans() {}

  static Fit fit(Points points, int k, long seed, int maxIterations) {
    double[][] centers = kMeansPlusPlus(points, k, new Random(seed));
    int[] assignment = new int[points.size()];
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      assign(points, centers, assignment);
      double[][] next = means(points, assignment, centers);
      double moved = 0;
      for (int c = 0; c < centers.length; c++) {
        moved = Math.max(moved, 1 - dot(centers[c], next[c]));
      }
      centers = next;
      if (moved <= TOLERANCE) {
        break;
      }
    }
    double cost = assign(points, centers, assignment);
    return new Fit(centers, assignment, cost);
  }

  /** Nearest centre (largest dot product) of every point into {@code out}; returns the summed cosine distance. */
  static double assign(Points points, double[][] centers, int[] out) {
    double cost = 0;
    for (int p = 0; p < points.size(); p++) {
      int best = 0;
      double bestDot = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < centers.length; c++) {
        double d = points.dot(p, centers[c]);
        if (d > bestDot) {
          bestDot = d;
          best = c;
        }
      }
      out[p] = best;
      cost += 1 - bestDot;
    }
    return cost;
  }

  /** Normalised mean of each cluster's points; a cluster left empty keeps its centre. */
  private static double[][] means(Points points, int[] assignment, double[][] previous) {
    double[][] sums = new double[previous.length][points.dimension()];
    int[] sizes = new int[previous.length];
    for (int p = 0; p < points.size(); p++) {
      addTo(sums[assignment[p]], points, p);
      sizes[assignment[p]]++;
    }
    for (int c = 0; c < sums.length; c++) {
      if (sizes[c] == 0 || !normalise(sums[c])) {
        sums[c] = previous[c].clone();
      }
    }
    return sums;
  }

  /**
   * k-means++: the first centre at random, each next one drawn with probability proportional to its distance to
   * the nearest centre so far. (A greedy variant, several draws per step keeping the best, and restarts for every
   * candidate k fitted the planted query types better but kept fewer query-type ids from night to night: the
   * silhouette then moved k between nights.)
   */
  private static double[][] kMeansPlusPlus(Points points, int k, Random random) {
    int n = points.size();
    int trials = 1;
    double[][] centers = new double[k][];
    centers[0] = dense(points, random.nextInt(n));
    double[] nearest = new double[n];
    for (int p = 0; p < n; p++) {
      nearest[p] = Math.max(0, 1 - points.dot(p, centers[0]));
    }
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (double d : nearest) {
        total += d;
      }
      double[] best = null;
      double[] bestNearest = null;
      double bestTotal = Double.POSITIVE_INFINITY;
      for (int t = 0; t < trials; t++) {
        double[] candidate = dense(points, draw(nearest, total, random));
        double[] next = new double[n];
        double sum = 0;
        for (int p = 0; p < n; p++) {
          next[p] = Math.min(nearest[p], Math.max(0, 1 - points.dot(p, candidate)));
          sum += next[p];
        }
        if (sum < bestTotal) {
          bestTotal = sum;
          best = candidate;
          bestNearest = next;
        }
      }
      centers[c] = best;
      nearest = bestNearest;
    }
    return centers;
  }

  /** A point index drawn with probability proportional to {@code weights} (uniform when they are all 0). */
  private static int draw(double[] weights, double total, Random random) {
    if (total <= 0) {
      return random.nextInt(weights.length); // every point sits on a centre already: duplicates
    }
    double r = random.nextDouble() * total;
    for (int p = 0; p < weights.length; p++) {
      r -= weights[p];
      if (r <= 0) {
        return p;
      }
    }
    return weights.length - 1;
  }

  /**
   * Spark's cosine silhouette ({@code ClusteringEvaluator} with cosine distance): a point's dissimilarity to a
   * cluster is 1 minus its dot product with the cluster's summed unit vectors over the cluster's size; its own
   * cluster's excludes the point itself; a point alone in its cluster scores 0. Mean over the points.
   */
  static double silhouette(Points points, int[] assignment, int k) {
    double[][] sums = new double[k][points.dimension()];
    long[] sizes = new long[k];
    for (int p = 0; p < points.size(); p++) {
      addTo(sums[assignment[p]], points, p);
      sizes[assignment[p]]++;
    }
    if (Arrays.stream(sizes).filter(n -> n > 0).count() < 2) {
      return -1; // one cluster holds every point: the worst clustering, never chosen
    }
    double total = 0;
    for (int p = 0; p < points.size(); p++) {
      total += pointSilhouette(points, p, assignment[p], sums, sizes);
    }
    return points.size() == 0 ? Double.NaN : total / points.size();
  }

  private static double pointSilhouette(Points points, int p, int own, double[][] sums, long[] sizes) {
    if (sizes[own] == 1) {
      return 0;
    }
    double a = (1 - points.dot(p, sums[own]) / sizes[own]) * sizes[own] / (sizes[own] - 1);
    double b = Double.POSITIVE_INFINITY;
    for (int c = 0; c < sums.length; c++) {
      if (c != own && sizes[c] > 0) {
        b = Math.min(b, 1 - points.dot(p, sums[c]) / sizes[c]);
      }
    }
    if (a < b) {
      return 1 - a / b;
    }
    return a > b ? b / a - 1 : 0;
  }

  private static void addTo(double[] sum, Points points, int p) {
    int[] idx = points.indices()[p];
    double[] val = points.values()[p];
    for (int i = 0; i < idx.length; i++) {
      sum[idx[i]] += val[i];
    }
  }

  private static double[] dense(Points points, int p) {
    double[] v = new double[points.dimension()];
    addTo(v, points, p);
    return v;
  }

  private static boolean normalise(double[] v) {
    double norm = Math.sqrt(dot(v, v));
    if (norm == 0) {
      return false;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= norm;
    }
    return true;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
