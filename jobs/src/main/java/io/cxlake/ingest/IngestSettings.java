package io.cxlake.ingest;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The ingest's settings, read once from the configuration. The key is kept out of toString. */
record IngestSettings(String landingRoot, Set<String> requiredFeeds, boolean compaction, int compactionMinFiles, int maxRecordLines,
                      int parallelFeeds, byte[] pseudonymKey) {

  static IngestSettings from(CxConfig c) {
    Set<String> required = Arrays.stream(c.get(ConfigKey.INGEST_REQUIRED_FEEDS).split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    return new IngestSettings(c.location(ConfigKey.LANDING_ROOT), required, c.getBoolean(ConfigKey.INGEST_COMPACTION),
        positive(c, ConfigKey.INGEST_COMPACTION_MIN_FILES), c.getInt(ConfigKey.INGEST_MAX_RECORD_LINES), c.getInt(ConfigKey.INGEST_PARALLEL_FEEDS), Pseudonymiser.key(c));
  }

  private static int positive(CxConfig c, ConfigKey key) {
    int v = c.getInt(key);
    if (v < 1) {
      throw new IllegalArgumentException(key.key() + " must be at least 1, got " + v + "; set it with --set "
          + key.key() + "=8 or in conf/<env>.properties");
    }
    return v;
  }

  @Override
  public String toString() {
    return "IngestSettings[landingRoot=" + landingRoot + ", requiredFeeds=" + requiredFeeds + ", compaction="
        + compaction + ", compactionMinFiles=" + compactionMinFiles + ", maxRecordLines=" + maxRecordLines + ", parallelFeeds=" + parallelFeeds + ", pseudonymKey=***]";
  }
}
