package io.cxlake.generate;

import static io.cxlake.generate.Channel.CHAT;
import static io.cxlake.generate.Channel.EMAIL;
import static io.cxlake.generate.Channel.SOCIAL;
import static io.cxlake.generate.Channel.VOICE;
import static io.cxlake.generate.Channel.WALK_IN;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The planted scenarios and the background they stand out from. A contact of a given channel follows a
 * planted scenario with probability {@link #PLANTED_SHARE}; otherwise it is "background": query type from a
 * channel-specific mix, mood and goal drawn independently. Scenario discovery should find the planted
 * combinations as clear clusters above that background.
 */
final class Scenarios {
  static final double PLANTED_SHARE = 0.6;
  /** Scenario id of background contacts. */
  static final String BACKGROUND_ID = "S00";
  /** Churners lean towards hostile scenarios by this weight factor. */
  static final double CHURNER_HOSTILE_BOOST = 3.0;

  static final List<Scenario> PLANTED = List.of(
      new Scenario("S01", VOICE, QueryType.BILLING_DISPUTE, Mood.ANGRY, Goal.COMPLAIN, 1.0),
      new Scenario("S02", CHAT, QueryType.ROAMING_ACTIVATION, Mood.ANXIOUS, Goal.PURCHASE, 0.8),
      new Scenario("S03", VOICE, QueryType.NETWORK_OUTAGE, Mood.ANGRY, Goal.FIX, 0.9),
      new Scenario("S04", EMAIL, QueryType.PLAN_UPGRADE, Mood.CALM, Goal.PURCHASE, 0.8),
      new Scenario("S05", VOICE, QueryType.CANCEL_SERVICE, Mood.DISTRUSTFUL, Goal.CANCEL, 0.6),
      new Scenario("S06", CHAT, QueryType.PASSWORD_RESET, Mood.CONFUSED, Goal.FIX, 0.9),
      new Scenario("S07", SOCIAL, QueryType.NETWORK_OUTAGE, Mood.ANGRY, Goal.COMPLAIN, 1.0),
      new Scenario("S08", WALK_IN, QueryType.DEVICE_SETUP, Mood.CONFUSED, Goal.INFORM, 1.0),
      new Scenario("S09", VOICE, QueryType.ROAMING_BILL_SHOCK, Mood.ANGRY, Goal.COMPLAIN, 0.6),
      new Scenario("S10", CHAT, QueryType.DELIVERY_STATUS, Mood.ANXIOUS, Goal.INFORM, 0.8),
      new Scenario("S11", EMAIL, QueryType.COMPENSATION_REQUEST, Mood.DISTRUSTFUL, Goal.COMPLAIN, 0.7),
      new Scenario("S12", WALK_IN, QueryType.PLAN_UPGRADE, Mood.CALM, Goal.PURCHASE, 0.8));

  /** Background query-type weights per channel, columns in QueryType order. */
  private static final double[][] BACKGROUND_QUERY = {
      /* voice   */ {14, 8, 6, 10, 8, 12, 6, 8, 6, 4},
      /* chat    */ {10, 10, 5, 10, 10, 8, 4, 4, 14, 14},
      /* email   */ {14, 4, 8, 10, 4, 4, 16, 8, 6, 10},
      /* social  */ {10, 4, 8, 4, 4, 30, 10, 6, 4, 10},
      /* walk_in */ {10, 8, 4, 20, 26, 4, 4, 10, 6, 4}};

  /** Goal weights per query type, columns in Goal order (fix, inform, purchase, complain, cancel). */
  private static final double[][] GOALS = {
      /* billing_dispute      */ {50, 15, 0, 35, 0},
      /* roaming_activation   */ {0, 30, 70, 0, 0},
      /* roaming_bill_shock   */ {50, 0, 0, 40, 10},
      /* plan_upgrade         */ {0, 40, 60, 0, 0},
      /* device_setup         */ {60, 40, 0, 0, 0},
      /* network_outage       */ {70, 0, 0, 30, 0},
      /* compensation_request */ {40, 0, 0, 60, 0},
      /* cancel_service       */ {0, 15, 0, 0, 85},
      /* password_reset       */ {100, 0, 0, 0, 0},
      /* delivery_status      */ {0, 70, 0, 30, 0}};

  private static final Weighted MOOD_NORMAL = new Weighted(40, 18, 17, 15, 10);
  private static final Weighted MOOD_CHURNER = new Weighted(10, 10, 10, 40, 30);

  private final int[][] scenariosByChannel = new int[Channel.values().length][];
  private final Weighted[] normalPick = new Weighted[Channel.values().length];
  private final Weighted[] churnerPick = new Weighted[Channel.values().length];
  private final Weighted[] backgroundQuery = new Weighted[Channel.values().length];
  private final Weighted[] goals = new Weighted[QueryType.values().length];

  Scenarios() {
    for (Channel ch : Channel.values()) {
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i < PLANTED.size(); i++) {
        if (PLANTED.get(i).channel() == ch) {
          ids.add(i + 1);
        }
      }
      int[] idx = ids.stream().mapToInt(Integer::intValue).toArray();
      scenariosByChannel[ch.ordinal()] = idx;
      normalPick[ch.ordinal()] = weights(idx, false);
      churnerPick[ch.ordinal()] = weights(idx, true);
      backgroundQuery[ch.ordinal()] = new Weighted(BACKGROUND_QUERY[ch.ordinal()]);
    }
    for (QueryType q : QueryType.values()) {
      goals[q.ordinal()] = new Weighted(GOALS[q.ordinal()]);
    }
  }

  private static Weighted weights(int[] scenarioNumbers, boolean churner) {
    double[] w = new double[scenarioNumbers.length];
    for (int i = 0; i < w.length; i++) {
      Scenario s = PLANTED.get(scenarioNumbers[i] - 1);
      w[i] = s.weight() * (churner && s.mood().hostile() ? CHURNER_HOSTILE_BOOST : 1.0);
    }
    return new Weighted(w);
  }

  /** Scenario by number: 0 is background, 1..12 the planted ones. */
  static String id(int scenarioNumber) {
    return scenarioNumber == 0 ? BACKGROUND_ID : PLANTED.get(scenarioNumber - 1).id();
  }

  /** Fills channel-conditional query type, mood, goal and scenario number of a contact. */
  void assign(Contact c, boolean churner, SplittableRandom rng) {
    if (rng.nextDouble() < PLANTED_SHARE) {
      Weighted pick = churner ? churnerPick[c.channel.ordinal()] : normalPick[c.channel.ordinal()];
      apply(c, scenariosByChannel[c.channel.ordinal()][pick.pick(rng)]);
      return;
    }
    background(c, QueryType.values()[backgroundQuery[c.channel.ordinal()].pick(rng)], churner, rng);
  }

  /**
   * Like {@link #assign} but with the query type fixed (need follow-ups, churners' cancellations): a
   * matching planted scenario is used with the usual probability, else a background contact of that type.
   */
  void assign(Contact c, QueryType forced, boolean churner, SplittableRandom rng) {
    int[] candidates = scenariosByChannel[c.channel.ordinal()];
    int match = 0;
    for (int number : candidates) {
      if (PLANTED.get(number - 1).queryType() == forced) {
        match = number;
        break;
      }
    }
    if (match != 0 && rng.nextDouble() < PLANTED_SHARE) {
      apply(c, match);
      return;
    }
    background(c, forced, churner, rng);
  }

  private static void apply(Contact c, int number) {
    Scenario s = PLANTED.get(number - 1);
    c.scenario = number;
    c.queryType = s.queryType();
    c.mood = s.mood();
    c.goal = s.goal();
  }

  private void background(Contact c, QueryType q, boolean churner, SplittableRandom rng) {
    c.scenario = 0;
    c.queryType = q;
    c.mood = Mood.values()[(churner ? MOOD_CHURNER : MOOD_NORMAL).pick(rng)];
    c.goal = Goal.values()[goals[q.ordinal()].pick(rng)];
  }

  /** Planned share of all contacts for a planted scenario, given the channel mix (for ground truth). */
  double plannedShare(int number, Weighted channelMix) {
    Scenario s = PLANTED.get(number - 1);
    int ch = s.channel().ordinal();
    int[] idx = scenariosByChannel[ch];
    for (int i = 0; i < idx.length; i++) {
      if (idx[i] == number) {
        return channelMix.probability(ch) * PLANTED_SHARE * normalPick[ch].probability(i);
      }
    }
    return 0;
  }
}
