package io.cxlake.scenario;

import io.cxlake.scenario.ScenarioKeys.Key;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.TableColumns.GoldScenarioCatalog;
import io.cxlake.schema.TableRows;
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
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/**
 * Tonight's scenarios and the catalog snapshot: merging the window's combinations, keeping last night's ids,
 * and one catalog row per scenario, active or retired. Works on small, already aggregated data.
 */
final class ScenarioCatalog {

  /** gold_scenario_catalog's schema: tonight's rows are built in its order and read by name like last night's. */
  private static final StructType SCHEMA = SchemaCatalog.get().table(GoldScenarioCatalog.TABLE).structType();

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
      known.put(k, r.getAs(GoldScenarioCatalog.ID));
      if ("active".equals(r.getAs(GoldScenarioCatalog.STATUS))) {
        active.add(k);
      }
    }
    Map<Key, ScenarioKeys.Merged> merged = ScenarioKeys.merge(counts, active, minContacts);
    Set<Key> scenarios = new HashSet<>();
    merged.values().forEach(m -> scenarios.add(m.scenario()));
    return new Plan(merged, ScenarioKeys.ids(scenarios, known));
  }

  private static Key key(Row r) {
    return new Key(r.getAs(GoldScenarioCatalog.CHANNEL), r.getAs(GoldScenarioCatalog.QUERY_TYPE_ID),
        r.getAs(GoldScenarioCatalog.MOOD), r.getAs(GoldScenarioCatalog.GOAL));
  }

  /** Tonight's scenarios, then last night's that have no contacts tonight (retired); rows in schema order. */
  static List<Row> rows(Plan plan, Map<String, Volume> volumes, Map<String, Exemplars> exemplars,
                        QueryTypeDiscovery.Result qt, List<Row> previous, LocalDate from, LocalDate day) {
    Map<String, Row> before = new HashMap<>();
    previous.forEach(r -> before.put(r.getAs(GoldScenarioCatalog.ID), r));
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
      out.add(new GenericRowWithSchema(new Object[] {today, id, "active", label(k, qt.labels().get(k.queryType())), k.channel(),
          k.queryType(), qt.labels().get(k.queryType()), k.mood(), k.goal(), levels.get(k),
          terms.toArray(new String[0]), ex.contactIds().toArray(new String[0]), ex.texts().toArray(new String[0]),
          v.contacts(), total == 0 ? 0.0 : (double) v.contacts() / total, v.last7(), v.prev7(), trend(v),
          Date.valueOf(from), today, old == null ? today : old.getAs(GoldScenarioCatalog.FIRST_SEEN), today}, SCHEMA));
    }
    for (Row old : before.values()) {
      out.add(retired(old, from, today));
    }
    out.sort(Comparator.comparing(r -> r.<String>getAs(GoldScenarioCatalog.ID)));
    return out;
  }

  /** Last night's row of a scenario without contacts tonight: its definition kept, its volumes zero. */
  private static Row retired(Row old, LocalDate from, Date today) {
    Map<String, Object> set = new HashMap<>();
    set.put(GoldScenarioCatalog.RUN_DATE, today);
    set.put(GoldScenarioCatalog.STATUS, "retired");
    set.put(GoldScenarioCatalog.CONTACTS, 0L);
    set.put(GoldScenarioCatalog.SHARE, 0.0);
    set.put(GoldScenarioCatalog.CONTACTS_LAST_7D, 0L);
    set.put(GoldScenarioCatalog.CONTACTS_PREV_7D, 0L);
    set.put(GoldScenarioCatalog.TREND, null);
    set.put(GoldScenarioCatalog.WINDOW_START, Date.valueOf(from));
    set.put(GoldScenarioCatalog.WINDOW_END, today);
    return TableRows.from(GoldScenarioCatalog.TABLE, old, set);
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
