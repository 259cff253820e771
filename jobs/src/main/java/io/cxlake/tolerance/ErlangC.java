package io.cxlake.tolerance;

/**
 * The M/M/n queue (Erlang-C): callers wait forever. Computed through the Erlang-B recursion, which never forms
 * a factorial or a power, so it stays exact at thousands of agents.
 */
public final class ErlangC {

  private ErlangC() {}

  /** Erlang-B blocking probability of {@code n} servers at {@code load} Erlangs, by B(k) = A B(k-1) / (k + A B(k-1)). */
  public static double erlangB(int n, double load) {
    double b = 1.0;
    for (int k = 1; k <= n; k++) {
      b = load * b / (k + load * b);
    }
    return b;
  }

  /** Probability that an arrival waits; 1 when the queue is unstable ({@code n <= load}). */
  public static double probabilityOfWait(int n, double load) {
    if (n <= load) {
      return 1.0;
    }
    double b = erlangB(n, load);
    return n * b / (n - load * (1 - b));
  }

  /** Share of arrivals answered within {@code t} seconds: 1 - C e^{-(n mu - lambda) t}. */
  public static double serviceLevel(int n, double arrivalsPerSecond, double handleSeconds, double t) {
    double load = arrivalsPerSecond * handleSeconds;
    if (n <= load) {
      return 0.0;
    }
    double drain = n / handleSeconds - arrivalsPerSecond;
    return 1 - probabilityOfWait(n, load) * Math.exp(-drain * t);
  }

  /** Mean wait of all arrivals (ASA), seconds; infinite when unstable. */
  public static double averageWait(int n, double arrivalsPerSecond, double handleSeconds) {
    double load = arrivalsPerSecond * handleSeconds;
    if (n <= load) {
      return Double.POSITIVE_INFINITY;
    }
    return probabilityOfWait(n, load) / (n / handleSeconds - arrivalsPerSecond);
  }

  /** Fewest agents answering at least {@code level} of arrivals within {@code t} seconds. */
  public static int agentsFor(double arrivalsPerSecond, double handleSeconds, double t, double level) {
    int n = Math.max(1, (int) Math.floor(arrivalsPerSecond * handleSeconds) + 1);
    while (serviceLevel(n, arrivalsPerSecond, handleSeconds, t) < level) {
      n++;
    }
    return n;
  }
}
