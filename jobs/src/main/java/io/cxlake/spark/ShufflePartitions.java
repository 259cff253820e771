package io.cxlake.spark;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * How many partitions a night's shuffles start with. Adaptive execution merges small shuffle partitions but never
 * splits large ones, so the starting number must fit the largest night: the local environment's 4 suit a sample
 * night of a few hundred contacts but made every task of a million-contact night's joins and windows hold about a
 * quarter of the data, sorting and spilling it (issue #27, BENCHMARKS.md). With {@code run.shuffle-partitions=auto}
 * a night starts with {@code spark.sql.shuffle.partitions} or one partition per
 * {@code run.shuffle-landing-mb-per-partition} MB of its landing files, whichever is more; small nights are
 * unchanged by construction. {@code fixed} keeps {@code spark.sql.shuffle.partitions} for every night.
 */
public final class ShufflePartitions {

  static final String KEY = "spark.sql.shuffle.partitions";
  /** Spark's own default, for a configuration that does not set the key. */
  static final int SPARK_DEFAULT = 200;
  /** An upper bound: beyond it the driver's bookkeeping per stage grows faster than the tasks shrink. */
  static final int MAX = 4_000;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ShufflePartitions.class);

  private ShufflePartitions() {}

  /** Checks both settings (for the launcher's check before the night starts). */
  public static void validate(CxConfig config) {
    auto(config);
    base(config);
    if (config.getInt(ConfigKey.RUN_SHUFFLE_LANDING_MB_PER_PARTITION) < 1) {
      throw new IllegalArgumentException(ConfigKey.RUN_SHUFFLE_LANDING_MB_PER_PARTITION.key() + " must be 1 or more");
    }
  }

  /** Sets the session's shuffle partitions for the run date's jobs; returns the number. */
  public static int apply(SparkSession spark, CxConfig config, LocalDate runDate) {
    int n = auto(config) ? forLanding(base(config), CodegenChoice.landingBytes(
        spark.sparkContext().hadoopConfiguration(), config.location(ConfigKey.LANDING_ROOT), runDate),
        config.getInt(ConfigKey.RUN_SHUFFLE_LANDING_MB_PER_PARTITION)) : base(config);
    spark.conf().set(KEY, n);
    LOG.info("{}: shuffles start with {} partitions (run.shuffle-partitions={})", runDate, n,
        config.get(ConfigKey.RUN_SHUFFLE_PARTITIONS));
    return n;
  }

  /** The configured number, or the larger one a night's landing bytes call for (at most {@link #MAX}). */
  static int forLanding(int configured, long landingBytes, int mbPerPartition) {
    long bySize = (landingBytes + (mbPerPartition << 20) - 1) / ((long) mbPerPartition << 20);
    return (int) Math.max(configured, Math.min(bySize, MAX));
  }

  private static boolean auto(CxConfig config) {
    String v = config.get(ConfigKey.RUN_SHUFFLE_PARTITIONS).trim().toLowerCase(Locale.ROOT);
    if (!v.equals("auto") && !v.equals("fixed")) {
      throw new IllegalArgumentException(ConfigKey.RUN_SHUFFLE_PARTITIONS.key() + " must be auto or fixed; got '"
          + config.get(ConfigKey.RUN_SHUFFLE_PARTITIONS) + "'");
    }
    return v.equals("auto");
  }

  private static int base(CxConfig config) {
    String v = config.sparkSettings().get(KEY);
    try {
      int n = v == null ? SPARK_DEFAULT : Integer.parseInt(v.trim());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(KEY + " must be a whole number of 1 or more; got '" + v + "'");
    }
  }
}
