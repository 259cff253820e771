package io.cxlake.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether Spark (core, SQL, Delta) knows a {@code spark.*} setting. A misspelt Spark key is otherwise silently
 * ignored by Spark, and the night runs with the default it meant to change. Known: every config entry Spark and Delta
 * register, the keys Spark reads by name, and the namespaces whose keys are free-form or belong to a cluster
 * manager this JVM may not load (YARN, Kubernetes).
 */
final class SparkKeys {

  /** Keys whose entries are private to their holder objects or read by name. */
  private static final Set<String> BY_NAME = Set.of("spark.master", "spark.app.name", "spark.submit.deployMode",
      "spark.jars", "spark.files", "spark.driver.host", "spark.driver.port", "spark.default.parallelism",
      "spark.local.dir");

  /** Free-form namespaces (Hadoop settings, environment, catalogs) and other cluster managers' settings. */
  private static final List<String> OPEN_PREFIXES = List.of("spark.hadoop.", "spark.executorEnv.",
      "spark.sql.catalog.", "spark.yarn.", "spark.kubernetes.", "spark.mesos.", "spark.metrics.conf.",
      "spark.driver.resource.", "spark.executor.resource.", "spark.sql.extensions", "spark.plugins",
      // Delta's log stores (e.g. S3DynamoDBLogStore for several writers on S3) read these by name
      "spark.delta.logStore.", "spark.io.delta.storage.");

  /** The objects holding Spark's and Delta's config entries; an entry is only registered once its holder is loaded. */
  private static final List<String> HOLDERS = List.of("org.apache.spark.internal.config.package$",
      "org.apache.spark.internal.config.UI$", "org.apache.spark.internal.config.Network$",
      "org.apache.spark.internal.config.Kryo$", "org.apache.spark.internal.config.Status$",
      "org.apache.spark.internal.config.History$", "org.apache.spark.internal.config.Python$",
      "org.apache.spark.internal.config.Deploy$", "org.apache.spark.internal.config.Worker$",
      "org.apache.spark.internal.config.Streaming$", "org.apache.spark.internal.config.Tests$",
      "org.apache.spark.sql.internal.SQLConf$", "org.apache.spark.sql.internal.StaticSQLConf$",
      "org.apache.spark.sql.delta.sources.DeltaSQLConf$");

  private SparkKeys() {}

  /** Throws with the nearest known key when Spark does not know one of {@code settings}' keys. */
  static void check(Map<String, String> settings, String source) {
    settings.keySet().stream().filter(k -> !known(k)).findFirst().ifPresent(k -> {
      throw new IllegalArgumentException("unknown Spark setting '" + k + "' in " + source + ": neither Spark nor Delta "
          + "knows it, so it would be ignored. Check the spelling against the Spark and Delta configuration pages"
          + " (Hadoop settings go under spark.hadoop.*)");
    });
  }

  static boolean known(String key) {
    if (BY_NAME.contains(key) || OPEN_PREFIXES.stream().anyMatch(key::startsWith)) {
      return true;
    }
    loadHolders();
    return org.apache.spark.internal.config.ConfigEntry$.MODULE$.findEntry(key) != null;
  }

  private static volatile boolean loaded;

  private static void loadHolders() {
    if (loaded) {
      return;
    }
    for (String holder : HOLDERS) {
      try {
        Class.forName(holder).getField("MODULE$").get(null);
      } catch (ReflectiveOperationException | LinkageError e) {
        // a module that is not on the classpath registers no keys, and none of its keys can be checked
      }
    }
    loaded = true;
  }
}
