package io.cxlake.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.Tables;
import io.cxlake.testing.SharedSpark;
import io.delta.tables.DeltaTable;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

/** The lake's table helpers on real Delta tables. */
class LakehouseTest {

  private final SparkSession spark = SharedSpark.get();

  @Test
  void theLastCommitsMetricsAreTheOnesTheHistoryShows() {
    Lakehouse lake = new Lakehouse(spark, SharedSpark.tempDir("lakehouse").toString());
    lake.ensure(Tables.RUN_SUMMARY);
    assertEquals(Map.of(), lake.lastCommitMetrics(Tables.RUN_SUMMARY), "the creation has no operation metrics");
    Dataset<Row> rows = spark.read().schema(SchemaCatalog.get().table(Tables.RUN_SUMMARY).structType())
        .json(spark.createDataset(List.of(summary("2026-11-16", "a"), summary("2026-11-16", "b"),
            summary("2026-11-17", "a")), org.apache.spark.sql.Encoders.STRING()));
    lake.append(Tables.RUN_SUMMARY, rows);
    assertEquals(3, lake.lastWrittenRows(Tables.RUN_SUMMARY));
    assertEquals(history(lake), lake.lastCommitMetrics(Tables.RUN_SUMMARY));
    lake.replace(Tables.RUN_SUMMARY, rows.where("feed = 'b'"), "run_date = DATE'2026-11-16'");
    assertEquals(1, lake.lastWrittenRows(Tables.RUN_SUMMARY));
    assertEquals(history(lake), lake.lastCommitMetrics(Tables.RUN_SUMMARY));
    assertTrue(lake.lastCommitMetrics(Tables.RUN_SUMMARY).containsKey("numRemovedFiles"));
  }

  @Test
  void aTableAnOlderReleaseCreatedGainsTheSchemaFilesNewColumnOnTheNextWrite() {
    Lakehouse lake = new Lakehouse(spark, SharedSpark.tempDir("lakehouse-evolve").toString());
    org.apache.spark.sql.types.StructType now = SchemaCatalog.get().table(Tables.QUERY_TYPE_CATALOG).structType();
    String added = now.fieldNames()[now.fieldNames().length - 1];
    // the table as the previous release wrote it: every column but the last, one night in it
    org.apache.spark.sql.types.StructType before = new org.apache.spark.sql.types.StructType(
        java.util.Arrays.copyOf(now.fields(), now.fields().length - 1));
    Dataset<Row> night = spark.sql("SELECT DATE'2026-11-16' AS run_date, 'QT-EN-001' AS query_type_id, 'en' AS family,"
        + " 'active' AS status, 1L AS contacts, DATE'2026-11-16' AS first_seen, DATE'2026-11-16' AS last_seen");
    Dataset<Row> old = night;
    for (org.apache.spark.sql.types.StructField f : before.fields()) {
      if (!java.util.Arrays.asList(night.columns()).contains(f.name())) {
        old = old.withColumn(f.name(), org.apache.spark.sql.functions.lit(null).cast(f.dataType()));
      }
    }
    old.select(java.util.Arrays.stream(before.fieldNames()).map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new)).write().format("delta").partitionBy("run_date")
        .save(lake.path(Tables.QUERY_TYPE_CATALOG));
    lake.replace(Tables.QUERY_TYPE_CATALOG, old.withColumn("run_date",
        org.apache.spark.sql.functions.lit(java.sql.Date.valueOf("2026-11-17"))).withColumn(added,
        org.apache.spark.sql.functions.lit("what is my claim status")), "run_date = DATE'2026-11-17'");
    Dataset<Row> read = lake.read(Tables.QUERY_TYPE_CATALOG);
    assertEquals(List.of(now.fieldNames()), List.of(read.columns()), "the new column is added at the end");
    assertEquals(List.of("null", "what is my claim status"), read.orderBy("run_date").select(added).collectAsList()
        .stream().map(r -> String.valueOf(r.get(0))).toList(), "the older night keeps its rows, without the value");
  }

  @Test
  void aColumnTheSchemaFileNowAllowsToBeNullLosesItsNotNullOnTheNextWrite() {
    Lakehouse lake = new Lakehouse(spark, SharedSpark.tempDir("lakehouse-nullable").toString());
    org.apache.spark.sql.types.StructType now = SchemaCatalog.get().table(Tables.CHURN_SIGNAL).structType();
    // the table as the previous release created it: last_contact_date NOT NULL
    DeltaTable.create(spark).location(lake.path(Tables.CHURN_SIGNAL)).addColumns(new org.apache.spark.sql.types
        .StructType(java.util.Arrays.stream(now.fields()).map(f -> f.name().equals("last_contact_date")
            ? f.copy(f.name(), f.dataType(), false, f.metadata()) : f).toArray(org.apache.spark.sql.types.StructField[]::new)))
        .partitionedBy("as_of_date").execute();
    Dataset<Row> quiet = spark.sql("SELECT DATE'2026-11-30' AS as_of_date, 'K5' AS customer_key, 'SG' AS region,"
        + " 0.02D AS risk, 'low' AS band, array() AS reasons, map('no_contact', 1D) AS signals, 'rules' AS method,"
        + " 'rules-v1' AS model_version, 0L AS contacts, CAST(NULL AS DATE) AS last_contact_date,"
        + " DATE'2026-11-30' AS _run_date");
    lake.replace(Tables.CHURN_SIGNAL, quiet, "as_of_date = DATE'2026-11-30'");
    Row read = lake.read(Tables.CHURN_SIGNAL).head();
    assertTrue(read.isNullAt(read.fieldIndex("last_contact_date")), "a customer who never contacted us");
    assertTrue(lake.read(Tables.CHURN_SIGNAL).schema().apply("last_contact_date").nullable());
  }

  @Test
  void rawRecordsTextsAndHashesKeepNoStatisticsAndAnOlderTableIsAlignedOnTheNextWrite() {
    Lakehouse lake = new Lakehouse(spark, SharedSpark.tempDir("lakehouse-stats").toString());
    String turns = io.cxlake.schema.TableColumns.SilverTurns.TABLE;
    lake.ensure(turns);
    String wanted = SchemaCatalog.get().table(turns).statisticsColumns().orElseThrow();
    assertEquals(wanted, properties(lake, turns).get(Lakehouse.STATS_COLUMNS), "a new table has them from the start");
    assertTrue(List.of(wanted.split(",")).containsAll(List.of("contact_id", "turn_no", "turn_time")), wanted);
    assertFalse(List.of(wanted.split(",")).contains("text") || wanted.contains("_row_hash"), wanted);

    // the table as an older release created it: every column with statistics
    String qa = io.cxlake.schema.TableColumns.SilverQaEvaluations.TABLE;
    org.apache.spark.sql.types.StructType schema = SchemaCatalog.get().table(qa).structType();
    DeltaTable.create(spark).location(lake.path(qa)).addColumns(schema)
        .partitionedBy(SchemaCatalog.get().table(qa).partitionedBy().toArray(String[]::new)).execute();
    lake.append(qa, oneRow(schema));
    assertEquals(SchemaCatalog.get().table(qa).statisticsColumns().orElseThrow(),
        properties(lake, qa).get(Lakehouse.STATS_COLUMNS));
    String stats = spark.read().json(lake.path(qa) + "/_delta_log/*.json").where("add IS NOT NULL")
        .select("add.stats").as(org.apache.spark.sql.Encoders.STRING()).head();
    assertTrue(stats.contains("\"contact_id\""), stats);
    assertFalse(stats.contains("_row_hash"), "the write after the alignment keeps no hash statistics: " + stats);
  }

  private Map<String, String> properties(Lakehouse lake, String table) {
    Map<String, String> out = new java.util.HashMap<>();
    spark.sql("SHOW TBLPROPERTIES delta.`" + lake.path(table) + "`").collectAsList()
        .forEach(r -> out.put(r.getString(0), r.getString(1)));
    return out;
  }

  /** One row of the table's schema: a value of its type in every column. */
  private Dataset<Row> oneRow(org.apache.spark.sql.types.StructType schema) {
    org.apache.spark.sql.Column[] cols = java.util.Arrays.stream(schema.fields()).map(f -> {
      String v = switch (f.dataType().typeName()) {
        case "date" -> "DATE'2026-11-16'";
        case "timestamp" -> "TIMESTAMP'2026-11-16 09:00:00'";
        case "string" -> "'" + f.name() + "-1'";
        default -> "1";
      };
      return org.apache.spark.sql.functions.expr(v).cast(f.dataType()).as(f.name());
    }).toArray(org.apache.spark.sql.Column[]::new);
    return spark.range(1).select(cols);
  }

  private static String summary(String runDate, String feed) {
    return "{\"job\":\"ingest\",\"run_date\":\"" + runDate + "\",\"feed\":\"" + feed + "\",\"rows_read\":1,"
        + "\"rows_written\":1,\"exact_duplicates\":0,\"quarantined\":0,\"files_read\":1,\"partitions_touched\":1,"
        + "\"duration_ms\":5,\"status\":\"ok\",\"finished_at\":\"2026-11-17T01:00:00Z\"}";
  }

  private Map<String, String> history(Lakehouse lake) {
    Row last = DeltaTable.forPath(spark, lake.path(Tables.RUN_SUMMARY)).history(1).select("operationMetrics").head();
    return JavaConverters.mapAsJavaMap(last.<String, String>getMap(0));
  }
}
