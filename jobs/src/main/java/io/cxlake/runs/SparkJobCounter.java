package io.cxlake.runs;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * Counts the Spark jobs of each job group (one group per nightly job and run date, see {@link JobAccounting}) and
 * their summed wall time, so a night's fixed cost can be traced to the job and step that pays it.
 */
final class SparkJobCounter extends SparkListener {

  /** Spark jobs and their summed duration. */
  record Tally(long jobs, long millis) {}

  private static final String GROUP = JobAccounting.JOB_GROUP;

  private final Map<String, AtomicLong> jobs = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> millis = new ConcurrentHashMap<>();
  private final Map<Integer, Long> started = new ConcurrentHashMap<>();
  private final Map<Integer, String> groupOf = new ConcurrentHashMap<>();
  private final Map<Integer, String> labelOf = new ConcurrentHashMap<>();
  /** At debug level every job is logged with its step and call site: where a step's seconds went. */
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SparkJobCounter.class);

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    String group = group(start.properties());
    if (group == null) {
      return;
    }
    jobs.computeIfAbsent(group, g -> new AtomicLong()).incrementAndGet();
    started.put(start.jobId(), start.time());
    groupOf.put(start.jobId(), group);
    if (LOG.isDebugEnabled()) {
      Properties p = start.properties();
      labelOf.put(start.jobId(), p.getProperty(JobAccounting.JOB_DESCRIPTION, group) + " | "
          + resultStage(start));
    }
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd end) {
    Long t = started.remove(end.jobId());
    String group = groupOf.remove(end.jobId());
    if (t != null && group != null) {
      millis.computeIfAbsent(group, g -> new AtomicLong()).addAndGet(end.time() - t);
    }
    String label = labelOf.remove(end.jobId());
    if (label != null) {
      LOG.debug("spark job {} {} ms: {}", end.jobId(), t == null ? -1 : end.time() - t, label);
    }
  }

  /** The name of the job's result stage, e.g. {@code collect at PrefixSpan.scala:120}: the job's call site. */
  private static String resultStage(SparkListenerJobStart start) {
    String name = "?";
    int last = -1;
    for (org.apache.spark.scheduler.StageInfo s : scala.collection.JavaConverters.seqAsJavaList(start.stageInfos())) {
      if (s.stageId() > last) {
        last = s.stageId();
        name = s.name();
      }
    }
    return name;
  }

  /** What the group ran so far; forgets it, so the counter holds nothing of finished runs. */
  Tally drain(String group) {
    AtomicLong n = jobs.remove(group);
    AtomicLong ms = millis.remove(group);
    return new Tally(n == null ? 0 : n.get(), ms == null ? 0 : ms.get());
  }

  private static String group(Properties p) {
    return p == null ? null : p.getProperty(GROUP);
  }
}
