package io.cxlake.spark;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the one Spark session a job runs in, with Delta Lake and the environment's settings. */
public final class SparkSessions {

  /** Settings every session needs; the environment file may override the tunables. */
  public static final Map<String, String> BASE = Map.of(
      "spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension",
      "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog",
      // Business dates come from the records' own offsets; UTC keeps timestamps unambiguous in storage
      "spark.sql.session.timeZone", "UTC",
      "spark.sql.ansi.enabled", "false",
      "spark.databricks.delta.schema.autoMerge.enabled", "false",
      // compaction is for small files (late rows, quiet nights): files of 128 MB and more are left alone
      "spark.databricks.delta.optimize.minFileSize", String.valueOf(128L * 1024 * 1024),
      // HotSpot does not JIT-compile methods over 8,000 bytes of bytecode: whole-stage code that large ran
      // interpreted (validation of wide feeds, 1.4x slower in the ingest benchmark), so split it instead
      "spark.sql.codegen.hugeMethodLimit", "8000",
      // every query describes its plan for the listeners (and the UI) before it runs, and AQE again at every
      // re-plan: the default "formatted" description cost a tenth of the driver's time on small nights
      // (BENCHMARKS.md, issue #24); the plain tree says the same
      "spark.sql.ui.explainMode", "simple");

  private SparkSessions() {}

  public static SparkSession create(String appName, CxConfig config) {
    return create(appName, config, java.util.Map.of());
  }

  /** As {@link #create(String, CxConfig)}, with {@code fixed} settings that the configuration cannot override. */
  public static SparkSession create(String appName, CxConfig config, java.util.Map<String, String> fixed) {
    SparkConf conf = new SparkConf(); // picks up spark-submit's settings, including the master
    BASE.forEach(conf::set);
    config.sparkSettings().forEach((k, v) -> {
      if (!k.equals("spark.master")) {
        conf.set(k, v);
      }
    });
    fixed.forEach(conf::set);
    if (!conf.contains("spark.master")) {
      conf.setMaster(config.get(ConfigKey.SPARK_MASTER));
    }
    return SparkSession.builder().appName(appName).config(conf).getOrCreate();
  }
}
