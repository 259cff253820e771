package io.cxlake.scenario;

import io.cxlake.scenario.ScenarioKeys.Key;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Tonight's scenarios and the catalog snapshot: merging the window's combinations, keeping last night's ids,
 * and one catalog row per scenario, active or retired. Works on small, already aggregated data.
 */
final class ScenarioCatalog {

  /** Column positions of gold_scenario_catalog used when reading last night's snapshot. */
  private static final int ID = 1;
  private static final int STATUS = 2;
  private static final int CHANNEL = 4;
  private static final int QUERY_TYPE = 5;
  private static final int MOOD = 7;
  private static final int GOAL = 8;
  private static final int FIRST_SEEN = 20;

  /** Every full combination of the window, the scenario it belongs to, and tonight's scenario ids. */
  record Plan(Map<Key, ScenarioKeys.Merged> merged, Map<Key, String> ids) {}

  /** Per scenario: contacts in the window, in its last 7 days and in the 7 before. */
  record Volume(long contacts, long last7, long prev7) {}

  /** Exemplar contact ids and their masked first customer turn, nearest the centroid first. */
  record Exemplars(List<String> contactIds, List<String> texts) {}

  private ScenarioCatalog() {}

  static Plan plan(Map<Key, Long> counts, List<Row> previous, int minContacts) {
    Map<Key, String> known = new HashMap<>();
    Set<Key> active = new HashSet<>();
    for (Row r : previous) {
      Key k = key(r);
      known.put(k, r.getString(ID));
      if ("active".equals(r.getString(STATUS))) {
        active.add(k);
      }
    }
    Map<Key, ScenarioKeys.Merged> merged = ScenarioKeys.merge(counts, active, minContacts);
    Set<Key> scenarios = new HashSet<>();
    merged.values().forEach(m -> scenarios.add(m.scenario()));
    return new Plan(merged, ScenarioKeys.ids(scenarios, known));
  }

  private static Key key(Row r) {
    return new Key(r.getString(CHANNEL), r.getString(QUERY_TYPE), r.getString(MOOD), r.getString(GOAL));
  }

  /** Tonight's scenarios, then last night's that have no contacts tonight (retired); rows in schema order. */
  static List<Row> rows(Plan plan, Map<String, Volume> volumes, Map<String, Exemplars> exemplars,
                        QueryTypeDiscovery.Result qt, List<Row> previous, LocalDate from, LocalDate day) {
    Map<String, Row> before = new HashMap<>();
    previous.forEach(r -> before.put(r.getString(ID), r));
    Map<Key, Integer> levels = new HashMap<>();
    plan.merged().values().forEach(m -> levels.merge(m.scenario(), m.level(), Math::max));
    long total = volumes.values().stream().mapToLong(Volume::contacts).sum();
    Date today = Date.valueOf(day);
    List<Row> out = new ArrayList<>();
    for (Map.Entry<Key, String> e : plan.ids().entrySet()) {
      Key k = e.getKey();
      String id = e.getValue();
      Volume v = volumes.getOrDefault(id, new Volume(0, 0, 0));
      Exemplars ex = exemplars.getOrDefault(id, new Exemplars(List.of(), List.of()));
      Row old = before.remove(id);
      List<String> terms = qt.terms().getOrDefault(k.queryType(), List.of());
      out.add(RowFactory.create(today, id, "active", label(k, qt.labels().get(k.queryType())), k.channel(),
          k.queryType(), qt.labels().get(k.queryType()), k.mood(), k.goal(), levels.get(k),
          terms.toArray(new String[0]), ex.contactIds().toArray(new String[0]), ex.texts().toArray(new String[0]),
          v.contacts(), total == 0 ? 0.0 : (double) v.contacts() / total, v.last7(), v.prev7(), trend(v),
          Date.valueOf(from), today, old == null ? today : old.getDate(FIRST_SEEN), today));
    }
    for (Row old : before.values()) {
      out.add(RowFactory.create(today, old.getString(ID), "retired", old.get(3), old.get(4), old.get(5), old.get(6),
          old.get(7), old.get(8), old.get(9), old.get(10), old.get(11), old.get(12), 0L, 0.0, 0L, 0L, null,
          Date.valueOf(from), today, old.getDate(FIRST_SEEN), old.getDate(FIRST_SEEN + 1)));
    }
    out.sort(Comparator.comparing(r -> r.getString(ID)));
    return out;
  }

  static Double trend(Volume v) {
    return v.prev7() == 0 ? null : (double) v.last7() / v.prev7() - 1;
  }

  /** channel · query type · mood · goal, with merged axes named for what they hold. */
  static String label(Key k, String queryTypeLabel) {
    List<String> parts = new ArrayList<>();
    parts.add(ScenarioKeys.ANY.equals(k.channel()) ? "all channels" : k.channel());
    boolean real = queryTypeLabel != null;
    parts.add(real ? queryTypeLabel : QueryTypeDiscovery.NO_TEXT.equals(k.queryType()) ? "no customer words"
        : "unassigned: words that fit no query type");
    if (real) {
      parts.add(ScenarioKeys.ANY.equals(k.mood()) ? "other moods" : k.mood());
      parts.add(ScenarioKeys.ANY.equals(k.goal()) ? "other goals" : k.goal());
    }
    return String.join(" · ", parts);
  }
}
