package io.cxlake.schema;

/** Column names used by code; the schema files under schemas/ hold their types and meaning. */
public final class Columns {
  // lineage, on bronze and silver rows
  public static final String RAW = "_raw";
  public static final String PARSE_ERROR = "_parse_error";
  public static final String UNEXPECTED_FIELDS = "_unexpected_fields";
  public static final String SOURCE_FILE = "_source_file";
  public static final String SOURCE_LINE = "_source_line";
  public static final String LOAD_ID = "_load_id";
  public static final String RUN_DATE = "_run_date";
  public static final String ROW_HASH = "_row_hash";

  // quarantine
  public static final String Q_FEED = "feed";
  public static final String Q_RUN_DATE = "run_date";
  public static final String Q_SOURCE_FILE = "source_file";
  public static final String Q_SOURCE_LINE = "source_line";
  public static final String Q_RAW_RECORD = "raw_record";
  public static final String Q_REASON = "reason";
  public static final String Q_REASON_DETAIL = "reason_detail";
  public static final String Q_LOAD_ID = "load_id";

  // run_summary
  public static final String RS_JOB = "job";
  public static final String RS_RUN_DATE = "run_date";
  public static final String RS_FEED = "feed";

  // silver_turns
  public static final String TEXT = "text";

  private Columns() {}
}
