package io.cxlake.generate;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Human QA of about {@link #SAMPLE_SHARE} of answered contacts: one evaluator scores 8 rubric elements 1-2
 * days later. Scores are planted to follow what happened: waits, resolution, mood, and whether the agent
 * used empathy/ownership phrases or stated a service guarantee in the turns.
 */
final class QaEvaluator {
  static final double SAMPLE_SHARE = 0.02;
  static final String[] RUBRIC = {
      "timeliness.wait_within_target",
      "timeliness.efficient_handling",
      "information.accurate_answer",
      "information.complete_answer",
      "connection.empathy",
      "connection.ownership",
      "differentiation.service_guarantee",
      "resolution.first_contact_resolution"};
  private static final String[] EVALUATORS = {"QA01", "QA02", "QA03", "QA04", "QA05"};
  private static final double NOISE = 6.0;

  private final LandingWriter landing;
  private final long lastDay;
  private final long windowEnd;

  QaEvaluator(LandingWriter landing, long lastDay, long windowEnd) {
    this.landing = landing;
    this.lastDay = lastDay;
    this.windowEnd = windowEnd;
  }

  /** Evaluates the contact when the evaluation can still happen inside the window; returns rows written. */
  int evaluate(Contact c, SplittableRandom rng) throws IOException {
    long day = Math.min(Timestamps.localDay(c.endTime) + 1 + rng.nextInt(2), lastDay);
    long t = Timestamps.dayStart(day) + 9 * 3600 + rng.nextInt(9 * 3600);
    if (t <= c.endTime) {
      t = Math.min(c.endTime + 1800 + rng.nextInt(1800), windowEnd - 1);
    }
    if (t <= c.endTime) {
      return 0;
    }
    String evaluator = EVALUATORS[rng.nextInt(EVALUATORS.length)];
    double moodShift = switch (c.mood) {
      case ANGRY -> -6;
      case DISTRUSTFUL -> -5;
      case CONFUSED -> -2;
      default -> 0;
    };
    for (int i = 0; i < RUBRIC.length; i++) {
      double score = base(i, c) + moodShift + NOISE * rng.nextGaussian();
      landing.qa(c.id, evaluator, RUBRIC[i], Math.max(0, Math.min(100, score)), t);
    }
    return RUBRIC.length;
  }

  private static double base(int element, Contact c) {
    boolean resolved = c.resolved();
    return switch (element) {
      case 0 -> waitScore(c);
      case 1 -> c.handleSeconds <= c.queryType.handleMedianSeconds * c.channel.handleFactor * 1.5 ? 82 : 62;
      case 2 -> resolved ? 88 : 68;
      case 3 -> resolved ? 85 : 64;
      case 4 -> c.empathyShown ? 90 : 58;
      case 5 -> c.ownershipShown ? 90 : 60;
      case 6 -> c.guaranteeStated ? 92 : 50;
      default -> resolved ? 92 : c.transfers > 0 ? 48 : 40;
    };
  }

  private static double waitScore(Contact c) {
    if (c.channel == Channel.EMAIL || c.channel == Channel.SOCIAL) {
      return c.waitSeconds <= 4 * 3600 ? 90 : 62;
    }
    long target = c.channel == Channel.WALK_IN ? 600 : 20;
    return c.waitSeconds <= target ? 95 : c.waitSeconds <= 3 * target ? 78 : 55;
  }
}
