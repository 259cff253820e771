package io.cxlake.generate;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Outbound attempts (about 0.5 per contact): promised call-backs within a day, post-contact surveys, and
 * renewal/upsell campaign calls that fill up the daily volume. Churners answer less often. Attempts that
 * would fall after the window are not written (they belong to a later extract).
 */
final class OutboundDialer {
  static final double ATTEMPTS_PER_CONTACT = 0.5;
  static final double SURVEY_SHARE = 0.10;
  private static final String[] OUTCOMES = {"answered", "no_answer", "rejected", "blocked_as_spam"};
  private static final Weighted CAMPAIGN_OUTCOME = new Weighted(22, 50, 15, 13);
  private static final Weighted CHURNER_OUTCOME = new Weighted(10, 55, 20, 15);
  private static final Weighted CALLBACK_OUTCOME = new Weighted(35, 40, 15, 10);
  private static final int CALLING_START = 9 * 3600;
  private static final int CALLING_END = 21 * 3600;
  private static final int DIALLER_SEATS = 20;

  private final LandingWriter landing;
  private final CustomerPool pool;
  private final int[] agentsPerSite;
  private final long windowEnd;
  private final StringBuilder id = new StringBuilder(16);
  private long nextAttempt = 1;
  private int fromContactsToday;

  OutboundDialer(LandingWriter landing, CustomerPool pool, int[] agentsPerSite, long windowEnd) {
    this.landing = landing;
    this.pool = pool;
    this.agentsPerSite = agentsPerSite;
    this.windowEnd = windowEnd;
  }

  /** The call-back promised by the agent who handled the contact. */
  void callback(Contact c, String customerId, RegionProfile r, SplittableRandom rng) throws IOException {
    long t = callingHours(c.endTime + 1800 + rng.nextInt(20 * 3600), rng);
    Weighted outcomes = pool.churner(c.customer) ? CHURNER_OUTCOME : CALLBACK_OUTCOME;
    StringBuilder agent = new StringBuilder(12);
    LandingWriter.appendAgent(agent, c.site, c.agent);
    write(customerId, "callback", t, OUTCOMES[outcomes.pick(rng)], r, agent.toString(), true);
  }

  /** A satisfaction survey call a few hours after a resolved contact. */
  void survey(Contact c, String customerId, RegionProfile r, SplittableRandom rng) throws IOException {
    long t = callingHours(c.endTime + 3600 + rng.nextInt(5 * 3600), rng);
    Weighted outcomes = pool.churner(c.customer) ? CHURNER_OUTCOME : CAMPAIGN_OUTCOME;
    write(customerId, "survey", t, OUTCOMES[outcomes.pick(rng)], r, seat(c.site, rng), true);
  }

  /** Renewal and upsell calls of the day, topping attempts up to about 0.5 per contact. */
  void campaigns(long dayStart, int contactsToday, SplittableRandom rng) throws IOException {
    long n = Math.round(ATTEMPTS_PER_CONTACT * contactsToday) - fromContactsToday;
    fromContactsToday = 0;
    for (long i = 0; i < n; i++) {
      int customer = pool.drawNotCancelled(rng);
      RegionProfile r = pool.region(customer);
      int site = r.sites[r.siteRouting.pick(rng)];
      String campaign = rng.nextDouble() < 0.55 ? "renewal" : "upsell";
      long t = dayStart + CALLING_START + rng.nextInt(CALLING_END - CALLING_START);
      int outcome = (pool.churner(customer) ? CHURNER_OUTCOME : CAMPAIGN_OUTCOME).pick(rng);
      // A human takes over only when someone picks up; otherwise the attempt stays on a dialler seat.
      String agent;
      if (outcome == 0 || outcome == 2) {
        StringBuilder sb = new StringBuilder(12);
        LandingWriter.appendAgent(sb, site, 1 + rng.nextInt(agentsPerSite[site]));
        agent = sb.toString();
      } else {
        agent = seat(site, rng);
      }
      write(pool.id(customer), campaign, t, OUTCOMES[outcome], r, agent, false);
    }
  }

  private void write(String customerId, String campaign, long t, String outcome, RegionProfile r, String agent,
      boolean fromContact) throws IOException {
    if (t >= windowEnd) {
      return;
    }
    id.setLength(0);
    id.append('A');
    Timestamps.pad(id, nextAttempt++, 8);
    landing.outbound(id.toString(), customerId, campaign, t, outcome, r, agent);
    if (fromContact) {
      fromContactsToday++;
    }
  }

  private static String seat(int site, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(10).append(Regions.SITES[site]).append("-D");
    Timestamps.pad(sb, 1 + rng.nextInt(DIALLER_SEATS), 2);
    return sb.toString();
  }

  /** Moves an attempt into 09:00-21:00 local calling hours (same or next morning). */
  private static long callingHours(long t, SplittableRandom rng) {
    int sod = Timestamps.secondOfDay(t);
    long dayStart = t - sod;
    if (sod < CALLING_START) {
      return dayStart + CALLING_START + rng.nextInt(7200);
    }
    if (sod >= CALLING_END) {
      return dayStart + Timestamps.DAY + CALLING_START + rng.nextInt(7200);
    }
    return t;
  }
}
