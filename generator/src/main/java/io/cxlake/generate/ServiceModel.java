package io.cxlake.generate;

import java.util.SplittableRandom;

/**
 * Queue and service simulation of one contact. Voice, chat and walk-in contacts draw an offered wait
 * (exponential, mean by region x hourly load x priority) and a patience (lognormal, planted median by
 * region x priority factor); the contact is abandoned when patience runs out first. Abandonment is thus
 * right-censored by service, as in a real ACD log. E-mail and social are answered after minutes to hours.
 */
final class ServiceModel {
  static final double MISDIAL_SHARE = 0.03;
  static final double WALK_IN_PATIENCE_FACTOR = 5.0;
  /** Walk-in queues in shops are much slower than phone queues. */
  private static final double WALK_IN_WAIT_FACTOR = 4.0;
  private static final double CHAT_WAIT_FACTOR = 0.8;
  /** Planted: churners have a worse experience (longer waits). */
  private static final double CHURNER_WAIT_FACTOR = 1.8;
  private static final double MAX_QUEUE_WAIT = 3600;
  private static final double MAX_WALK_IN_WAIT = 5400;
  private static final double HANDLE_SIGMA = 0.5;
  private static final double MAX_HANDLE = 7200;

  private final ArrivalPatterns patterns;
  private final int[] agentsPerSite;

  ServiceModel(ArrivalPatterns patterns, int[] agentsPerSite) {
    this.patterns = patterns;
    this.agentsPerSite = agentsPerSite;
  }

  void serve(Contact c, RegionProfile r, boolean churner, SplittableRandom rng) {
    if (c.channel == Channel.VOICE && rng.nextDouble() < MISDIAL_SHARE) {
      abandon(c, 1 + rng.nextInt(4));
      c.misdial = true;
      return;
    }
    if (!c.channel.queued()) {
      answer(c, deferredResponse(c.channel, rng), churner, rng);
      return;
    }
    double wait = offeredWait(c, r, churner, rng);
    double patience = patience(c, r, rng);
    if (patience < wait) {
      abandon(c, Math.max(1, Math.round(patience)));
    } else {
      answer(c, Math.round(wait), churner, rng);
    }
  }

  private double offeredWait(Contact c, RegionProfile r, boolean churner, SplittableRandom rng) {
    double mean = r.offeredWaitMeanSeconds * patterns.load(c.channel, c.arrival)
        * Regions.PRIORITY_WAIT_FACTOR[c.priority - 1] * (churner ? CHURNER_WAIT_FACTOR : 1.0);
    if (c.channel == Channel.CHAT) {
      mean *= CHAT_WAIT_FACTOR;
    }
    if (c.channel == Channel.WALK_IN) {
      return Math.min(MAX_WALK_IN_WAIT, mean * WALK_IN_WAIT_FACTOR * rng.nextExponential());
    }
    return Math.min(MAX_QUEUE_WAIT, mean * rng.nextExponential());
  }

  private static double patience(Contact c, RegionProfile r, SplittableRandom rng) {
    double median = Regions.patienceMedian(r, c.priority);
    if (c.channel == Channel.WALK_IN) {
      median *= WALK_IN_PATIENCE_FACTOR;
    }
    return median * Math.exp(Regions.PATIENCE_SIGMA * rng.nextGaussian());
  }

  /** E-mail/social: an agent replies after a lognormal delay (median 2 h resp. 30 min). */
  private static long deferredResponse(Channel ch, SplittableRandom rng) {
    double median = ch == Channel.EMAIL ? 7200 : 1800;
    double max = ch == Channel.EMAIL ? 86_400 : 43_200;
    return Math.round(Math.max(120, Math.min(max, median * Math.exp(0.9 * rng.nextGaussian()))));
  }

  private static void abandon(Contact c, long waited) {
    c.answered = false;
    c.waitSeconds = waited;
    c.abandonedTime = c.arrival + waited;
    c.answeredTime = -1;
    c.endTime = c.abandonedTime;
    c.handleSeconds = 0;
    c.agent = 0;
    c.transfers = 0;
    c.disposition = null;
  }

  private void answer(Contact c, long wait, boolean churner, SplittableRandom rng) {
    c.answered = true;
    c.waitSeconds = wait;
    c.answeredTime = c.arrival + wait;
    c.abandonedTime = -1;
    double median = c.queryType.handleMedianSeconds * c.channel.handleFactor;
    long handle = Math.round(Math.min(MAX_HANDLE, median * Math.exp(HANDLE_SIGMA * rng.nextGaussian())));
    c.handleSeconds = Math.max(60, handle);
    c.endTime = c.answeredTime + c.handleSeconds;
    c.agent = 1 + rng.nextInt(agentsPerSite[c.site]);
    c.transfers = transfers(c.queryType, rng);
    c.disposition = disposition(c, churner, rng);
  }

  private static int transfers(QueryType q, SplittableRandom rng) {
    double p = switch (q) {
      case CANCEL_SERVICE -> 0.35;
      case COMPENSATION_REQUEST, ROAMING_BILL_SHOCK -> 0.20;
      default -> 0.10;
    };
    if (rng.nextDouble() >= p) {
      return 0;
    }
    return rng.nextDouble() < 0.15 ? 2 : 1;
  }

  /** Resolution falls with hostile moods and, planted, for churners. */
  private static Disposition disposition(Contact c, boolean churner, SplittableRandom rng) {
    double p = c.queryType.baseResolveRate;
    if (c.mood == Mood.ANGRY) {
      p *= 0.8;
    } else if (c.mood == Mood.DISTRUSTFUL) {
      p *= 0.75;
    }
    if (churner) {
      p *= 0.4;
    }
    if (rng.nextDouble() < p) {
      return Disposition.RESOLVED;
    }
    if (c.transfers > 0 && rng.nextDouble() < 0.6) {
      return Disposition.TRANSFERRED;
    }
    double u = rng.nextDouble();
    return u < 0.35 ? Disposition.FOLLOW_UP : u < 0.70 ? Disposition.CALLBACK_PROMISED : Disposition.UNRESOLVED;
  }
}
