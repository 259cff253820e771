package io.cxlake.testing;

import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import io.cxlake.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test JVM: local[2], few shuffle partitions, no UI, Delta on. Created on first use
 * and stopped when the JVM exits, so every test class shares its start-up cost.
 */
public final class SharedSpark {

  private static SparkSession spark;

  private SharedSpark() {}

  public static synchronized SparkSession get() {
    if (spark == null) {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      SparkSession.Builder b = SparkSession.builder().master("local[2]").appName("cxlake-tests");
      SparkSessions.BASE.forEach(b::config); // the jobs' own settings, then the test tunables
      spark = b.config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.warehouse.dir", tmp.resolve("warehouse").toString())
          .config("spark.databricks.delta.snapshotPartitions", "1")
          .config("spark.sql.adaptive.enabled", "true")
          .config("spark.databricks.delta.stalenessLimit", "0")
          // the tests' nights are small: the launcher runs such nights interpreted (run.codegen=auto, see
          // CodegenChoice); CodegenModesTest checks the ingest's tables are the same with code generation
          .config("spark.sql.codegen.wholeStage", "false")
          .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> spark.stop()));
    }
    return spark;
  }

  /** A fresh folder under target/tmp for one test. */
  public static Path tempDir(String prefix) {
    try {
      Path base = Path.of(System.getProperty("java.io.tmpdir"));
      Files.createDirectories(base);
      return Files.createTempDirectory(base, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The local configuration pointed at a test's landing and lake folders. */
  public static CxConfig config(Path landing, Path lake, Map<String, String> more) {
    Map<String, String> o = new HashMap<>(more);
    o.put("landing.root", landing.toString());
    o.put("lake.root", lake.toString());
    o.putIfAbsent("ingest.compaction", "false");
    o.putIfAbsent("reports.root", lake.resolveSibling(lake.getFileName() + "-reports").toString());
    return ConfigLoader.load("local", o);
  }
}
