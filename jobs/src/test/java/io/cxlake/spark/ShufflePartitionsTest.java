package io.cxlake.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.CxConfig;
import io.cxlake.testing.Repo;
import io.cxlake.testing.SharedSpark;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** A night's shuffles start with partitions sized to its landing files (run.shuffle-partitions=auto). */
class ShufflePartitionsTest {

  private static final LocalDate NIGHT = LocalDate.parse("2026-11-17");
  private static final long MB = 1L << 20;

  @Test
  void largeNightsGetOnePartitionPerSliceOfLandingSmallOnesTheConfiguredNumber() {
    assertEquals(4, ShufflePartitions.forLanding(4, 300_000, 8), "a sample night keeps the configured 4");
    assertEquals(68, ShufflePartitions.forLanding(4, 540 * MB, 8), "a million-contact night: 540 MB / 8 MB");
    assertEquals(5, ShufflePartitions.forLanding(4, 33 * MB, 8), "rounded up");
    assertEquals(200, ShufflePartitions.forLanding(200, 540 * MB, 8), "never fewer than configured");
    assertEquals(ShufflePartitions.MAX, ShufflePartitions.forLanding(4, 1L << 50, 8), "bounded");
  }

  @Test
  void theSessionGetsTheNightsNumberAndFixedKeepsTheConfiguredOne() throws Exception {
    SparkSession spark = SharedSpark.get();
    String before = spark.conf().get(ShufflePartitions.KEY);
    Path landing = Files.createTempDirectory(Repo.root().resolve("jobs/target"), "shuffle-landing");
    Path folder = Files.createDirectories(landing.resolve("contacts/dt=" + NIGHT));
    try (RandomAccessFile f = new RandomAccessFile(folder.resolve("contacts.csv").toFile(), "rw")) {
      f.setLength(17 * MB); // sparse: the size is what counts
    }
    try {
      CxConfig auto = config(landing, Map.of("run.shuffle-landing-mb-per-partition", "1"));
      assertEquals(17, ShufflePartitions.apply(spark, auto, NIGHT));
      assertEquals("17", spark.conf().get(ShufflePartitions.KEY));
      assertEquals(4, ShufflePartitions.apply(spark, auto, NIGHT.plusDays(1)), "a night with no files: configured");
      CxConfig fixed = config(landing, Map.of("run.shuffle-partitions", "fixed", "run.shuffle-landing-mb-per-partition",
          "1"));
      assertEquals(4, ShufflePartitions.apply(spark, fixed, NIGHT));
      assertEquals(4, ShufflePartitions.apply(spark, config(Repo.root().resolve("data-samples/landing"), Map.of()),
          NIGHT), "the bundled sample nights keep the local environment's 4");
    } finally {
      spark.conf().set(ShufflePartitions.KEY, before);
    }
  }

  @Test
  void badSettingsAreNamedBeforeTheNightStarts() {
    Path landing = Repo.root().resolve("data-samples/landing");
    IllegalArgumentException mode = assertThrows(IllegalArgumentException.class,
        () -> ShufflePartitions.validate(config(landing, Map.of("run.shuffle-partitions", "sometimes"))));
    assertTrue(mode.getMessage().contains("run.shuffle-partitions") && mode.getMessage().contains("auto or fixed"),
        mode.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ShufflePartitions.validate(config(landing, Map.of("run.shuffle-landing-mb-per-partition", "0"))));
    IllegalArgumentException base = assertThrows(IllegalArgumentException.class,
        () -> ShufflePartitions.validate(config(landing, Map.of("spark.sql.shuffle.partitions", "many"))));
    assertTrue(base.getMessage().contains("spark.sql.shuffle.partitions"), base.getMessage());
  }

  private static CxConfig config(Path landing, Map<String, String> more) {
    return SharedSpark.config(landing, landing.resolveSibling(landing.getFileName() + "-lake"), more);
  }
}
