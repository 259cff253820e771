package io.cxlake.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counters of what was actually planted, turned into ground_truth.json at the end of the run. */
final class GroundTruthStats {
  private final int regions = Regions.ALL.size();
  final long[] contacts = new long[regions];
  final long[] voiceChat = new long[regions];
  final long[] voiceChatAbandoned = new long[regions];
  final long[] misdials = new long[regions];
  final long[] walkIn = new long[regions];
  final long[] walkInAbandoned = new long[regions];
  final long[] scenarioContacts = new long[Scenarios.PLANTED.size() + 1];
  final long[] ruleTriggers = new long[NeedRule.ALL.size()];
  final long[] rulePlanted = new long[NeedRule.ALL.size()];
  final long[] ruleBeyondWindow = new long[NeedRule.ALL.size()];
  final long[] ruleDroppedForCapacity = new long[NeedRule.ALL.size()];
  final long[] pii = new long[PiiType.values().length];
  long lateContacts;
  long churnerContacts;
  long cancellations;
  long qaEvaluations;
  long planChanges;
  long complaints;

  void count(Contact c, RegionProfile r, boolean churner) {
    contacts[r.index]++;
    scenarioContacts[c.scenario]++;
    if (c.channel.voiceOrChat()) {
      voiceChat[r.index]++;
      if (!c.answered) {
        voiceChatAbandoned[r.index]++;
      }
    }
    if (c.misdial) {
      misdials[r.index]++;
    }
    if (c.channel == Channel.WALK_IN) {
      walkIn[r.index]++;
      if (!c.answered) {
        walkInAbandoned[r.index]++;
      }
    }
    if (c.late) {
      lateContacts++;
    }
    if (churner) {
      churnerContacts++;
    }
  }

  Map<String, Object> summary(GeneratorOptions o, Timestamps ts, long windowStart, long windowEnd, int customers,
      int churners, int[] agentsPerSite, Scenarios scenarios, Map<String, Long> rows, int files) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generator", SyntheticGenerator.class.getName());
    m.put("options", o.dataShapingOptions());
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("start", ts.format(windowStart));
    window.put("end_exclusive", ts.format(windowEnd));
    window.put("utc_offset", Timestamps.OFFSET_TEXT);
    m.put("window", window);
    m.put("customers", customers);
    m.put("sites", sites(agentsPerSite));
    m.put("regions", regions());
    m.put("channel_mix_percent", channelMix());
    m.put("scenarios", scenarios(scenarios));
    m.put("need_sequences", needSequences());
    Map<String, Object> churn = new LinkedHashMap<>();
    churn.put("count", churners);
    churn.put("share_of_customers_planned", CustomerPool.CHURN_SHARE);
    churn.put("cancellations", cancellations);
    churn.put("contacts_of_churners", churnerContacts);
    churn.put("rule", "each churner has 1-3 contacts on distinct days, the last in the second half of the window; "
        + "a cancellation account event follows the last contact inside the window; churners have no need "
        + "follow-ups, hostile-leaning scenarios, x1.8 offered wait, x0.4 resolution rate and lower outbound answer "
        + "rate");
    m.put("churners", churn);
    Map<String, Object> late = new LinkedHashMap<>();
    late.put("share", o.getLateShare());
    late.put("count", lateContacts);
    late.put("rule", "late contacts and their turns are written into the dt folder of the next day");
    m.put("late_contacts", late);
    m.put("pii", pii());
    Map<String, Object> events = new LinkedHashMap<>();
    events.put("signup", customers);
    events.put("plan_change", planChanges);
    events.put("complaint_filed", complaints);
    events.put("cancellation", cancellations);
    m.put("account_events", events);
    m.put("qa_evaluated_contacts", qaEvaluations);
    m.put("rows", rows);
    m.put("files", files);
    return m;
  }

  private static Map<String, Object> sites(int[] agentsPerSite) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int s = 0; s < Regions.SITES.length; s++) {
      m.put(Regions.SITES[s], Map.of("agents", agentsPerSite[s]));
    }
    return m;
  }

  private Map<String, Object> regions() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (RegionProfile r : Regions.ALL) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("share_percent", r.share);
      List<String> sites = new ArrayList<>();
      for (int i = 0; i < r.sites.length; i++) {
        sites.add(Regions.SITES[r.sites[i]] + " " + Math.round(r.siteRouting.probability(i) * 100) + "%");
      }
      x.put("sites", sites);
      Map<String, Object> patience = new LinkedHashMap<>();
      patience.put("distribution", "lognormal");
      patience.put("median_seconds", r.patienceMedianSeconds);
      patience.put("sigma", Regions.PATIENCE_SIGMA);
      Map<String, Object> byPriority = new LinkedHashMap<>();
      for (int p = 1; p <= 3; p++) {
        byPriority.put(Integer.toString(p), round(Regions.patienceMedian(r, p)));
      }
      patience.put("median_seconds_by_priority", byPriority);
      patience.put("walk_in_multiplier", ServiceModel.WALK_IN_PATIENCE_FACTOR);
      x.put("patience", patience);
      x.put("offered_wait_mean_seconds", r.offeredWaitMeanSeconds);
      x.put("contacts", contacts[r.index]);
      x.put("voice_chat_contacts", voiceChat[r.index]);
      x.put("voice_chat_abandoned", voiceChatAbandoned[r.index]);
      x.put("voice_chat_abandonment_share", share(voiceChatAbandoned[r.index], voiceChat[r.index]));
      x.put("voice_misdials", misdials[r.index]);
      x.put("walk_in_contacts", walkIn[r.index]);
      x.put("walk_in_abandoned", walkInAbandoned[r.index]);
      m.put(r.name, x);
    }
    return m;
  }

  private static Map<String, Object> channelMix() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Channel ch : Channel.values()) {
      m.put(ch.code, ch.mixWeight);
    }
    return m;
  }

  private List<Object> scenarios(Scenarios scenarios) {
    Weighted mix = Channel.mix();
    List<Object> list = new ArrayList<>();
    Map<String, Object> bg = new LinkedHashMap<>();
    bg.put("id", Scenarios.BACKGROUND_ID);
    bg.put("description", "background: channel-specific query mix, mood and goal drawn independently");
    bg.put("planned_share_of_contacts", 1 - Scenarios.PLANTED_SHARE);
    bg.put("contacts", scenarioContacts[0]);
    list.add(bg);
    for (int i = 0; i < Scenarios.PLANTED.size(); i++) {
      Scenario s = Scenarios.PLANTED.get(i);
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", s.id());
      x.put("channel", s.channel().code);
      x.put("query_type", s.queryType().code);
      x.put("mood", s.mood().code);
      x.put("goal", s.goal().code);
      x.put("weight_within_channel", s.weight());
      x.put("planned_share_of_contacts", round(scenarios.plannedShare(i + 1, mix)));
      x.put("contacts", scenarioContacts[i + 1]);
      list.add(x);
    }
    return list;
  }

  private List<Object> needSequences() {
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < NeedRule.ALL.size(); i++) {
      NeedRule r = NeedRule.ALL.get(i);
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("rule", r.id());
      x.put("trigger", r.trigger().code);
      x.put("follow_up", r.followUp().code);
      x.put("min_days", r.minDays());
      x.put("max_days", r.maxDays());
      x.put("days_are", "calendar days between the local arrival dates");
      x.put("probability", r.probability());
      x.put("condition", r.condition() + "; churners excluded");
      x.put("eligible_triggers", ruleTriggers[i]);
      x.put("planted_followups", rulePlanted[i]);
      x.put("beyond_window", ruleBeyondWindow[i]);
      x.put("dropped_for_capacity", ruleDroppedForCapacity[i]);
      list.add(x);
    }
    return list;
  }

  private Map<String, Object> pii() {
    Map<String, Object> m = new LinkedHashMap<>();
    long total = 0;
    Map<String, Object> byType = new LinkedHashMap<>();
    for (PiiType t : PiiType.values()) {
      byType.put(t.code, pii[t.ordinal()]);
      total += pii[t.ordinal()];
    }
    m.put("contacts_with_pii", total);
    m.put("planned_share_of_contacts", PiiPlanter.CONTACT_SHARE);
    m.put("by_type", byType);
    return m;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0.0 : round((double) part / whole);
  }

  private static double round(double v) {
    return Math.round(v * 1_000_000d) / 1_000_000d;
  }
}
