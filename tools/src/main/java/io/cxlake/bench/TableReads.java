package io.cxlake.bench;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlanInfo;
import org.apache.spark.sql.execution.ui.SparkListenerSQLAdaptiveExecutionUpdate;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;
import scala.collection.JavaConverters;

/**
 * The files every SQL execution scanned, from the physical plans Spark posts to its listener bus (every scan
 * node names its file index's location), so the benchmark learns which lake tables a job read, including the
 * reads inside Delta's MERGE and writes, without a list kept by hand beside each job.
 */
final class TableReads extends SparkListener implements AutoCloseable {

  /** "Location: PreparedDeltaFileIndex(1 paths)[file:/lake/silver_contacts]": the bracketed path list. */
  private static final Pattern PATHS = Pattern.compile("\\[(.*)]\\s*$");

  private final Set<String> locations = ConcurrentHashMap.newKeySet();
  private final SparkSession spark;

  private TableReads(SparkSession spark) {
    this.spark = spark;
  }

  static TableReads attach(SparkSession spark) {
    TableReads r = new TableReads(spark);
    spark.sparkContext().addSparkListener(r);
    return r;
  }

  /** Leaves the listener bus, so a session that outlives the benchmark (a shared test session) keeps no plans. */
  @Override
  public void close() {
    spark.sparkContext().removeSparkListener(this);
  }

  @Override
  public void onOtherEvent(SparkListenerEvent event) {
    if (event instanceof SparkListenerSQLExecutionStart start) {
      collect(start.sparkPlanInfo());
    } else if (event instanceof SparkListenerSQLAdaptiveExecutionUpdate update) {
      collect(update.sparkPlanInfo());
    }
  }

  private void collect(SparkPlanInfo node) {
    scala.Option<String> location = node.metadata().get("Location");
    if (location.isDefined()) {
      locations.add(location.get());
    }
    JavaConverters.seqAsJavaList(node.children()).forEach(this::collect);
  }

  /** The lake tables scanned since the last call (Delta logs excluded), and forgets them. */
  Set<String> drainTables(SparkSession spark, String lakeRoot) {
    try {
      spark.sparkContext().listenerBus().waitUntilEmpty(60_000);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Spark's listener bus did not drain in a minute", e);
    }
    Set<String> tables = new TreeSet<>();
    for (String l : List.copyOf(locations)) {
      locations.remove(l);
      tables.addAll(tablesOf(l, lakeRoot));
    }
    return tables;
  }

  /** The lake tables one scan's location names; paths outside the lake and Delta log files are not tables. */
  static Set<String> tablesOf(String location, String lakeRoot) {
    Set<String> out = new TreeSet<>();
    Matcher m = PATHS.matcher(location);
    if (!m.find()) {
      return out;
    }
    String root = lakeRoot.endsWith("/") ? lakeRoot : lakeRoot + "/";
    for (String raw : m.group(1).split(",\\s*")) {
      String path = raw.trim().replaceFirst("^file:(//)?", "/").replaceFirst("^//+", "/");
      if (path.startsWith(root) && !path.contains("/_delta_log")) {
        String rest = path.substring(root.length());
        out.add(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest);
      }
    }
    out.remove("");
    return out;
  }
}
