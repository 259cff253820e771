package io.cxlake.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.SchemaCatalog;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Order-insensitive table comparison that also counts duplicates (exceptAll both ways). */
public final class TableAssertions {

  private TableAssertions() {}

  public static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual, String what) {
    assertEquals(Arrays.asList(expected.columns()), Arrays.asList(actual.columns()), what + ": columns");
    expected = comparable(expected);
    actual = comparable(actual);
    long missing = expected.exceptAll(actual).count();
    long extra = actual.exceptAll(expected).count();
    if (missing + extra > 0) {
      System.out.println(what + ": examples of expected rows missing, then of unexpected rows");
      expected.exceptAll(actual).show(3, false);
      actual.exceptAll(expected).show(3, false);
    }
    assertEquals(0, missing + extra, what + ": " + missing + " expected rows missing, " + extra + " unexpected rows");
  }

  /** Set operations cannot compare maps: each map column becomes its sorted entries. */
  private static Dataset<Row> comparable(Dataset<Row> d) {
    for (StructField f : d.schema().fields()) {
      if (f.dataType() instanceof MapType) {
        d = d.withColumn(f.name(), functions.array_sort(functions.map_entries(functions.col(f.name()))));
      }
    }
    return d;
  }

  /**
   * The Delta table {@code table} of {@code lake} equals its schema file in schemas/: column names, order, types,
   * nullability and comments.
   */
  public static void assertMatchesSchemaFile(Lakehouse lake, String table) {
    StructType actual = lake.spark().read().format("delta").load(lake.path(table)).schema();
    StructType expected = SchemaCatalog.get().table(table).structType();
    assertEquals(describe(expected), describe(actual), table);
  }

  private static List<String> describe(StructType s) {
    return Arrays.stream(s.fields()).map(TableAssertions::describe).toList();
  }

  private static String describe(StructField f) {
    String comment = f.getComment().isDefined() ? f.getComment().get() : "";
    return f.name() + " " + f.dataType().simpleString() + (f.nullable() ? "" : " NOT NULL") + " -- " + comment;
  }
}
