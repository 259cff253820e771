package io.cxlake.bench;

import java.util.List;

/** The benchmark's figures as CSV, one row per job and scale (the text night's job with scale "text:N"). */
final class BenchCsv {

  static final String HEADER = "contacts,job,wall_s,cpu_s,peak_heap_bytes,peak_rss_bytes,rows,floor_s,floor,substituted";

  private BenchCsv() {}

  static String of(List<ScaleRun> scales, TextRun text) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    if (text != null) {
      row(csv, "text:" + text.contacts(), text.job());
    }
    for (ScaleRun s : scales) {
      s.jobs().forEach(j -> row(csv, String.valueOf(s.contacts()), j));
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, String scale, JobRun j) {
    csv.append(BenchReport.f("%s,%s,%.3f,%.3f,%d,%d,%d,%.3f,\"%s\",%s%n", scale, j.job(), j.wallSeconds(),
        j.cpuSeconds(), j.peakHeapBytes(), j.peakRssBytes(), j.rows(), j.floorSeconds(),
        j.floorKind().replace("\"", "\"\""), j.substituted()));
  }
}
