package io.cxlake.bench;

import java.util.List;

/**
 * How a job's time grows with the contacts: a least-squares line {@code seconds = fixed + perContact * contacts}
 * over the scales, and whether the cost per extra contact rises from the first step of scales to the last
 * (faster than linear) beyond run-to-run noise.
 */
record Linearity(double fixedSeconds, double secondsPerContact, double growth, boolean fasterThanLinear) {

  /** A marginal cost 25 % above the first step's is more than the spread between runs of the same code. */
  static final double TOLERANCE = 1.25;

  static Linearity of(List<Long> contacts, List<Double> seconds) {
    int n = contacts.size();
    if (n == 1) {
      return new Linearity(0, seconds.get(0) / contacts.get(0), Double.NaN, false);
    }
    double mx = contacts.stream().mapToDouble(Long::doubleValue).average().orElse(0);
    double my = seconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double cov = 0;
    double var = 0;
    for (int i = 0; i < n; i++) {
      cov += (contacts.get(i) - mx) * (seconds.get(i) - my);
      var += (contacts.get(i) - mx) * (contacts.get(i) - mx);
    }
    double slope = cov / var;
    double fixed = my - slope * mx;
    if (fixed < 0 || slope < 0) { // noise around a line through the origin
      slope = seconds.stream().mapToDouble(Double::doubleValue).sum()
          / contacts.stream().mapToDouble(Long::doubleValue).sum();
      fixed = 0;
    }
    double first = marginal(contacts, seconds, 0);
    double last = marginal(contacts, seconds, n - 2);
    double growth = first > 0 ? last / first : Double.NaN;
    boolean faster = n >= 3 ? first > 0 && last > TOLERANCE * first
        : exponent(contacts, seconds) > 1.1;
    return new Linearity(fixed, slope, n >= 3 ? growth : exponent(contacts, seconds), faster);
  }

  private static double marginal(List<Long> contacts, List<Double> seconds, int i) {
    return (seconds.get(i + 1) - seconds.get(i)) / (contacts.get(i + 1) - contacts.get(i));
  }

  /** The power of contacts that time grows with between the smallest and the largest scale. */
  static double exponent(List<Long> contacts, List<Double> seconds) {
    int last = contacts.size() - 1;
    return Math.log(seconds.get(last) / seconds.get(0)) / Math.log((double) contacts.get(last) / contacts.get(0));
  }
}
