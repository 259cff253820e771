package io.cxlake.ingest;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import io.cxlake.schema.ColumnSpec;
import io.cxlake.schema.FeedSchema;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The ingest's settings, read once from the configuration. The key is kept out of toString. */
record IngestSettings(String landingRoot, Set<String> requiredFeeds, boolean compaction, int compactionMinFiles,
                      int maxRecordLines, int parallelFeeds, int clockSkewSeconds, int priorityMin, int priorityMax,
                      boolean priorityDescending, byte[] pseudonymKey) {

  /** The contacts column whose range and direction come from the configuration, not the contract file. */
  static final String PRIORITY = "priority";
  /** Placeholder in a feed check's condition for the tolerated clock skew. */
  static final String CLOCK_SKEW = "{clock_skew}";

  static IngestSettings from(CxConfig c) {
    Set<String> required = Arrays.stream(c.get(ConfigKey.INGEST_REQUIRED_FEEDS).split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    int[] priorities = priorityRange(c.get(ConfigKey.INGEST_PRIORITY_RANGE));
    return new IngestSettings(c.location(ConfigKey.LANDING_ROOT), required, c.getBoolean(ConfigKey.INGEST_COMPACTION),
        atLeast(c, ConfigKey.INGEST_COMPACTION_MIN_FILES, 1), atLeast(c, ConfigKey.INGEST_MAX_RECORD_LINES, 1),
        atLeast(c, ConfigKey.INGEST_PARALLEL_FEEDS, 1), atLeast(c, ConfigKey.INGEST_CLOCK_SKEW_SECONDS, 0),
        priorities[0], priorities[1], priorityDescending(c.get(ConfigKey.INGEST_PRIORITY_ORDER)),
        Pseudonymiser.key(c));
  }

  /**
   * The feed's contract as this centre runs it: the priority range from the configuration, and the clock skew
   * written into the checks that compare times. Only validated numbers enter the SQL of a check.
   */
  FeedSchema contract(FeedSchema feed) {
    List<ColumnSpec> columns = feed.columns().stream().map(col -> !col.name().equals(PRIORITY) ? col
        : new ColumnSpec(col.name(), col.type(), col.required(), col.nullable(), col.comment(), col.unit(),
            col.allowed(), (double) priorityMin, (double) priorityMax, col.statistics())).toList();
    List<FeedSchema.Check> checks = feed.checks().stream().map(k -> new FeedSchema.Check(k.reason(),
        k.when().replace(CLOCK_SKEW, "INTERVAL " + clockSkewSeconds + " SECONDS"), k.message())).toList();
    return new FeedSchema(feed.feed(), feed.description(), feed.naturalKey(), feed.businessDateColumn(),
        feed.businessDateFrom(), feed.monthlyPartitions(), feed.pseudonymise(), feed.maskPii(), columns, checks);
  }

  /** The same checks with no skew tolerated: a row failing these but not {@link #contract}'s was let through. */
  static List<FeedSchema.Check> strictChecks(String feed) {
    return io.cxlake.schema.SchemaCatalog.get().feed(feed).checks().stream().filter(k -> k.when().contains(CLOCK_SKEW))
        .map(k -> new FeedSchema.Check(k.reason(), k.when().replace(CLOCK_SKEW, "INTERVAL 0 SECONDS"), k.message()))
        .toList();
  }

  private static int[] priorityRange(String text) {
    String[] parts = text.trim().split("\\s*-\\s*");
    try {
      if (parts.length == 2) {
        int lo = Integer.parseInt(parts[0]);
        int hi = Integer.parseInt(parts[1]);
        if (lo >= 0 && lo < hi) {
          return new int[] {lo, hi};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(ConfigKey.INGEST_PRIORITY_RANGE.key() + " must be two whole numbers"
        + " lowest-highest with 0 <= lowest < highest, e.g. 1-9 or 0-9; got '" + text + "'");
  }

  private static boolean priorityDescending(String order) {
    return switch (order.trim()) {
      case "ascending" -> false;
      case "descending" -> true;
      default -> throw new IllegalArgumentException(ConfigKey.INGEST_PRIORITY_ORDER.key() + " must be ascending"
          + " (lowest number most urgent) or descending (highest number most urgent); got '" + order + "'");
    };
  }

  private static int atLeast(CxConfig c, ConfigKey key, int min) {
    int v = c.getInt(key);
    if (v < min) {
      throw new IllegalArgumentException(key.key() + " must be at least " + min + ", got " + v + "; set it with --set "
          + key.key() + "=<n> or in conf/<env>.properties");
    }
    return v;
  }

  @Override
  public String toString() {
    return "IngestSettings[landingRoot=" + landingRoot + ", requiredFeeds=" + requiredFeeds + ", compaction="
        + compaction + ", compactionMinFiles=" + compactionMinFiles + ", maxRecordLines=" + maxRecordLines
        + ", parallelFeeds=" + parallelFeeds + ", clockSkewSeconds=" + clockSkewSeconds + ", priorities="
        + priorityMin + "-" + priorityMax + (priorityDescending ? " descending" : " ascending")
        + ", pseudonymKey=***]";
  }
}
