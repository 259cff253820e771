package io.cxlake.bench;

/**
 * The text step on its own night: the text job against plain single-thread CoreNLP on the same customer turns.
 * The floor per core is the raw time divided by the cores the job had; {@code rawParallelSeconds} is plain
 * CoreNLP on as many Java threads as cores, without Spark: how far the cores themselves fall short of that floor.
 */
record TextRun(long contacts, long contactsAnalysed, long turns, long sentences, JobRun job, double rawSeconds,
               double rawParallelSeconds, int cores) {

  double floorPerCoreSeconds() {
    return rawSeconds / cores;
  }

  /** The job's wall time against raw CoreNLP spread perfectly over the same cores: 1.0 is no overhead. */
  double ratio() {
    return job.wallSeconds() / floorPerCoreSeconds();
  }

  /** The job's wall time against plain CoreNLP on the same number of threads: Spark's and the job's own cost. */
  double ratioToParallel() {
    return job.wallSeconds() / rawParallelSeconds;
  }

  /** Core-seconds of the job per analysed contact, for sizing. */
  double coreSecondsPerContact() {
    return job.wallSeconds() * cores / Math.max(1, contactsAnalysed);
  }
}
