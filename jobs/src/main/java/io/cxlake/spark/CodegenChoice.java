package io.cxlake.spark;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import io.cxlake.schema.FeedSchema;
import io.cxlake.schema.SchemaCatalog;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Whether a night's jobs run with Spark's code generation. Generated code is compiled per query plan (Janino, then
 * the JIT), which pays on millions of rows but dominated small nights: on the bundled sample (450 contacts a night)
 * the chain ran about a third faster interpreted (BENCHMARKS.md, "Fixed cost of a night"). The night's size is read
 * from its landing files (one listing per feed), so every job of the night runs in the same mode.
 */
public final class CodegenChoice {

  /** The mode a run date's jobs use. */
  public enum Mode { AUTO, ALWAYS, NEVER }

  private CodegenChoice() {}

  public static Mode mode(CxConfig config) {
    String v = config.get(ConfigKey.RUN_CODEGEN).trim().toUpperCase(Locale.ROOT);
    try {
      return Mode.valueOf(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(ConfigKey.RUN_CODEGEN.key() + " must be auto, always or never; got '"
          + config.get(ConfigKey.RUN_CODEGEN) + "'", e);
    }
  }

  /** Checks both settings (for the launcher's check before the night starts). */
  public static void validate(CxConfig config) {
    mode(config);
    if (config.getInt(ConfigKey.RUN_CODEGEN_MIN_LANDING_MB) < 0) {
      throw new IllegalArgumentException(ConfigKey.RUN_CODEGEN_MIN_LANDING_MB.key() + " must be 0 or more");
    }
  }

  /** Sets the session for the run date; returns whether code generation is on. */
  public static boolean apply(SparkSession spark, CxConfig config, LocalDate runDate) {
    boolean on = switch (mode(config)) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> landingBytes(spark.sparkContext().hadoopConfiguration(), config.location(ConfigKey.LANDING_ROOT),
          runDate) >= config.getInt(ConfigKey.RUN_CODEGEN_MIN_LANDING_MB) * (1L << 20);
    };
    set(spark, on);
    return on;
  }

  /** Whole-stage code generation and the expression code generators together, on or off. */
  public static void set(SparkSession spark, boolean on) {
    spark.conf().set("spark.sql.codegen.wholeStage", on);
    spark.conf().set("spark.sql.codegen.factoryMode", on ? "FALLBACK" : "NO_CODEGEN");
  }

  /** Bytes of the run date's landing files over every feed; folders that are missing or unreadable count 0. */
  public static long landingBytes(Configuration hadoop, String landingRoot, LocalDate date) {
    long total = 0;
    for (FeedSchema feed : SchemaCatalog.get().feeds()) {
      Path dir = new Path(landingRoot.replaceAll("/+$", "") + "/" + feed.feed() + "/dt=" + date);
      try {
        FileSystem fs = dir.getFileSystem(hadoop);
        if (fs.exists(dir)) {
          for (FileStatus f : fs.listStatus(dir)) {
            total += f.isFile() ? f.getLen() : 0;
          }
        }
      } catch (IOException e) {
        // the ingest reports an unreadable landing folder itself; here it only means no size to go by
      }
    }
    return total;
  }
}
