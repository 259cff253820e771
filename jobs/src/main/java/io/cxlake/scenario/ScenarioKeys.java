package io.cxlake.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scenario is touchpoint x query type x mood x goal. Rare combinations are merged so that every scenario has
 * enough contacts to measure, coarsening one axis at a time: first the goal, then the mood (both within the same
 * channel and query type), then the channel. What is left at the query type alone is kept whatever its size, as
 * the query type exists because clustering found it. A scenario that was active last night needs only half the
 * minimum to stay, so that scenarios near the threshold do not flicker in and out of the catalog.
 */
final class ScenarioKeys {

  /** An axis merged away: "any other" value of it. */
  static final String ANY = "*";
  static final int LEVELS = 4;

  record Key(String channel, String queryType, String mood, String goal) implements Comparable<Key> {
    Key coarsen(int level) {
      return switch (level) {
        case 0 -> this;
        case 1 -> new Key(channel, queryType, mood, ANY);
        case 2 -> new Key(channel, queryType, ANY, ANY);
        default -> new Key(ANY, queryType, ANY, ANY);
      };
    }

    @Override
    public int compareTo(Key o) {
      return Comparator.comparing(Key::channel).thenComparing(Key::queryType).thenComparing(Key::mood)
          .thenComparing(Key::goal).compare(this, o);
    }
  }

  /** The scenario a full key belongs to and the level it was merged at (0 = not merged). */
  record Merged(Key scenario, int level) {}

  private ScenarioKeys() {}

  static Map<Key, Merged> merge(Map<Key, Long> counts, Set<Key> activeBefore, int minContacts) {
    Map<Key, Merged> out = new HashMap<>();
    Map<Key, Long> left = new TreeMap<>(counts);
    for (int level = 0; level < LEVELS - 1; level++) {
      Map<Key, List<Key>> groups = new LinkedHashMap<>();
      for (Key k : left.keySet()) {
        groups.computeIfAbsent(k.coarsen(level), g -> new ArrayList<>()).add(k);
      }
      for (Map.Entry<Key, List<Key>> g : groups.entrySet()) {
        long total = g.getValue().stream().mapToLong(left::get).sum();
        long need = activeBefore.contains(g.getKey()) ? (minContacts + 1) / 2 : minContacts;
        if (total >= need) {
          for (Key k : g.getValue()) {
            out.put(k, new Merged(g.getKey(), level));
          }
        }
      }
      left.keySet().removeAll(out.keySet());
    }
    left.keySet().forEach(k -> out.put(k, new Merged(k.coarsen(LEVELS - 1), LEVELS - 1)));
    return out;
  }

  /** Ids of tonight's scenarios: the known key keeps its id, new keys continue the numbering in key order. */
  static Map<Key, String> ids(Set<Key> scenarios, Map<Key, String> known) {
    Map<Key, String> out = new HashMap<>();
    int next = known.values().stream().mapToInt(CatalogIds::number).max().orElse(0);
    for (Key k : new java.util.TreeSet<>(scenarios)) {
      String id = known.get(k);
      out.put(k, id != null ? id : String.format(java.util.Locale.ROOT, "SC-%04d", ++next));
    }
    return out;
  }
}
