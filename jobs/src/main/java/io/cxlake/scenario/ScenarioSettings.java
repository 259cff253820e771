package io.cxlake.scenario;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The scenario job's settings (keys scenarios.*), validated once on the driver. */
public record ScenarioSettings(int windowDays, int lookbackDays, List<Integer> kCandidates,
                               double silhouetteTolerance, int fitSample, int seeds, double maxDistance,
                               double maxUnassignedShare, int minContacts, double matchSimilarity, int exemplars,
                               int localFitRows)
    implements Serializable {

  public ScenarioSettings {
    if (windowDays < 14 || lookbackDays < 1 || lookbackDays > windowDays) {
      throw new IllegalArgumentException("scenarios.window-days must be at least 14 (the trend compares two weeks) "
          + "and scenarios.lookback-days between 1 and it; got " + windowDays + " and " + lookbackDays);
    }
    if (kCandidates.isEmpty() || kCandidates.stream().anyMatch(k -> k < 2)) {
      throw new IllegalArgumentException("scenarios.k-candidates must list numbers of query types of at least 2, "
          + "e.g. 6,8,10,12; got " + kCandidates);
    }
    if (fitSample < 100 || seeds < 1 || minContacts < 1 || exemplars < 0 || localFitRows < 0) {
      throw new IllegalArgumentException("scenarios.fit-sample must be at least 100, scenarios.seeds and "
          + "scenarios.min-contacts at least 1, scenarios.exemplars and scenarios.local-fit-max-rows at least 0");
    }
    if (!between01(maxDistance) || !between01(maxUnassignedShare) || !between01(matchSimilarity)
        || !between01(silhouetteTolerance)) {
      throw new IllegalArgumentException("scenarios.max-distance, scenarios.max-unassigned-share, "
          + "scenarios.match-similarity and scenarios.silhouette-tolerance must lie between 0 and 1");
    }
    kCandidates = kCandidates.stream().sorted().distinct().toList();
  }

  private static boolean between01(double v) {
    return v >= 0 && v <= 1;
  }

  public static ScenarioSettings from(CxConfig c) {
    return new ScenarioSettings(c.getInt(ConfigKey.SCENARIOS_WINDOW_DAYS), c.getInt(ConfigKey.SCENARIOS_LOOKBACK_DAYS),
        parseCandidates(c.get(ConfigKey.SCENARIOS_K_CANDIDATES)), c.getDouble(ConfigKey.SCENARIOS_SILHOUETTE_TOLERANCE),
        c.getInt(ConfigKey.SCENARIOS_FIT_SAMPLE), c.getInt(ConfigKey.SCENARIOS_SEEDS),
        c.getDouble(ConfigKey.SCENARIOS_MAX_DISTANCE), c.getDouble(ConfigKey.SCENARIOS_MAX_UNASSIGNED_SHARE),
        c.getInt(ConfigKey.SCENARIOS_MIN_CONTACTS), c.getDouble(ConfigKey.SCENARIOS_MATCH_SIMILARITY),
        c.getInt(ConfigKey.SCENARIOS_EXEMPLARS), c.getInt(ConfigKey.SCENARIOS_LOCAL_FIT_ROWS));
  }

  /** The defaults of {@link ConfigKey}, for tests and benchmarks without a configuration file. */
  public static ScenarioSettings defaults() {
    return new ScenarioSettings(28, 7, parseCandidates(ConfigKey.SCENARIOS_K_CANDIDATES.defaultValue()), 0.05, 40_000,
        3, 0.85, 0.15, 30, 0.5, 3, Integer.parseInt(ConfigKey.SCENARIOS_LOCAL_FIT_ROWS.defaultValue()));
  }

  static List<Integer> parseCandidates(String list) {
    try {
      return Arrays.stream(list.split(",")).map(String::strip).filter(x -> !x.isEmpty()).map(Integer::valueOf)
          .toList();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("scenarios.k-candidates must be whole numbers separated by commas, e.g. "
          + "6,8,10,12; got '" + list + "'", e);
    }
  }

  ScenarioSettings withCandidates(List<Integer> k) {
    return new ScenarioSettings(windowDays, lookbackDays, k, silhouetteTolerance, fitSample, seeds, maxDistance,
        maxUnassignedShare, minContacts, matchSimilarity, exemplars, localFitRows);
  }

  /** The same settings with the k-means sweep on the driver up to {@code rows} sampled texts (0: always MLlib). */
  ScenarioSettings withLocalFitRows(int rows) {
    return new ScenarioSettings(windowDays, lookbackDays, kCandidates, silhouetteTolerance, fitSample, seeds,
        maxDistance, maxUnassignedShare, minContacts, matchSimilarity, exemplars, rows);
  }
}
