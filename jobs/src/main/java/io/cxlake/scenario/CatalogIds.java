package io.cxlake.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable identity across nights. Tonight's query types are matched one-to-one to last night's catalog by the
 * cosine of their term profiles (the assignment that maximises total similarity, pairs below the threshold
 * refused); the matched keep their ids, the others get new numbers, and an id is never given to anything else.
 */
final class CatalogIds {

  /** A query type found tonight: its family, its cluster number in tonight's model and its term profile. */
  record Found(String family, int cluster, Map<String, Double> profile) {}

  /** A catalog entry of an earlier night. */
  record Known(String id, String family, Map<String, Double> profile) {}

  private static final long SCALE = 1_000_000L;

  private CatalogIds() {}

  /** Tonight's cluster number to id, per family; new ids continue the family's numbering. */
  static Map<Found, String> match(List<Found> found, List<Known> known, double minSimilarity) {
    Map<Found, String> ids = new HashMap<>();
    Map<String, List<Found>> byFamily = new HashMap<>();
    found.forEach(f -> byFamily.computeIfAbsent(f.family(), x -> new ArrayList<>()).add(f));
    for (Map.Entry<String, List<Found>> e : byFamily.entrySet()) {
      List<Found> now = e.getValue();
      List<Known> before = known.stream().filter(k -> k.family().equals(e.getKey())).toList();
      int[] pairs = bestPairs(now, before);
      int next = before.stream().mapToInt(k -> number(k.id())).max().orElse(0);
      for (int i = 0; i < now.size(); i++) {
        int j = pairs[i];
        boolean keep = j < before.size() && cosine(now.get(i).profile(), before.get(j).profile()) >= minSimilarity;
        ids.put(now.get(i), keep ? before.get(j).id() : id(e.getKey(), ++next));
      }
    }
    return ids;
  }

  private static int[] bestPairs(List<Found> now, List<Known> before) {
    int size = Math.max(now.size(), before.size());
    long[][] cost = new long[size][size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        double sim = i < now.size() && j < before.size() ? cosine(now.get(i).profile(), before.get(j).profile()) : 0;
        cost[i][j] = Math.round((1 - sim) * SCALE);
      }
    }
    return Assignment.minCost(cost);
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double norms = norm(a.values()) * norm(b.values());
    return norms == 0 ? 0 : dot / norms;
  }

  private static double norm(Collection<Double> v) {
    return Math.sqrt(v.stream().mapToDouble(x -> x * x).sum());
  }

  static String id(String family, int number) {
    return String.format(java.util.Locale.ROOT, "QT-%s-%03d", family.toUpperCase(java.util.Locale.ROOT), number);
  }

  static int number(String id) {
    return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
  }
}
