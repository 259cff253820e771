package io.cxlake.schema;

/** Names of the tables that are not per feed. Column names of every table live in {@link Columns}. */
public final class Tables {
  public static final String QUARANTINE = "quarantine";
  public static final String RUN_SUMMARY = "run_summary";

  private Tables() {}
}
