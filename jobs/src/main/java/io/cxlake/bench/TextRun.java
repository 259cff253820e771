package io.cxlake.bench;

/**
 * The text step on its own night: the text job against plain single-thread CoreNLP on the same customer turns.
 * The floor per core is the raw time divided by the cores the job had.
 */
record TextRun(long contacts, long contactsAnalysed, long turns, long sentences, JobRun job, double rawSeconds,
               int cores) {

  double floorPerCoreSeconds() {
    return rawSeconds / cores;
  }

  /** The job's wall time against raw CoreNLP spread perfectly over the same cores: 1.0 is no overhead. */
  double ratio() {
    return job.wallSeconds() / floorPerCoreSeconds();
  }

  /** Core-seconds of the job per analysed contact, for sizing. */
  double coreSecondsPerContact() {
    return job.wallSeconds() * cores / Math.max(1, contactsAnalysed);
  }
}
