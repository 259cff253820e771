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

  // silver_turns
  public static final String TEXT = "text";

  private Columns() {}
}
