package io.cxlake.pipeline;

import org.apache.spark.sql.SparkSession;

/** One step of the nightly chain. Implementations are idempotent for their run date. */
public interface NightlyJob {

  String name();

  /**
   * Checks the job's settings (and the files they name) without touching data, so that the launcher can refuse a
   * bad value of any job before the first job of a night starts. Throws IllegalArgumentException naming the key.
   */
  default void validate(io.cxlake.config.CxConfig config) {}

  /** Runs the job for {@code ctx.runDate()}; returns a one-line summary of what it did. */
  String run(SparkSession spark, JobContext ctx);
}
