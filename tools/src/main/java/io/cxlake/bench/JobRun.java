package io.cxlake.bench;

import java.util.List;

/**
 * One job of one benchmark scale: its wall and CPU seconds (the whole process: tasks, GC and JIT), the peaks of
 * heap and resident memory while it ran, the rows it read, and its floor measured in the same run.
 *
 * @param floorKind what the floor is ("bare copy", "scan of ...", "raw CoreNLP ...")
 * @param substituted true when the job did not run and its output was written by the benchmark (not timed)
 */
record JobRun(String job, double wallSeconds, double cpuSeconds, long peakHeapBytes, long peakRssBytes, long rows,
              double floorSeconds, String floorKind, List<String> inputs, boolean substituted) {

  double ratio() {
    return floorSeconds > 0 ? wallSeconds / floorSeconds : Double.NaN;
  }

  double rowsPerSecond() {
    return wallSeconds > 0 ? rows / wallSeconds : Double.NaN;
  }

  static JobRun substitute(String job, String how) {
    return new JobRun(job, 0, 0, 0, 0, 0, 0, how, List.of(), true);
  }
}
