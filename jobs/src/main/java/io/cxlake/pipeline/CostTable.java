package io.cxlake.pipeline;

import io.cxlake.runs.JobAccounting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The chain's cost per job, summed over its run dates: the table BENCHMARKS.md records for a night's fixed cost. */
final class CostTable {

  private CostTable() {}

  static String render(List<JobAccounting.Cost> costs) {
    Map<String, long[]> perJob = new LinkedHashMap<>();
    for (JobAccounting.Cost c : costs) {
      long[] t = perJob.computeIfAbsent(c.job(), j -> new long[5]);
      t[0]++;
      t[1] += c.wallMillis();
      t[2] += c.sparkJobs();
      t[3] += c.sparkJobMillis();
      t[4] += c.totalCommits();
    }
    StringBuilder sb = new StringBuilder("| job | runs | wall s | Spark jobs | Spark job s | Delta commits |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    long[] all = new long[5];
    perJob.forEach((job, t) -> {
      sb.append(row(job, t));
      for (int i = 0; i < t.length; i++) {
        all[i] += t[i];
      }
    });
    return sb.append(row("all", all)).toString();
  }

  private static String row(String job, long[] t) {
    return String.format(java.util.Locale.ROOT, "| %s | %d | %.1f | %d | %.1f | %d |%n", job, t[0], t[1] / 1e3, t[2],
        t[3] / 1e3, t[4]);
  }
}
