package io.cxlake.lake;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;

/**
 * The Delta commits each job made through its {@link Lakehouse}, per table, keyed by the Spark job group the launcher
 * gives every run ({@code cxlake <job> <date>}). The group is a local property of the job's thread, inherited by the
 * threads the job starts (the ingest's feeds), so jobs of a night that run side by side, all writing
 * {@code run_summary}, are each charged only their own commits: comparing the lake's log versions before and after
 * a job cannot tell them apart.
 */
public final class CommitLedger {

  /** Spark's local property behind setJobGroup (private to Spark's own package). */
  static final String JOB_GROUP = "spark.jobGroup.id";

  private static final Map<String, Map<String, Long>> BY_GROUP = new ConcurrentHashMap<>();

  private CommitLedger() {}

  static void record(SparkContext sc, String table, long commits) {
    String group = sc.getLocalProperty(JOB_GROUP);
    if (group != null && commits > 0) {
      BY_GROUP.computeIfAbsent(group, g -> new ConcurrentHashMap<>()).merge(table, commits, Long::sum);
    }
  }

  /** The commits recorded for {@code group} since the last call, per table; forgets them. */
  public static Map<String, Long> drain(String group) {
    Map<String, Long> recorded = BY_GROUP.remove(group);
    return recorded == null ? Map.of() : new TreeMap<>(recorded);
  }
}
