package io.cxlake.bench;

import java.util.List;

/** All jobs of the nightly chain on one generated night of {@code contacts} new contacts. */
record ScaleRun(long contacts, double generateSeconds, List<JobRun> jobs) {

  /** The measured jobs (a substituted step is not part of the chain's time). */
  List<JobRun> measured() {
    return jobs.stream().filter(j -> !j.substituted()).toList();
  }

  double wallSeconds() {
    return measured().stream().mapToDouble(JobRun::wallSeconds).sum();
  }

  double floorSeconds() {
    return measured().stream().mapToDouble(JobRun::floorSeconds).sum();
  }

  long peakHeapBytes() {
    return measured().stream().mapToLong(JobRun::peakHeapBytes).max().orElse(0);
  }

  long peakRssBytes() {
    return measured().stream().mapToLong(JobRun::peakRssBytes).max().orElse(0);
  }

  JobRun job(String name) {
    return jobs.stream().filter(j -> j.job().equals(name)).findFirst().orElse(null);
  }
}
