package io.cxlake.scenario;

/** The assignment problem, shared by the agreement metrics (ACC) and the matching of catalogs across nights. */
final class Assignment {

  private Assignment() {}

  /** Minimum-cost assignment of a square matrix (Kuhn-Munkres with potentials, O(n^3)); row i gets column [i]. */
  static int[] minCost(long[][] cost) {
    int n = cost.length;
    long[] u = new long[n + 1];
    long[] v = new long[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      long[] minv = new long[n + 1];
      boolean[] used = new boolean[n + 1];
      java.util.Arrays.fill(minv, Long.MAX_VALUE);
      do {
        used[j0] = true;
        int i0 = p[j0];
        long delta = Long.MAX_VALUE;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            long cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    int[] assignment = new int[n];
    for (int j = 1; j <= n; j++) {
      assignment[p[j] - 1] = j - 1;
    }
    return assignment;
  }
}
