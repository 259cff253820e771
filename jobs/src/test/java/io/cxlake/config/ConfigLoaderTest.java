package io.cxlake.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  @Test
  void everyEnvironmentFileLoadsAndOverridesWin() {
    CxConfig local = ConfigLoader.load("local", Map.of("lake.root", "/data/lake", "spark.sql.shuffle.partitions", "8"));
    assertEquals("/data/lake", local.location(ConfigKey.LAKE_ROOT));
    assertEquals("8", local.sparkSettings().get("spark.sql.shuffle.partitions"));
    assertEquals("local[2]", local.get(ConfigKey.SPARK_MASTER));
    CxConfig cluster = ConfigLoader.load("cluster", Map.of());
    assertEquals("s3a://cx-lakehouse/lake", cluster.location(ConfigKey.LAKE_ROOT));
    assertFalse(cluster.getBoolean(ConfigKey.PSEUDONYM_ALLOW_DEV_KEY));
  }

  @Test
  void relativeLocationsResolveAgainstTheInstallation() {
    CxConfig c = ConfigLoader.load("local", Map.of("landing.root", "data-samples/landing"));
    assertEquals(Path.of(ConfigLoader.home(), "data-samples/landing").toAbsolutePath().normalize().toString(),
        c.location(ConfigKey.LANDING_ROOT));
  }

  @Test
  void unknownKeysAreRejectedWithTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConfigLoader.load("local", Map.of("lake.rot", "/x")));
    assertTrue(e.getMessage().startsWith("unknown configuration key 'lake.rot' in the command line. Known keys: "
        + "spark.master, landing.root, lake.root"), e.getMessage());
    assertTrue(e.getMessage().contains("spark.*"));
  }

  @Test
  void secretsAreRefusedEverywhere() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConfigLoader.load("local", Map.of("spark.hadoop.fs.s3a.secret.key", "abc")));
    assertTrue(e.getMessage().contains("looks like a secret"));
    assertFalse(e.getMessage().contains("abc"), "the value is never echoed");
  }

  @Test
  void badValuesAndEnvironmentsSayWhatToDo() {
    assertThrows(IllegalArgumentException.class, () -> ConfigLoader.load("local", Map.of("ingest.compaction", "yes")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConfigLoader.load("staging", Map.of()));
    assertTrue(e.getMessage().contains("create conf/staging.properties"));
    assertThrows(IllegalArgumentException.class, () -> ConfigLoader.parseOverrides(List.of("novalue")));
    assertEquals(Map.of("a.b", "c=d"), ConfigLoader.parseOverrides(List.of("a.b=c=d")));
  }

  @Test
  void theDescriptionListsSettingsButNoSecret() {
    String d = ConfigLoader.load("local", Map.of()).describe();
    assertTrue(d.contains("lake.root="));
    assertFalse(d.toLowerCase().contains("secret"));
  }

  @Test
  void sparkSettingsSparkDoesNotKnowAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConfigLoader.load("local", Map.of("spark.sql.shufle.partitions", "8")));
    assertTrue(e.getMessage().startsWith("unknown Spark setting 'spark.sql.shufle.partitions' in the command line"),
        e.getMessage());
    // Spark core, SQL and Delta keys, keys Spark reads by name, and free-form namespaces pass
    ConfigLoader.load("local", Map.of("spark.sql.adaptive.enabled", "false", "spark.executor.memory", "2g",
        "spark.databricks.delta.snapshotPartitions", "1", "spark.default.parallelism", "2",
        "spark.hadoop.fs.s3a.endpoint", "http://127.0.0.1:9000", "spark.yarn.queue", "nightly"));
    // Delta's log store settings (README, "Delta on S3"): Delta reads them by name, no config entry registers them
    ConfigLoader.load("local", Map.of("spark.delta.logStore.s3a.impl", "io.delta.storage.S3DynamoDBLogStore",
        "spark.io.delta.storage.S3DynamoDBLogStore.ddb.tableName", "delta_log",
        "spark.io.delta.storage.S3DynamoDBLogStore.ddb.region", "eu-west-1"));
  }
}
