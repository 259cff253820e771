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

  /** Registers every table of schemas/ that exists in the lake; returns the names registered. */
  public static List<String> register(SparkSession spark, Lakehouse lake) {
    spark.sql("CREATE DATABASE IF NOT EXISTS " + DataDictionary.DATABASE
        + " COMMENT 'The contact-centre insight lakehouse (cxlake)'");
    List<String> registered = new ArrayList<>();
    for (String table : SchemaCatalog.tableNames()) {
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
