package io.cxlake.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Generates the landing feeds of a contact centre in Taiwan, Mainland China, Malaysia and Singapore, with
 * planted ground truth (patience per region, scenarios, need sequences, churners, PII, late rows).
 *
 * <p>Everything comes from one {@link SplittableRandom} seeded with --seed and is consumed in a fixed order,
 * so the same options give byte-identical files. Days are generated one after the other; only the customer
 * pool and the pending (scheduled) contacts outlive a day, which keeps memory bounded.
 */
public final class SyntheticGenerator {
  /** Customers per contact: a pool of about contacts/3 customers. */
  private static final double CUSTOMERS_PER_CONTACT = 1.0 / 3.0;
  /** Contacts one agent handles per day, to size the sites. */
  private static final double CONTACTS_PER_AGENT_DAY = 30;
  private static final Weighted CHURNER_CONTACTS = new Weighted(30, 40, 30); // 1..3
  /** Channels of a churner's last contact: live ones, so the cancellation can follow the same day. */
  private static final Weighted LIVE_CHANNELS = new Weighted(50, 25, 0, 0, 8);
  private static final int LAST_CHURNER_ARRIVAL_HOUR = 20;
  private static final int SIGNUP_YEARS = 8;

  private final GeneratorOptions options;
  private final SplittableRandom rng;
  private final int days;
  private final long firstDay;
  private final long windowStart;
  private final long windowEnd;
  private final Timestamps ts;
  private final CustomerPool pool;
  private final int[] agentsPerSite;
  private final ArrivalPatterns patterns = new ArrivalPatterns();
  private final Scenarios scenarios = new Scenarios();
  private final Weighted channelMix = Channel.mix();
  private final ServiceModel service;
  private final ConversationBuilder conversations = new ConversationBuilder();
  private final Conversation conversation = new Conversation();
  private final PiiPlanter piiPlanter = new PiiPlanter();
  private final GroundTruthStats stats = new GroundTruthStats();
  private final List<List<Pending>> pending;
  private final StringBuilder idBuilder = new StringBuilder(16);
  private long contactSeq;

  /** A contact scheduled for a later day: a churner's story or a latent-need follow-up. */
  private record Pending(int customer, int rule, String firstContactId, boolean churner, boolean churnerLast) {
  }

  private SyntheticGenerator(GeneratorOptions o) {
    options = o;
    rng = new SplittableRandom(o.getSeed());
    days = o.getDays();
    firstDay = o.getStartDate().toEpochDay();
    windowStart = Timestamps.dayStart(firstDay);
    windowEnd = Timestamps.dayStart(firstDay + days);
    ts = new Timestamps(o.getStartDate(), days, SIGNUP_YEARS * 366 + 2);
    pool = CustomerPool.create(Math.max(1, (int) Math.round(o.getContacts() * CUSTOMERS_PER_CONTACT)), rng);
    agentsPerSite = agentsPerSite((double) o.getContacts() / days);
    service = new ServiceModel(patterns, agentsPerSite);
    pending = new ArrayList<>(days);
    for (int d = 0; d < days; d++) {
      pending.add(new ArrayList<>());
    }
  }

  /** Generates all feeds and ground truth under {@code o.getOut()}, replacing earlier output there. */
  public static GenerationSummary generate(GeneratorOptions o) throws IOException {
    long started = System.nanoTime();
    SyntheticGenerator g = new SyntheticGenerator(o);
    return g.run(started);
  }

  private GenerationSummary run(long started) throws IOException {
    Path out = options.getOut();
    cleanPreviousOutput(out);
    scheduleChurners();
    int[] targets = dailyTargets();
    LandingWriter landing = new LandingWriter(out, options.getPartRows(), options.isGzipTurns(), ts);
    try (landing; GroundTruthWriter truth = new GroundTruthWriter(out, ts)) {
      DayContext ctx = new DayContext(landing, truth, new OutboundDialer(landing, pool, agentsPerSite, windowEnd),
          new QaEvaluator(landing, firstDay + days - 1, windowEnd));
      writeSignups(landing);
      int carry = 0;
      for (int d = 0; d < days; d++) {
        int generated = simulateDay(d, targets[d] + carry, ctx);
        carry = targets[d] + carry - generated;
        landing.finishDay(firstDay + d);
      }
      landing.close();
      truth.writeSummary(stats.summary(options, ts, windowStart, windowEnd, pool.size, pool.churners(),
          agentsPerSite, scenarios, landing.rowsPerFeed(), landing.files()));
    }
    var rows = landing.rowsPerFeed();
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    return new GenerationSummary(out, rows.get(LandingWriter.CONTACTS), rows.get(LandingWriter.TURNS),
        rows.get(LandingWriter.OUTBOUND), rows.get(LandingWriter.ACCOUNT_EVENTS), rows.get(LandingWriter.QA),
        landing.files(), elapsed);
  }

  /** The writers a day needs, bundled to keep method signatures short. */
  private record DayContext(LandingWriter landing, GroundTruthWriter truth, OutboundDialer dialer, QaEvaluator qa) {
  }

  // ------------------------------------------------------------------ set-up

  private static int[] agentsPerSite(double contactsPerDay) {
    double[] siteShare = new double[Regions.SITES.length];
    for (RegionProfile r : Regions.ALL) {
      for (int i = 0; i < r.sites.length; i++) {
        siteShare[r.sites[i]] += r.share / 100.0 * r.siteRouting.probability(i);
      }
    }
    int[] agents = new int[siteShare.length];
    for (int s = 0; s < agents.length; s++) {
      agents[s] = (int) Math.max(5, Math.min(999, Math.round(contactsPerDay * siteShare[s] / CONTACTS_PER_AGENT_DAY)));
    }
    return agents;
  }

  /** Splits --contacts over the days by weekday weight so that the total is exact. */
  private int[] dailyTargets() {
    double[] w = new double[days];
    double total = 0;
    for (int d = 0; d < days; d++) {
      w[d] = ArrivalPatterns.DAY_OF_WEEK[options.getStartDate().plusDays(d).getDayOfWeek().getValue() - 1];
      total += w[d];
    }
    int[] targets = new int[days];
    double cumulative = 0;
    long previous = 0;
    for (int d = 0; d < days; d++) {
      cumulative += w[d];
      long upTo = Math.round(options.getContacts() * cumulative / total);
      targets[d] = (int) (upTo - previous);
      previous = upTo;
    }
    return targets;
  }

  /**
   * Plants each churner's story: 1-3 contacts on distinct days, the last one in the second half of the window
   * (its cancellation follows). Churners are demoted when their contacts would crowd out a quarter of the
   * volume, which only happens for tiny runs.
   */
  private void scheduleChurners() {
    int fromDay = Math.min(days - 1, (days + 1) / 2);
    long budget = options.getContacts() / 4;
    long used = 0;
    for (int c = 0; c < pool.size; c++) {
      if (!pool.churner(c)) {
        continue;
      }
      int last = fromDay + rng.nextInt(days - fromDay);
      int earliest = Math.max(0, last - 6);
      int n = Math.min(1 + CHURNER_CONTACTS.pick(rng), last - earliest + 1);
      if (used + n > budget) {
        pool.unmarkChurner(c);
        continue;
      }
      used += n;
      int[] candidates = new int[last - earliest];
      for (int i = 0; i < candidates.length; i++) {
        candidates[i] = earliest + i;
      }
      for (int i = 0; i < n - 1; i++) {
        int j = i + rng.nextInt(candidates.length - i);
        int tmp = candidates[i];
        candidates[i] = candidates[j];
        candidates[j] = tmp;
        pending.get(candidates[i]).add(new Pending(c, -1, null, true, false));
      }
      pending.get(last).add(new Pending(c, -1, null, true, true));
    }
  }

  /** Every customer signed up before the window; those rows land in the first day's folder. */
  private void writeSignups(LandingWriter landing) throws IOException {
    long span = SIGNUP_YEARS * 365L * Timestamps.DAY;
    for (int c = 0; c < pool.size; c++) {
      long t = windowStart - Timestamps.DAY - rng.nextLong(span);
      landing.accountEvent(pool.id(c), pool.region(c), pool.segment(c), "signup", t, firstDay);
    }
  }

  // ------------------------------------------------------------------ one day

  private int simulateDay(int d, int target, DayContext ctx) throws IOException {
    long dayStart = windowStart + (long) d * Timestamps.DAY;
    List<Pending> scheduled = pending.get(d);
    pending.set(d, null);
    List<Contact> today = new ArrayList<>(Math.max(target, scheduled.size()));
    for (Pending p : scheduled) {
      if (p.churner()) {
        today.add(planChurner(p, dayStart));
      }
    }
    for (Pending p : scheduled) {
      if (!p.churner()) {
        if (today.size() < target) {
          today.add(planFollowUp(p, dayStart));
        } else {
          stats.ruleDroppedForCapacity[p.rule()]++;
        }
      }
    }
    while (today.size() < target) {
      today.add(planFresh(dayStart));
    }
    for (Contact c : sortByArrival(today, dayStart)) {
      process(c, d, ctx);
    }
    ctx.dialer().campaigns(dayStart, today.size(), rng);
    return today.size();
  }

  private static List<Contact> sortByArrival(List<Contact> contacts, long dayStart) {
    long[] keys = new long[contacts.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (contacts.get(i).arrival - dayStart) << 32 | i;
    }
    Arrays.sort(keys);
    List<Contact> sorted = new ArrayList<>(keys.length);
    for (long k : keys) {
      sorted.add(contacts.get((int) (k & 0xFFFF_FFFFL)));
    }
    return sorted;
  }

  private Contact planFresh(long dayStart) {
    Contact c = new Contact();
    c.customer = pool.drawActive(rng);
    c.channel = Channel.values()[channelMix.pick(rng)];
    scenarios.assign(c, false, rng);
    c.arrival = patterns.arrival(c.channel, dayStart, rng);
    return route(c);
  }

  private Contact planFollowUp(Pending p, long dayStart) {
    NeedRule rule = NeedRule.ALL.get(p.rule());
    Contact c = new Contact();
    c.customer = p.customer();
    c.channel = Channel.values()[channelMix.pick(rng)];
    scenarios.assign(c, rule.followUp(), false, rng);
    c.followRule = p.rule();
    c.followFirstContactId = p.firstContactId();
    c.arrival = patterns.arrival(c.channel, dayStart, rng);
    return route(c);
  }

  private Contact planChurner(Pending p, long dayStart) {
    Contact c = new Contact();
    c.customer = p.customer();
    c.churnerLast = p.churnerLast();
    if (p.churnerLast()) {
      c.channel = Channel.values()[LIVE_CHANNELS.pick(rng)];
      if (rng.nextDouble() < 0.5) {
        scenarios.assign(c, QueryType.CANCEL_SERVICE, true, rng);
      } else {
        scenarios.assign(c, true, rng);
      }
      c.arrival = patterns.arrivalBefore(c.channel, dayStart, LAST_CHURNER_ARRIVAL_HOUR, rng);
    } else {
      c.channel = Channel.values()[channelMix.pick(rng)];
      scenarios.assign(c, true, rng);
      c.arrival = patterns.arrival(c.channel, dayStart, rng);
    }
    return route(c);
  }

  /** Site (distributed centre for Taichung), queue priority and language. */
  private Contact route(Contact c) {
    RegionProfile r = pool.region(c.customer);
    c.site = r.sites[r.siteRouting.pick(rng)];
    c.priority = pool.priority(c.customer, c.queryType, rng);
    c.language = pool.language(c.customer);
    return c;
  }

  // ------------------------------------------------------------------ one contact

  private void process(Contact c, int d, DayContext ctx) throws IOException {
    RegionProfile r = pool.region(c.customer);
    boolean churner = pool.churner(c.customer);
    c.id = nextContactId(c.channel);
    service.serve(c, r, churner, rng);
    PiiPlanter.Planted pii = c.answered && rng.nextDouble() < PiiPlanter.ANSWERED_SHARE ? piiPlanter.plant(r, rng)
        : null;
    conversations.build(c, r, pii, churner, rng, conversation);
    c.late = rng.nextDouble() < options.getLateShare();
    String customerId = pool.id(c.customer);
    writeContactAndTurns(c, customerId, r, ctx);
    recordTruth(c, customerId, r, churner, pii, ctx.truth());
    if (!churner) {
      scheduleFollowUps(c, d);
    }
    accountEvents(c, customerId, r, ctx.landing());
    if (!c.churnerLast) {
      outbound(c, customerId, r, ctx.dialer());
    }
    if (c.answered && !c.misdial && rng.nextDouble() < QaEvaluator.SAMPLE_SHARE && ctx.qa().evaluate(c, rng) > 0) {
      stats.qaEvaluations++;
    }
    if (c.churnerLast) {
      cancel(c, customerId, r, ctx);
    }
  }

  private String nextContactId(Channel ch) {
    idBuilder.setLength(0);
    idBuilder.append(ch.idPrefix);
    Timestamps.pad(idBuilder, ++contactSeq, 9);
    return idBuilder.toString();
  }

  /** Late contacts (and their turns) land one dt folder later than their business date. */
  private void writeContactAndTurns(Contact c, String customerId, RegionProfile r, DayContext ctx)
      throws IOException {
    int shift = c.late ? 1 : 0;
    long arrivalDay = Timestamps.localDay(c.arrival);
    ctx.landing().contact(c, customerId, r, arrivalDay + shift);
    // Social platforms do not tell the language of a post.
    Language turnLanguage = c.channel == Channel.SOCIAL ? null : c.language;
    Conversation conv = conversation;
    for (int i = 0; i < conv.size; i++) {
      ctx.landing().turn(c.id, i + 1, conv.speakers[i], conv.times[i], conv.texts[i], turnLanguage,
          Timestamps.localDay(conv.times[i]) + shift);
    }
    if (c.late) {
      ctx.truth().late(c.id, arrivalDay, arrivalDay + 1);
    }
  }

  private void recordTruth(Contact c, String customerId, RegionProfile r, boolean churner, PiiPlanter.Planted pii,
      GroundTruthWriter truth) throws IOException {
    truth.contactScenario(c, customerId, churner);
    if (pii != null) {
      if (conversation.piiTurnNo == 0) {
        throw new IllegalStateException("PII of " + c.id + " was not placed in a turn");
      }
      truth.pii(c.id, conversation.piiTurnNo, pii.type(), pii.value());
      stats.pii[pii.type().ordinal()]++;
    }
    if (c.followRule >= 0) {
      truth.followup(customerId, c.followFirstContactId, c.id, NeedRule.ALL.get(c.followRule));
      stats.rulePlanted[c.followRule]++;
    }
    stats.count(c, r, churner);
  }

  /** Latent needs: a trigger contact schedules a follow-up of the same customer some days later. */
  private void scheduleFollowUps(Contact c, int d) {
    for (int i = 0; i < NeedRule.ALL.size(); i++) {
      NeedRule rule = NeedRule.ALL.get(i);
      if (rule.trigger() != c.queryType || rule.onlyIfUnresolved() && c.resolved()) {
        continue;
      }
      stats.ruleTriggers[i]++;
      if (rng.nextDouble() >= rule.probability()) {
        continue;
      }
      int day = d + rule.minDays() + rng.nextInt(rule.maxDays() - rule.minDays() + 1);
      if (day >= days) {
        stats.ruleBeyondWindow[i]++;
        continue;
      }
      pending.get(day).add(new Pending(c.customer, i, c.id, false, false));
    }
  }

  /** plan_change after successful upgrades, complaint_filed after some hostile contacts. */
  private void accountEvents(Contact c, String customerId, RegionProfile r, LandingWriter landing)
      throws IOException {
    if (c.queryType == QueryType.PLAN_UPGRADE && c.answered) {
      double p = c.resolved() ? c.goal == Goal.PURCHASE ? 0.7 : 0.3 : 0.05;
      if (rng.nextDouble() < p) {
        long t = c.endTime + 300 + rng.nextInt(3 * 3600);
        if (t < windowEnd) {
          landing.accountEvent(customerId, r, pool.segment(c.customer), "plan_change", t, Timestamps.localDay(t));
          stats.planChanges++;
        }
      }
    }
    double complaint = c.mood == Mood.ANGRY ? c.goal == Goal.COMPLAIN ? 0.15 : 0.05
        : c.mood == Mood.DISTRUSTFUL && c.goal == Goal.COMPLAIN ? 0.06 : 0;
    if (complaint > 0 && rng.nextDouble() < complaint) {
      long t = c.endTime + 3600 + rng.nextInt(29 * 3600);
      if (t < windowEnd) {
        landing.accountEvent(customerId, r, pool.segment(c.customer), "complaint_filed", t, Timestamps.localDay(t));
        stats.complaints++;
      }
    }
  }

  private void outbound(Contact c, String customerId, RegionProfile r, OutboundDialer dialer) throws IOException {
    if (c.disposition == Disposition.CALLBACK_PROMISED) {
      dialer.callback(c, customerId, r, rng);
    } else if (c.resolved() && rng.nextDouble() < OutboundDialer.SURVEY_SHARE) {
      dialer.survey(c, customerId, r, rng);
    }
  }

  /** The churner cancels minutes to hours after the last contact, always inside the window. */
  private void cancel(Contact c, String customerId, RegionProfile r, DayContext ctx) throws IOException {
    long t = Math.min(c.endTime + 600 + rng.nextInt(4 * 3600 - 600), windowEnd - 60);
    if (t <= c.endTime) {
      t = c.endTime + 1;
    }
    ctx.landing().accountEvent(customerId, r, pool.segment(c.customer), "cancellation", t, Timestamps.localDay(t));
    ctx.truth().churner(customerId, r, t);
    pool.markCancelled(c.customer);
    stats.cancellations++;
  }

  // ------------------------------------------------------------------ output directory

  /** Removes only what this generator writes, so stale part files of an earlier run cannot linger. */
  private static void cleanPreviousOutput(Path out) throws IOException {
    Files.createDirectories(out);
    List<Path> ours = new ArrayList<>();
    for (String feed : new String[] {LandingWriter.CONTACTS, LandingWriter.TURNS, LandingWriter.OUTBOUND,
        LandingWriter.ACCOUNT_EVENTS, LandingWriter.QA}) {
      ours.add(out.resolve("landing").resolve(feed));
    }
    ours.add(out.resolve("ground_truth"));
    ours.add(out.resolve("ground_truth.json"));
    for (Path p : ours) {
      deleteRecursively(p);
    }
  }

  private static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      walk.sorted(Comparator.reverseOrder()).forEach(x -> {
        try {
          Files.delete(x);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
