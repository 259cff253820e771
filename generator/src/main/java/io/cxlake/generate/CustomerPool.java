package io.cxlake.generate;

import java.util.SplittableRandom;

/**
 * The customers, stored as primitive arrays because they are the only state that lives for the whole run.
 * Ids are C + 7 digits (C0001234). About {@link #CHURN_SHARE} of them are planted churners.
 */
final class CustomerPool {
  static final double CHURN_SHARE = 0.05;
  /** Share of fresh contacts that come from the heavy-user tenth of the pool. */
  private static final double HEAVY_USER_SHARE = 0.3;
  private static final Weighted SEGMENTS = new Weighted(75, 15, 10);

  final int size;
  private final byte[] region;
  private final byte[] segment;
  private final byte[] language;
  private final boolean[] churner;
  private final boolean[] cancelled;
  private final int heavyUsers;
  private int churners;

  private CustomerPool(int size) {
    this.size = size;
    region = new byte[size];
    segment = new byte[size];
    language = new byte[size];
    churner = new boolean[size];
    cancelled = new boolean[size];
    heavyUsers = Math.max(1, size / 10);
  }

  static CustomerPool create(int size, SplittableRandom rng) {
    CustomerPool pool = new CustomerPool(size);
    Weighted regions = Regions.customerMix();
    for (int i = 0; i < size; i++) {
      RegionProfile r = Regions.ALL.get(regions.pick(rng));
      pool.region[i] = (byte) r.index;
      pool.segment[i] = (byte) SEGMENTS.pick(rng);
      pool.language[i] = (byte) r.languages.pick(rng);
      if (rng.nextDouble() < CHURN_SHARE) {
        pool.churner[i] = true;
        pool.churners++;
      }
    }
    // Fresh contacts are drawn among non-churners, so keep at least one.
    if (pool.churners == size) {
      pool.churner[0] = false;
      pool.churners--;
    }
    return pool;
  }

  /** A customer for an unplanned contact: never a churner (their contacts are scheduled up front). */
  int drawActive(SplittableRandom rng) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      int idx = rng.nextDouble() < HEAVY_USER_SHARE ? rng.nextInt(heavyUsers) : rng.nextInt(size);
      if (!churner[idx]) {
        return idx;
      }
    }
    for (int i = 0; i < size; i++) {
      if (!churner[i]) {
        return i;
      }
    }
    throw new IllegalStateException("no active customer");
  }

  /** Any customer who has not cancelled yet (outbound campaigns). */
  int drawNotCancelled(SplittableRandom rng) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      int idx = rng.nextInt(size);
      if (!cancelled[idx]) {
        return idx;
      }
    }
    return drawActive(rng);
  }

  /** Queue priority 1..3: premium first, business mostly 2, consumers mostly 3. */
  int priority(int idx, QueryType q, SplittableRandom rng) {
    int p = switch (segment(idx)) {
      case PREMIUM -> 1;
      case BUSINESS -> rng.nextDouble() < 0.2 ? 1 : 2;
      case CONSUMER -> rng.nextDouble() < 0.35 ? 2 : 3;
    };
    // The retention queue is prioritised: a cancelling customer is worth answering quickly.
    return q == QueryType.CANCEL_SERVICE ? Math.min(p, 2) : p;
  }

  void appendId(StringBuilder sb, int idx) {
    sb.append('C');
    Timestamps.pad(sb, idx + 1L, 7);
  }

  String id(int idx) {
    StringBuilder sb = new StringBuilder(9);
    appendId(sb, idx);
    return sb.toString();
  }

  RegionProfile region(int idx) {
    return Regions.ALL.get(region[idx]);
  }

  Segment segment(int idx) {
    return Segment.values()[segment[idx]];
  }

  Language language(int idx) {
    return Language.values()[language[idx]];
  }

  boolean churner(int idx) {
    return churner[idx];
  }

  /** Demotes a churner to a normal customer (only when the window is too small to plant its story). */
  void unmarkChurner(int idx) {
    if (churner[idx]) {
      churner[idx] = false;
      churners--;
    }
  }

  void markCancelled(int idx) {
    cancelled[idx] = true;
  }

  boolean cancelled(int idx) {
    return cancelled[idx];
  }

  int churners() {
    return churners;
  }
}
