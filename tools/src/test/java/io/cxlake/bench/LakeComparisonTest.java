package io.cxlake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeComparisonTest {

  private static final StructType SCHEMA = new StructType().add("id", DataTypes.StringType)
      .add("score", DataTypes.DoubleType)
      .add("counts", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
      .add("_load_id", DataTypes.StringType);

  private final SparkSession spark = SharedSpark.get();

  private void write(Path lake, String table, List<Row> rows) {
    spark.createDataFrame(rows, SCHEMA).write().format("delta").save(lake.resolve(table).toString());
  }

  private static Row row(String id, double score, String load, Map<String, Long> counts) {
    return RowFactory.create(id, score, counts, load); // Spark converts a java.util.Map for a map column
  }

  private Dataset<Row> rows(Row... rows) {
    return spark.createDataFrame(List.of(rows), SCHEMA);
  }

  @Test
  void theSameRowsInAnotherOrderAndAnotherLoadAreTheSameAndAChangedRowIsFoundOnBothSides() {
    Map<String, Long> m = new java.util.TreeMap<>(Map.of("a", 1L, "b", 2L));
    LakeComparison.TableDiff same = LakeComparison.compare(
        rows(row("x", 0.5, "load-1", m), row("y", 1.5, "load-1", Map.of())),
        rows(row("y", 1.5, "load-2", Map.of()), row("x", 0.5, "load-2", new java.util.HashMap<>(m))), "t",
        LakeComparison.RUN_COLUMNS, 9);
    assertTrue(same.exactlySame(), "row order, a map's order and the load's id are not differences");
    assertNull(same.roundedSame(), "no second comparison when the first found no difference");
    LakeComparison.TableDiff changed = LakeComparison.compare(
        rows(row("x", 0.5, "l", m), row("x", 0.5, "l", m), row("y", 1.0, "l", m)),
        rows(row("x", 0.5, "l", m), row("y", 1.0, "l", m), row("y", 1.0, "l", m)), "t", LakeComparison.RUN_COLUMNS, 9);
    assertEquals(1, changed.onlyInFirst(), "a duplicate counts: the rows are a multiset");
    assertEquals(1, changed.onlyInSecond());
    assertFalse(changed.same());
    assertEquals("DIFFERENT", changed.verdict(9));
    LakeComparison.TableDiff rounding = LakeComparison.compare(rows(row("x", 0.1 + 0.2, "l", m)),
        rows(row("x", 0.3, "l", m)), "t", LakeComparison.RUN_COLUMNS, 9);
    assertFalse(rounding.exactlySame(), "0.1 + 0.2 is not 0.3 in binary");
    assertTrue(rounding.same());
    assertEquals("same to 9 decimals", rounding.verdict(9));
  }

  @Test
  void everyTableOfEitherLakeIsComparedButTheRunSummary(@TempDir Path tmp) throws Exception {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    write(first, "gold_same", List.of(row("x", 0.5, "load-1", Map.of())));
    write(second, "gold_same", List.of(row("x", 0.5, "load-2", Map.of())));
    write(first, "gold_first_only", List.of(row("x", 1.0, "l", Map.of())));
    write(first, "run_summary", List.of(row("t", 12.5, "l", Map.of())));
    write(second, "run_summary", List.of(row("t", 13.5, "l", Map.of())));
    java.nio.file.Files.createDirectories(second.resolve("_cxlake_locks"));

    LakeComparison.Args args = LakeComparison.Args.parse(new String[] {"--first", first.toString(), "--second",
        second.toString()});
    List<LakeComparison.TableDiff> diffs = LakeComparison.compareLakes(spark, args);
    assertEquals(List.of("gold_first_only", "gold_same"), diffs.stream().map(LakeComparison.TableDiff::table).toList(),
        "the run summary's times are not compared, and a folder without a Delta log is no table");
    assertEquals("DIFFERENT: the table is in the first lake only", diffs.get(0).verdict(9));
    assertEquals(1, diffs.get(0).first());
    assertTrue(diffs.get(1).exactlySame());
    String md = LakeComparison.markdown(args, diffs);
    assertTrue(md.contains("1 of 2 tables the same"), md);
    assertFalse(md.contains(LakeComparison.SAME_ALL), md);
    assertTrue(LakeComparison.markdown(args, diffs.subList(1, 2)).contains(LakeComparison.SAME_ALL));
    assertFalse(LakeComparison.allSame(diffs), "the command exits 1 when a table differs");
    assertTrue(LakeComparison.allSame(diffs.subList(1, 2)));
  }

  @Test
  void aColumnOnlyOneSideHasIsADifferenceUnlessIgnored() {
    Dataset<Row> a = spark.sql("SELECT 'x' AS id, 1 AS n, 'p' AS extra");
    Dataset<Row> b = spark.sql("SELECT 1 AS n, 'x' AS id");
    LakeComparison.TableDiff d = LakeComparison.compare(a, b, "t", LakeComparison.RUN_COLUMNS, 9);
    assertEquals("DIFFERENT: column extra in the first only", d.verdict(9));
    assertTrue(LakeComparison.compare(a, b, "t", java.util.Set.of("extra"), 9).exactlySame(),
        "the shared columns are compared by name, whatever their order");
  }

  @Test
  void badOptionsSayWhatIsExpected(@TempDir Path tmp) {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> LakeComparison.Args.parse(new String[] {"--first", tmp.toString()}));
    assertTrue(none.getMessage().contains("both lakes are needed"), none.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> LakeComparison.Args.parse(new String[] {"--first", tmp.toString(), "--second", tmp.resolve("no").toString()}));
    assertTrue(missing.getMessage().contains("is not a folder"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> LakeComparison.Args.parse(new String[] {"--frist", "x"}));
  }
}
