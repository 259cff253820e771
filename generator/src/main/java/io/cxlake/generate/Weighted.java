package io.cxlake.generate;

import java.util.SplittableRandom;

/** Draws an index with probability proportional to fixed weights (linear scan: arrays are tiny). */
final class Weighted {
  private final double[] cumulative;
  private final double total;

  Weighted(double... weights) {
    if (weights.length == 0) {
      throw new IllegalArgumentException("no weights");
    }
    cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException("negative weight");
      }
      sum += weights[i];
      cumulative[i] = sum;
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("weights sum to zero");
    }
    total = sum;
  }

  int pick(SplittableRandom rng) {
    double u = rng.nextDouble() * total;
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  double probability(int i) {
    double previous = i == 0 ? 0 : cumulative[i - 1];
    return (cumulative[i] - previous) / total;
  }

  int size() {
    return cumulative.length;
  }
}
