package io.cxlake.runs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkContext$;
import java.util.stream.Collectors;

/** Wall time of the named steps of one job unit (e.g. one feed's load), for the log: where did the night go. */
public final class StepTimes {

  private final Map<String, Long> millis = new LinkedHashMap<>();

  public <T> T time(String step, Supplier<T> work) {
    long t = System.nanoTime();
    String description = describe(step);
    try {
      return work.get();
    } finally {
      restore(description);
      millis.merge(step, (System.nanoTime() - t) / 1_000_000, Long::sum);
    }
  }

  /**
   * Labels the step's Spark jobs {@code <job group>: <step>} (the UI's and the logs' description); returns the
   * description to restore afterwards.
   */
  private static String describe(String step) {
    scala.Option<SparkContext> active = SparkContext$.MODULE$.getActive();
    if (active.isEmpty()) {
      return null;
    }
    SparkContext sc = active.get();
    String before = sc.getLocalProperty(JobAccounting.JOB_DESCRIPTION);
    String group = sc.getLocalProperty(JobAccounting.JOB_GROUP);
    sc.setJobDescription((group == null ? "" : group + ": ") + step);
    return before;
  }

  private static void restore(String description) {
    scala.Option<SparkContext> active = SparkContext$.MODULE$.getActive();
    if (!active.isEmpty()) {
      active.get().setJobDescription(description);
    }
  }

  public void time(String step, Runnable work) {
    time(step, () -> {
      work.run();
      return null;
    });
  }

  @Override
  public String toString() {
    return millis.entrySet().stream().map(e -> String.format("%s %.1f s", e.getKey(), e.getValue() / 1000.0))
        .collect(Collectors.joining(", "));
  }
}
