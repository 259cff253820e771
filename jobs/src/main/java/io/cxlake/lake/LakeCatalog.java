package io.cxlake.lake;

import io.cxlake.schema.DataDictionary;
import io.cxlake.schema.SchemaCatalog;
import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Registers the lakehouse's Delta tables by name, {@code cx.<table>}, in the session's catalog, so analysts
 * write {@code SELECT ... FROM cx.gold_churn_signal}. The tables stay where the jobs write them (external
 * tables over their locations); their table and column comments are the schema files', stored in the Delta log
 * when the jobs created the tables.
 */
public final class LakeCatalog {

  private LakeCatalog() {}

  /**
   * Settings of an analyst session, set when it is created: no {@code format.`path`} queries, which would read any
   * file the server can read (the raw landing files, bronze, /etc/...), whatever is registered.
   */
  public static final java.util.Map<String, String> ANALYST_SPARK_SETTINGS = java.util.Map.of(
      "spark.sql.runSQLOnFiles", "false");

  /** Whether analysts see the table: raw layers (bronze, quarantine: raw ids, unmasked text) only when asked. */
  static boolean published(String table, boolean rawLayers) {
    return rawLayers || !(table.startsWith("bronze_") || table.equals(io.cxlake.schema.Tables.QUARANTINE));
  }

  /**
   * Registers every published table of schemas/ that exists in the lake (silver, gold, run_summary; with
   * {@code rawLayers} also bronze and quarantine); returns the names registered. A raw table registered before is
   * dropped from the catalog (only the name: the data stays where the pipeline keeps it).
   */
  public static List<String> register(SparkSession spark, Lakehouse lake, boolean rawLayers) {
    spark.sql("CREATE DATABASE IF NOT EXISTS " + DataDictionary.DATABASE
        + " COMMENT 'The contact-centre insight lakehouse (cxlake)'");
    List<String> registered = new ArrayList<>();
    for (String table : SchemaCatalog.tableNames()) {
      if (!published(table, rawLayers)) {
        spark.sql("DROP TABLE IF EXISTS " + DataDictionary.DATABASE + "." + table);
        continue;
      }
      String path = lake.path(table);
      if (DeltaTable.isDeltaTable(spark, path)) {
        spark.sql("CREATE TABLE IF NOT EXISTS " + DataDictionary.DATABASE + "." + table + " USING DELTA LOCATION '"
            + path.replace("'", "\\'") + "'");
        registered.add(DataDictionary.DATABASE + "." + table);
      }
    }
    return registered;
  }
}
