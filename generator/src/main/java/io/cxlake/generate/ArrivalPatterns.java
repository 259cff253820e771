package io.cxlake.generate;

import java.util.SplittableRandom;

/**
 * Intraday arrival intensity per channel (hourly weights, local time). Voice and walk-in run 08:00-22:00 with
 * peaks at 10-11 and 14-16, chat is 24h with an evening peak, e-mail and social are spread over the day.
 * The same curve drives queue load: offered waits are longer in busy hours.
 */
final class ArrivalPatterns {
  private static final double[][] HOURLY = {
      /* voice   */ {0, 0, 0, 0, 0, 0, 0, 0, 4, 8, 11, 11, 7, 8, 10, 10, 9, 7, 5, 4, 3, 2, 0, 0},
      /* chat    */ {3, 2, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7, 8, 10, 11, 9, 6},
      /* email   */ {1, 1, 0.5, 0.5, 0.5, 0.5, 1, 2, 4, 6, 6, 6, 5, 5, 6, 6, 5, 5, 4, 4, 4, 3, 3, 2},
      /* social  */ {2, 1, 0.5, 0.5, 0.5, 0.5, 1, 2, 3, 4, 4, 4, 5, 5, 4, 4, 4, 5, 6, 7, 8, 8, 7, 4},
      /* walk_in */ {0, 0, 0, 0, 0, 0, 0, 0, 2, 6, 10, 11, 8, 9, 11, 11, 10, 8, 7, 7, 5, 3, 0, 0}};

  /** Weekday weights Monday..Sunday: fewer contacts at weekends. */
  static final double[] DAY_OF_WEEK = {1.0, 1.0, 1.0, 1.0, 1.0, 0.85, 0.75};

  private final Weighted[] hourPick = new Weighted[HOURLY.length];
  private final double[][] load = new double[HOURLY.length][24];

  ArrivalPatterns() {
    for (int ch = 0; ch < HOURLY.length; ch++) {
      hourPick[ch] = new Weighted(HOURLY[ch]);
      double max = 0;
      for (double v : HOURLY[ch]) {
        max = Math.max(max, v);
      }
      for (int h = 0; h < 24; h++) {
        load[ch][h] = 0.5 + 1.1 * HOURLY[ch][h] / max;
      }
    }
  }

  /** Arrival second of a contact on the day starting at {@code dayStart}. */
  long arrival(Channel ch, long dayStart, SplittableRandom rng) {
    int hour = hourPick[ch.ordinal()].pick(rng);
    return dayStart + hour * 3600L + rng.nextInt(3600);
  }

  /** Arrival no later than {@code latestHour}:00 (churners' last contacts must leave room for cancelling). */
  long arrivalBefore(Channel ch, long dayStart, int latestHour, SplittableRandom rng) {
    for (int attempt = 0; attempt < 50; attempt++) {
      long t = arrival(ch, dayStart, rng);
      if (t < dayStart + latestHour * 3600L) {
        return t;
      }
    }
    return dayStart + 10 * 3600L + rng.nextInt(3600);
  }

  /** Relative queue load (0.5 .. 1.6) of the hour an instant falls into. */
  double load(Channel ch, long epochSecond) {
    return load[ch.ordinal()][Timestamps.secondOfDay(epochSecond) / 3600];
  }
}
