package io.cxlake.tolerance;

/**
 * The M/M/n+M queue (Palm's Erlang-A): Poisson arrivals at rate lambda, exponential handling at rate mu,
 * n agents, and exponential patience at rate theta while waiting. Solved from its birth-death stationary
 * distribution; states up to n are normalised through Erlang-B (no factorials), the queue tail is summed
 * until it no longer adds anything, so it is exact and stable at hundreds or thousands of agents.
 */
public final class ErlangA {

  /** Performance of one staffing level. */
  public record Result(int agents, double probabilityOfWait, double abandonShare, double averageWaitSeconds,
                       double serviceLevel) {}

  private static final double TAIL_EPSILON = 1e-15;
  private static final int MAX_QUEUE = 200_000;

  private ErlangA() {}

  /**
   * @param arrivalsPerSecond lambda
   * @param handleSeconds     1 / mu
   * @param patienceRate      theta, abandonments per second of waiting (1 / mean patience); > 0
   * @param t                 the service-level threshold, seconds: share of arrivals answered within t
   */
  public static Result evaluate(int n, double arrivalsPerSecond, double handleSeconds, double patienceRate, double t) {
    double mu = 1 / handleSeconds;
    double[] tail = queueWeights(n, arrivalsPerSecond, mu, patienceRate); // w_{n+k} / w_n, k = 0..K
    double tailSum = 0;
    double queued = 0;
    for (int k = 1; k < tail.length; k++) {
      tailSum += tail[k];
      queued += k * tail[k];
    }
    double piN = 1 / (1 / ErlangC.erlangB(n, arrivalsPerSecond * handleSeconds) + tailSum);
    double wait = piN * (1 + tailSum); // PASTA: arrivals see the time-stationary distribution
    double meanQueue = piN * queued;
    double servedWithinT = (1 - wait) + piN * servedWithin(tail, n * mu, patienceRate, t);
    return new Result(n, wait, patienceRate * meanQueue / arrivalsPerSecond, meanQueue / arrivalsPerSecond,
        servedWithinT);
  }

  /** Fewest agents with at most {@code maxAbandonShare} abandoning and at least {@code level} answered within t. */
  public static Result agentsFor(double arrivalsPerSecond, double handleSeconds, double patienceRate, double t,
                                 double maxAbandonShare, double level) {
    int lo = 1;
    int hi = Math.max(1, (int) Math.ceil(arrivalsPerSecond * handleSeconds));
    while (!meets(evaluate(hi, arrivalsPerSecond, handleSeconds, patienceRate, t), maxAbandonShare, level)) {
      lo = hi + 1;
      hi *= 2;
    }
    while (lo < hi) { // both criteria improve monotonically with n
      int mid = (lo + hi) >>> 1;
      if (meets(evaluate(mid, arrivalsPerSecond, handleSeconds, patienceRate, t), maxAbandonShare, level)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return evaluate(hi, arrivalsPerSecond, handleSeconds, patienceRate, t);
  }

  private static boolean meets(Result r, double maxAbandonShare, double level) {
    return r.abandonShare() <= maxAbandonShare && r.serviceLevel() >= level;
  }

  /** Stationary weights of states n+k relative to state n: prod_{i=1..k} lambda / (n mu + i theta). */
  private static double[] queueWeights(int n, double lambda, double mu, double theta) {
    double[] w = new double[64];
    w[0] = 1;
    double sum = 1;
    int k = 0;
    while (k < MAX_QUEUE) {
      double next = w[k] * lambda / (n * mu + (k + 1) * theta);
      boolean pastPeak = n * mu + (k + 1) * theta > lambda;
      if (pastPeak && next < TAIL_EPSILON * sum) {
        break;
      }
      k++;
      if (k == w.length) {
        w = java.util.Arrays.copyOf(w, w.length * 2);
      }
      w[k] = next;
      sum += next;
    }
    return java.util.Arrays.copyOf(w, k + 1);
  }

  /**
   * Sum over k of w_{n+k} times the probability that an arrival finding k callers ahead is answered within t.
   * The tagged caller moves up at rate n mu + m theta (m callers ahead: a service or an abandonment ahead) and
   * gives up at rate theta; the race is solved by uniformisation, so every term is a probability (stable).
   */
  private static double servedWithin(double[] w, double serviceRate, double theta, double t) {
    int states = w.length;
    double uniform = serviceRate + states * theta + theta;
    double mean = uniform * t;
    int steps = (int) Math.ceil(mean + 10 * Math.sqrt(mean) + 20);
    double[] h = new double[states]; // P(served within the steps so far | m ahead)
    double[] acc = new double[states];
    double logPoisson = -mean; // log P(N = 0)
    for (int step = 0; step <= steps; step++) {
      double weight = Math.exp(logPoisson);
      for (int m = 0; m < states; m++) {
        acc[m] += weight * h[m];
      }
      double[] next = new double[states];
      for (int m = 0; m < states; m++) {
        double forward = (serviceRate + m * theta) / uniform;
        double stay = 1 - forward - theta / uniform;
        next[m] = forward * (m == 0 ? 1 : h[m - 1]) + stay * h[m];
      }
      h = next;
      logPoisson += Math.log(mean) - Math.log(step + 1);
    }
    double total = 0;
    for (int m = 0; m < states; m++) {
      total += w[m] * acc[m];
    }
    return total;
  }
}
