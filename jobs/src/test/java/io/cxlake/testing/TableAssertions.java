package io.cxlake.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Order-insensitive table comparison that also counts duplicates (exceptAll both ways). */
public final class TableAssertions {

  private TableAssertions() {}

  public static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual, String what) {
    assertEquals(Arrays.asList(expected.columns()), Arrays.asList(actual.columns()), what + ": columns");
    long missing = expected.exceptAll(actual).count();
    long extra = actual.exceptAll(expected).count();
    assertEquals(0, missing + extra, what + ": " + missing + " expected rows missing, " + extra + " unexpected rows");
  }
}
