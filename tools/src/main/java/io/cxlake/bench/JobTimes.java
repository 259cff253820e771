package io.cxlake.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Records every Spark job's wall time and call site while a benchmark runs, so a report can show which of a
 * job's Spark jobs cost what (the event log says the same, but needs a history server to read).
 */
final class JobTimes extends SparkListener {

  private final Map<Integer, long[]> starts = new ConcurrentHashMap<>();
  private final Map<Integer, String> sites = new ConcurrentHashMap<>();
  private final List<String> finished = java.util.Collections.synchronizedList(new ArrayList<>());

  static JobTimes attach(SparkSession spark) {
    JobTimes t = new JobTimes();
    spark.sparkContext().addSparkListener(t);
    return t;
  }

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    starts.put(start.jobId(), new long[] {start.time(), start.stageIds().size()});
    // the result stage is the last one; its name is the action's call site ("count at Foo.java:12")
    String site = start.stageInfos().isEmpty() ? "" : start.stageInfos().last().name();
    String sql = start.properties() == null ? null : start.properties().getProperty("spark.sql.execution.id");
    sites.put(start.jobId(), site + (sql == null ? "" : "  [sql " + sql + "]"));
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd end) {
    long[] s = starts.remove(end.jobId());
    if (s != null) {
      finished.add(String.format("job %4d %7.2f s %2d stages  %s", end.jobId(), (end.time() - s[0]) / 1000.0, s[1],
          sites.remove(end.jobId())));
    }
  }

  /** The jobs finished since the last call, one line each, and forgets them. */
  List<String> drain() {
    synchronized (finished) {
      List<String> out = new ArrayList<>(finished);
      finished.clear();
      return out;
    }
  }
}
