package io.cxlake.pipeline;

import org.apache.spark.sql.SparkSession;

/** One step of the nightly chain. Implementations are idempotent for their run date. */
public interface NightlyJob {

  String name();

  /** Runs the job for {@code ctx.runDate()}; returns a one-line summary of what it did. */
  String run(SparkSession spark, JobContext ctx);
}
