package io.cxlake.schema;

/**
 * Column names of tables whose rows the jobs read on the driver, one class per table, so that a row is read by
 * name ({@code r.getAs(GoldQueryTypeCatalog.STATUS)}) and never by position. Every constant is checked against the
 * table's schema file under schemas/ ({@code TableColumnsTest}): a renamed column fails the build, not a night.
 */
public final class TableColumns {

  private TableColumns() {}

  /** gold_query_type_catalog: one row per query type and run date, active or retired. */
  public static final class GoldQueryTypeCatalog {
    public static final String TABLE = Tables.QUERY_TYPE_CATALOG;
    public static final String RUN_DATE = "run_date";
    public static final String ID = "query_type_id";
    public static final String FAMILY = "family";
    public static final String STATUS = "status";
    public static final String LABEL = "label";
    public static final String TOP_TERMS = "top_terms";
    public static final String TERM_WEIGHTS = "term_weights";
    public static final String CONTACTS = "contacts";
    public static final String FAMILY_K = "family_k";
    public static final String FAMILY_SILHOUETTE = "family_silhouette";
    public static final String FAMILY_FIT_CONTACTS = "family_fit_contacts";
    public static final String DISTANCE_CUT = "distance_cut";
    public static final String FIRST_SEEN = "first_seen";
    public static final String LAST_SEEN = "last_seen";
    public static final String TYPICAL_TEXT = "typical_text";

    private GoldQueryTypeCatalog() {}
  }

  /** gold_scenario_catalog: one row per scenario and run date, active or retired. */
  public static final class GoldScenarioCatalog {
    public static final String TABLE = Tables.SCENARIO_CATALOG;
    public static final String RUN_DATE = "run_date";
    public static final String ID = "scenario_id";
    public static final String STATUS = "status";
    public static final String CHANNEL = "channel";
    public static final String QUERY_TYPE_ID = "query_type_id";
    public static final String MOOD = "mood";
    public static final String GOAL = "goal";
    public static final String CONTACTS = "contacts";
    public static final String SHARE = "share";
    public static final String CONTACTS_LAST_7D = "contacts_last_7d";
    public static final String CONTACTS_PREV_7D = "contacts_prev_7d";
    public static final String TREND = "trend";
    public static final String WINDOW_START = "window_start";
    public static final String WINDOW_END = "window_end";
    public static final String FIRST_SEEN = "first_seen";

    private GoldScenarioCatalog() {}
  }

  /** gold_contract_kpi_compliance: one row per contract indicator and run date. */
  public static final class GoldContractKpiCompliance {
    public static final String TABLE = Tables.CONTRACT_KPI_COMPLIANCE;
    public static final String MET = "met";

    private GoldContractKpiCompliance() {}
  }

  /** quarantine: one row per rejected record (or unreadable file), with its reason. */
  public static final class Quarantine {
    public static final String TABLE = Tables.QUARANTINE;
    public static final String FEED = "feed";
    public static final String RUN_DATE = "run_date";
    public static final String SOURCE_FILE = "source_file";
    public static final String SOURCE_LINE = "source_line";
    public static final String RAW_RECORD = "raw_record";
    public static final String REASON = "reason";
    public static final String REASON_DETAIL = "reason_detail";
    public static final String LOAD_ID = "load_id";

    private Quarantine() {}
  }

  /** run_summary: one row per job, run date and feed (the ingest's counts; the other jobs' outcomes). */
  public static final class RunSummary {
    public static final String TABLE = Tables.RUN_SUMMARY;
    public static final String JOB = "job";
    public static final String RUN_DATE = "run_date";
    public static final String FEED = "feed";
    public static final String ROWS_READ = "rows_read";
    public static final String QUARANTINED = "quarantined";

    private RunSummary() {}
  }
}
