package io.cxlake.config;

import java.util.Arrays;
import java.util.Optional;

/** Every configuration key the jobs read, with its default. Spark settings pass through under {@code spark.*}. */
public enum ConfigKey {
  SPARK_MASTER("spark.master", "local[2]", "Spark master when not launched by spark-submit"),
  LANDING_ROOT("landing.root", "data-samples/landing", "Folder or s3a:// URI holding <feed>/dt=YYYY-MM-DD/ files"),
  LAKE_ROOT("lake.root", "lakehouse", "Folder or s3a:// URI under which every Delta table lives"),
  REPORTS_ROOT("reports.root", "reports", "Folder or s3a:// URI for the regional reports"),
  INGEST_REQUIRED_FEEDS("ingest.required-feeds", "contacts,turns",
      "Feeds that must have landed files for a run date; the ingest fails otherwise"),
  INGEST_COMPACTION("ingest.compaction", "true", "Compact the silver partitions a run touched (OPTIMIZE)"),
  INGEST_PARALLEL_FEEDS("ingest.parallel-feeds", "5",
      "Feeds loaded at the same time; they write different tables, and most of a small load is Delta latency"),
  INGEST_MAX_RECORD_LINES("ingest.max-record-lines", "50",
      "Most physical lines one quoted CSV record may span before it is quarantined as malformed"),
  PSEUDONYM_KEY_ENV("pseudonym.key-env", "CXLAKE_PSEUDONYM_KEY",
      "Environment variable holding the secret key for pseudonymising customer ids"),
  PSEUDONYM_ALLOW_DEV_KEY("pseudonym.allow-dev-key", "false",
      "Use the public development key when the secret is not set (local samples only, never production)");

  public static final String SPARK_PREFIX = "spark.";

  private final String key;
  private final String defaultValue;
  private final String description;

  ConfigKey(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  public static Optional<ConfigKey> of(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
