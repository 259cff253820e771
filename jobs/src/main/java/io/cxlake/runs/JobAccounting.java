package io.cxlake.runs;

import io.cxlake.lake.CommitLedger;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * What one nightly job cost: wall time, Spark jobs (and their summed time) and the Delta commits it made through
 * its lake, per table ({@link CommitLedger}; jobs of a night may run side by side). Every
 * Spark job of the run carries the job group {@code cxlake <job> <date>}, and each step's jobs the description
 * {@code <job> <date>: <step>} ({@link StepTimes}), so logs and the Spark UI trace them to their step.
 */
public final class JobAccounting {

  /** The cost of one run of one job. */
  public record Cost(String job, LocalDate runDate, long wallMillis, long sparkJobs, long sparkJobMillis,
                     Map<String, Long> commits) {

    public long totalCommits() {
      return commits.values().stream().mapToLong(Long::longValue).sum();
    }

    /** e.g. {@code 41 Spark jobs, 12 Delta commits (silver_turns 3, run_summary 1, ...)}. */
    public String describe() {
      return sparkJobs + " Spark jobs, " + totalCommits() + " Delta commits"
          + (commits.isEmpty() ? "" : commits.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
              .collect(Collectors.joining(", ", " (", ")")));
    }
  }

  /** Spark's local properties behind setJobGroup and setJobDescription (private to Spark's own package). */
  static final String JOB_GROUP = "spark.jobGroup.id";
  static final String JOB_DESCRIPTION = "spark.job.description";

  private static SparkJobCounter counter;
  private static SparkContext countedContext;

  private JobAccounting() {}

  /** Runs {@code work} as job {@code job} of {@code runDate} and measures it; the work's result goes to {@code out}. */
  public static <T> Cost measure(SparkSession spark, String job, LocalDate runDate,
                                 Supplier<T> work, java.util.function.Consumer<T> out) {
    SparkJobCounter jobs = counter(spark.sparkContext());
    String group = group(job, runDate);
    CommitLedger.drain(group); // what an earlier, failed run of the same group left
    long t = System.nanoTime();
    spark.sparkContext().setJobGroup(group, group, false);
    try {
      out.accept(work.get());
    } finally {
      spark.sparkContext().clearJobGroup();
    }
    long wall = (System.nanoTime() - t) / 1_000_000;
    SparkJobCounter.Tally tally = jobs.drain(group);
    return new Cost(job, runDate, wall, tally.jobs(), tally.millis(), CommitLedger.drain(group));
  }

  static String group(String job, LocalDate runDate) {
    return "cxlake " + job + " " + runDate;
  }

  /** One listener per Spark context (tests share one session across many runs). */
  private static synchronized SparkJobCounter counter(SparkContext sc) {
    if (counter == null || countedContext != sc) {
      counter = new SparkJobCounter();
      countedContext = sc;
      sc.addSparkListener(counter);
    }
    return counter;
  }
}
