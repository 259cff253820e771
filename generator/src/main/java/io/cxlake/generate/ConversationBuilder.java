package io.cxlake.generate;

import java.util.SplittableRandom;

/**
 * Writes the turns of a contact from the language templates. Customers and agents alternate; voice and
 * walk-in start with the agent's greeting, chat may start with a bot, e-mail and social with the
 * customer's message. The shape of the script depends on how many turns the contact gets (3..9): short
 * conversations merge acknowledgement, action and closing into one agent turn.
 */
final class ConversationBuilder {
  /** Share of customers who say outright what they want; the others leave it to be inferred. */
  static final double GOAL_STATED = 0.85;
  static final String CUSTOMER = "customer";
  static final String AGENT = "agent";
  static final String BOT = "bot";

  private static final Weighted AGENT_FIRST_TURNS = new Weighted(3, 6, 12, 18, 20, 20, 21); // 3..9
  private static final Weighted CHAT_TURNS = new Weighted(4, 10, 16, 20, 24, 26); // 3..8 (+ bot)
  private static final Weighted EMAIL_TURNS = new Weighted(50, 35, 15); // 3..5
  private static final Weighted SOCIAL_TURNS = new Weighted(35, 35, 20, 10); // 3..6
  private static final int[] HOURS = {24, 48, 72};
  private static final int[] GIGABYTES = {10, 20, 30, 50, 100};

  private enum Step { GREET, OPEN, DETAIL, REACTION, REACTION2, FINAL, ACK, ACK_ACTION, ACK_ACTION_CLOSE, ACTION,
    CLOSE, FAREWELL }

  private final String[] slots = new String[Slot.values().length];
  private final Step[] script = new Step[Conversation.MAX_TURNS];

  // per-contact state of the script being rendered
  private LanguagePack pack;
  private Contact contact;
  private SplittableRandom rng;
  private boolean churnPending;
  private boolean guaranteePending;
  private boolean piiPending;
  private PiiType.Kind piiKind;
  private boolean hasDetail;
  private boolean verifyPending;

  /**
   * Fills {@code out} with the turns of {@code c}. Also records on the contact which agent phrases were
   * used (for QA scoring) and may move its end time so the last turn fits.
   */
  void build(Contact c, RegionProfile r, PiiPlanter.Planted pii, boolean churner, SplittableRandom random,
      Conversation out) {
    out.clear();
    this.pack = LanguagePack.forLanguage(c.language);
    this.contact = c;
    this.rng = random;
    churnPending = false;
    guaranteePending = false;
    piiPending = false;
    verifyPending = false;
    fillSlots(c, r, pii);
    if (!c.answered) {
      abandoned(c, out);
      return;
    }
    decideAgentPhrases(c);
    churnPending = churner ? rng.nextDouble() < 0.8 : c.goal == Goal.CANCEL && rng.nextDouble() < 0.6;
    piiPending = pii != null;
    piiKind = pii == null ? null : pii.type().kind;
    int length = planScript(c.channel);
    int lastCustomer = -1;
    hasDetail = false;
    for (int i = 0; i < length; i++) {
      hasDetail |= script[i] == Step.DETAIL;
      if (!isAgentStep(script[i])) {
        lastCustomer = i;
      }
    }
    // The agent asks for identification before the customer gives it (when there is a turn for that).
    verifyPending = piiPending && hasDetail ? rng.nextDouble() < 0.6 : rng.nextDouble() < 0.1;
    boolean bot = c.channel == Channel.CHAT && rng.nextDouble() < 0.6;
    if (bot) {
      append(out.add(BOT), pack.bot);
    }
    for (int i = 0; i < length; i++) {
      boolean agent = isAgentStep(script[i]);
      render(script[i], out.add(agent ? AGENT : CUSTOMER), i == lastCustomer);
      if (pii != null && !piiPending && out.piiTurnNo == 0) {
        out.piiTurnNo = out.size;
      }
    }
    schedule(c, out, bot);
  }

  // ---------------------------------------------------------------- slots

  private void fillSlots(Contact c, RegionProfile r, PiiPlanter.Planted pii) {
    boolean zh = c.language.chinese();
    boolean traditional = c.language == Language.ZH_HANT;
    int amount = r.amountMin + r.amountStep * rng.nextInt((r.amountMax - r.amountMin) / r.amountStep + 1);
    long minutes = c.waitSeconds / 60 >= 5 ? c.waitSeconds / 60 : 10 + rng.nextInt(41);
    slots[Slot.BRAND.ordinal()] = pack.brand;
    slots[Slot.AGENT.ordinal()] = pick(zh ? r.agentNamesZh : r.agentNamesEn);
    slots[Slot.AGENT_NO.ordinal()] = Integer.toString((c.site + 1) * 1000 + c.agent % 1000);
    slots[Slot.MONEY.ordinal()] = r.money(amount, c.language);
    slots[Slot.AMT_ZH.ordinal()] = zh ? ChineseNumerals.of(amount, traditional) : Integer.toString(amount);
    slots[Slot.DAYS.ordinal()] = Integer.toString(2 + rng.nextInt(9));
    slots[Slot.MINS.ordinal()] = Long.toString(minutes);
    slots[Slot.MINS_ZH.ordinal()] = zh ? ChineseNumerals.of((int) Math.min(minutes, 999), traditional)
        : Long.toString(minutes);
    String[] plans = zh ? r.plansZh : r.plansEn;
    int plan = rng.nextInt(plans.length);
    slots[Slot.PLAN.ordinal()] = plans[plan];
    slots[Slot.NEWPLAN.ordinal()] = plans[(plan + 1 + rng.nextInt(plans.length - 1)) % plans.length];
    slots[Slot.PLACE.ordinal()] = pick(zh ? r.placesZh : r.placesEn);
    slots[Slot.COUNTRY.ordinal()] = pick(pack.countries);
    slots[Slot.DEVICE.ordinal()] = pick(pack.devices);
    slots[Slot.ORDER.ordinal()] = "SO" + (10_000_000 + rng.nextInt(90_000_000));
    slots[Slot.COMPETITOR.ordinal()] = pick(zh ? r.competitorsZh : r.competitorsEn);
    slots[Slot.HOURS.ordinal()] = Integer.toString(HOURS[rng.nextInt(HOURS.length)]);
    slots[Slot.GB.ordinal()] = Integer.toString(GIGABYTES[rng.nextInt(GIGABYTES.length)]);
    slots[Slot.PII.ordinal()] = pii == null ? "" : pii.value();
  }

  private String pick(String[] values) {
    return values[rng.nextInt(values.length)];
  }

  /**
   * Planted agent behaviour: each agent has a fixed propensity for empathy and ownership phrases (so agent
   * effects are discoverable), guarantees are stated mostly for outages, deliveries and compensation.
   */
  private void decideAgentPhrases(Contact c) {
    long h = ((long) c.site * 1_000_003L + c.agent) * 0x9E3779B97F4A7C15L;
    double empathyPropensity = ((h >>> 11) & 0xFFFF) / 65536.0;
    double ownershipPropensity = ((h >>> 33) & 0xFFFF) / 65536.0;
    c.empathyShown = rng.nextDouble() < 0.2 + 0.6 * empathyPropensity + (c.mood.hostile() ? 0.1 : 0);
    c.ownershipShown = rng.nextDouble() < 0.15 + 0.6 * ownershipPropensity;
    double guarantee = switch (c.queryType) {
      case NETWORK_OUTAGE, DELIVERY_STATUS, COMPENSATION_REQUEST -> 0.3;
      default -> 0.08;
    };
    c.guaranteeStated = rng.nextDouble() < guarantee;
    guaranteePending = c.guaranteeStated;
  }

  // ---------------------------------------------------------------- script shape

  /** Fills {@link #script} with alternating customer/agent steps and returns its length. */
  private int planScript(Channel ch) {
    boolean agentFirst = ch == Channel.VOICE || ch == Channel.WALK_IN;
    int k = switch (ch) {
      case VOICE, WALK_IN -> 3 + AGENT_FIRST_TURNS.pick(rng);
      case CHAT -> 3 + CHAT_TURNS.pick(rng);
      case EMAIL -> 3 + EMAIL_TURNS.pick(rng);
      case SOCIAL -> 3 + SOCIAL_TURNS.pick(rng);
    };
    int agents = agentFirst ? (k + 1) / 2 : k / 2;
    int customers = k - agents;
    boolean endsWithCustomer = agentFirst ? k % 2 == 0 : k % 2 == 1;
    Step[] agentSteps = agentSteps(agentFirst ? agents - 1 : agents, endsWithCustomer, agentFirst);
    boolean farewellLast = agentSteps[agentSteps.length - 1] == Step.FAREWELL;
    Step[] customerSteps = customerSteps(customers, endsWithCustomer || farewellLast);
    int a = 0;
    int cu = 0;
    for (int i = 0; i < k; i++) {
      boolean agentTurn = agentFirst ? i % 2 == 0 : i % 2 == 1;
      script[i] = agentTurn ? agentSteps[a++] : customerSteps[cu++];
    }
    return k;
  }

  private static Step[] agentSteps(int core, boolean endsWithCustomer, boolean greet) {
    Step[] body = switch (core) {
      case 0 -> new Step[0];
      case 1 -> new Step[] {Step.ACK_ACTION_CLOSE};
      case 2 -> new Step[] {Step.ACK_ACTION, Step.CLOSE};
      case 3 -> new Step[] {Step.ACK, Step.ACTION, Step.CLOSE};
      default -> endsWithCustomer
          ? new Step[] {Step.ACK, Step.ACTION, Step.ACTION, Step.CLOSE}
          : new Step[] {Step.ACK, Step.ACTION, Step.CLOSE, Step.FAREWELL};
    };
    if (!greet) {
      return body;
    }
    Step[] all = new Step[body.length + 1];
    all[0] = Step.GREET;
    System.arraycopy(body, 0, all, 1, body.length);
    return all;
  }

  private static Step[] customerSteps(int n, boolean withFinal) {
    Step[] order = {Step.OPEN, Step.DETAIL, Step.REACTION, Step.REACTION2};
    Step[] steps = new Step[n];
    int body = withFinal && n > 1 ? n - 1 : n;
    System.arraycopy(order, 0, steps, 0, body);
    if (body < n) {
      steps[n - 1] = Step.FINAL;
    }
    return steps;
  }

  private static boolean isAgentStep(Step s) {
    return switch (s) {
      case GREET, ACK, ACK_ACTION, ACK_ACTION_CLOSE, ACTION, CLOSE, FAREWELL -> true;
      default -> false;
    };
  }

  // ---------------------------------------------------------------- rendering

  private void render(Step step, StringBuilder sb, boolean lastCustomerTurn) {
    boolean email = contact.channel == Channel.EMAIL;
    boolean agent = isAgentStep(step);
    if (email && agent) {
      append(sb, pack.emailAgentOpen);
    }
    switch (step) {
      case GREET -> append(sb, contact.channel == Channel.WALK_IN ? pack.greetWalkIn : pack.greetVoice);
      case OPEN -> open(sb);
      case DETAIL -> {
        append(sb, pack.detail[contact.queryType.ordinal()]);
        maybePii(sb);
      }
      case REACTION, REACTION2 -> reaction(sb);
      case FINAL -> finalRemark(sb);
      case ACK -> acknowledge(sb);
      case ACK_ACTION -> {
        acknowledge(sb);
        action(sb);
      }
      case ACK_ACTION_CLOSE -> {
        acknowledge(sb);
        action(sb);
        append(sb, pack.closing[contact.disposition.ordinal()]);
      }
      case ACTION -> action(sb);
      case CLOSE -> append(sb, pack.closing[contact.disposition.ordinal()]);
      case FAREWELL -> append(sb, pack.farewell);
      default -> throw new IllegalStateException(step.toString());
    }
    if (lastCustomerTurn) {
      flushPending(sb);
    }
    if (email && agent) {
      append(sb, pack.emailAgentClose);
    }
  }

  /** The customer's first message: e-mail salutation or social mention, mood lines around the request. */
  private void open(StringBuilder sb) {
    if (contact.channel == Channel.EMAIL) {
      append(sb, pack.emailCustomerOpen);
    } else if (contact.channel == Channel.SOCIAL) {
      pack.socialPrefix[rng.nextInt(pack.socialPrefix.length)].render(sb, slots);
    }
    int m = contact.mood.ordinal();
    if (rng.nextDouble() < 0.5) {
      append(sb, pack.moodPrefix[m]);
    }
    append(sb, pack.opening[contact.queryType.ordinal()]);
    if (rng.nextDouble() < GOAL_STATED) {
      append(sb, pack.goal[contact.goal.ordinal()]);
    }
    if (rng.nextDouble() < (contact.mood.hostile() ? 0.9 : 0.6)) {
      append(sb, pack.moodSuffix[m]);
    }
    if (!hasDetail) {
      maybePii(sb);
    }
  }

  private void reaction(StringBuilder sb) {
    if (churnPending) {
      append(sb, pack.churn);
      churnPending = false;
      return;
    }
    append(sb, pack.reaction[contact.mood.ordinal()]);
  }

  private void finalRemark(StringBuilder sb) {
    double satisfied = switch (contact.disposition) {
      case RESOLVED -> contact.mood.hostile() ? 0.5 : 0.95;
      case UNRESOLVED -> 0.1;
      default -> 0.5;
    };
    append(sb, rng.nextDouble() < satisfied ? pack.thanks : pack.unhappy);
  }

  private void acknowledge(StringBuilder sb) {
    if (contact.empathyShown) {
      append(sb, pack.empathy);
    }
    if (contact.ownershipShown) {
      append(sb, pack.ownership);
    }
    if (!contact.empathyShown && !contact.ownershipShown) {
      append(sb, pack.acknowledge);
    }
    if (verifyPending) {
      append(sb, pack.verify);
      verifyPending = false;
    }
  }

  private void action(StringBuilder sb) {
    append(sb, pack.action[contact.queryType.ordinal()]);
    if (guaranteePending) {
      append(sb, pack.guarantee);
      guaranteePending = false;
    }
  }

  private void maybePii(StringBuilder sb) {
    if (piiPending) {
      append(sb, pack.pii[piiKind.ordinal()]);
      piiPending = false;
    }
  }

  /** Whatever the script had no room for (PII, churn threat) goes into the customer's last turn. */
  private void flushPending(StringBuilder sb) {
    maybePii(sb);
    if (churnPending) {
      append(sb, pack.churn);
      churnPending = false;
    }
  }

  /** Appends one random template of the group, separated from what is already there. */
  private void append(StringBuilder sb, Template[] group) {
    Template t = group[rng.nextInt(group.length)];
    if (t.isEmpty()) {
      return;
    }
    if (sb.length() > 0 && !pack.joiner.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
      sb.append(pack.joiner);
    }
    t.render(sb, slots);
  }

  // ---------------------------------------------------------------- abandoned contacts and timing

  private void abandoned(Contact c, Conversation out) {
    hasDetail = true; // abandoned contacts carry no planted PII
    if (c.misdial || c.channel == Channel.WALK_IN) {
      return;
    }
    if (c.channel == Channel.VOICE) {
      if (rng.nextDouble() < 0.5) {
        append(out.add(BOT), pack.ivr);
        out.times[0] = c.arrival;
      }
      return;
    }
    if (c.channel == Channel.CHAT) {
      if (rng.nextDouble() < 0.6) {
        append(out.add(BOT), pack.bot);
        out.times[out.size - 1] = c.arrival;
      }
      if (c.waitSeconds >= 2 && rng.nextDouble() < 0.7) {
        open(out.add(CUSTOMER));
        long t = c.arrival + 1 + rng.nextInt((int) Math.min(c.waitSeconds - 1, 20));
        out.times[out.size - 1] = Math.max(t, out.size > 1 ? out.times[out.size - 2] + 1 : t);
      }
    }
  }

  /** Assigns turn times: pre-answer turns near arrival, the rest spread over the handle time. */
  private void schedule(Contact c, Conversation out, boolean bot) {
    int first = 0;
    if (bot) {
      out.times[0] = c.arrival;
      first = 1;
    }
    if (c.channel == Channel.EMAIL || c.channel == Channel.SOCIAL) {
      scheduleAsync(c, out);
      return;
    }
    if (c.channel == Channel.CHAT) {
      // The customer types the question while queueing.
      long t = c.arrival + 1 + rng.nextInt((int) Math.max(1, Math.min(30, c.waitSeconds)));
      out.times[first] = Math.max(t, first > 0 ? out.times[first - 1] + 1 : t);
      first++;
    }
    int remaining = out.size - first;
    for (int i = 0; i < remaining; i++) {
      long slot = c.handleSeconds * i / remaining;
      long jitter = rng.nextInt((int) Math.max(1, c.handleSeconds / (3L * remaining)));
      long t = c.answeredTime + slot + (i == 0 ? 0 : jitter);
      int idx = first + i;
      out.times[idx] = idx > 0 ? Math.max(t, out.times[idx - 1] + 1) : t;
    }
    if (out.lastTime() > c.endTime) {
      c.endTime = out.lastTime();
      c.handleSeconds = c.endTime - c.answeredTime;
    }
  }

  /** E-mail and social: the customer writes at arrival, the agent replies at answer, then replies trickle in. */
  private void scheduleAsync(Contact c, Conversation out) {
    out.times[0] = c.arrival;
    if (out.size > 1) {
      out.times[1] = Math.max(c.answeredTime, c.arrival + 1);
    }
    boolean email = c.channel == Channel.EMAIL;
    for (int i = 2; i < out.size; i++) {
      int gap = email ? 600 + rng.nextInt(4 * 3600) : 60 + rng.nextInt(3600);
      out.times[i] = out.times[i - 1] + gap;
    }
    if (out.lastTime() > c.endTime) {
      c.endTime = out.lastTime();
    }
  }
}
