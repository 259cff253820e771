package io.cxlake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxlake.testing.SharedSpark;
import java.nio.file.Path;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReadsTest {

  @Test
  void locationsNameTheTablesUnderTheLakeAndNotTheirLogsOrOtherFiles() {
    assertEquals(Set.of("silver_contacts"), TableReads.tablesOf(
        "PreparedDeltaFileIndex(1 paths)[file:/lake/silver_contacts]", "/lake"));
    assertEquals(Set.of("gold_a", "silver_turns"), TableReads.tablesOf(
        "InMemoryFileIndex(3 paths)[file:///lake/silver_turns/turn_date=2026-11-22/part-0.parquet, "
            + "file:/lake/gold_a, file:/elsewhere/x]", "/lake/"));
    assertEquals(Set.of(), TableReads.tablesOf(
        "DeltaLogFileIndex(1 paths)[file:/lake/silver_contacts/_delta_log/00000000000000000000.json]", "/lake"));
    assertEquals(Set.of(), TableReads.tablesOf("no paths here", "/lake"));
  }

  @Test
  void aScanOfADeltaTableIsSeenAndADrainForgetsIt(@TempDir Path tmp) {
    SparkSession spark = SharedSpark.get();
    String lake = tmp.resolve("lake").toString();
    spark.range(10).write().format("delta").save(lake + "/silver_x");
    spark.range(5).write().format("delta").save(lake + "/gold_y");
    try (TableReads reads = TableReads.attach(spark)) {
      reads.drainTables(spark, lake);
      spark.read().format("delta").load(lake + "/silver_x").where("id > 3")
          .join(spark.read().format("delta").load(lake + "/gold_y"), "id").count();
      assertEquals(Set.of("gold_y", "silver_x"), reads.drainTables(spark, lake));
      assertEquals(Set.of(), reads.drainTables(spark, lake));
    }
  }
}
