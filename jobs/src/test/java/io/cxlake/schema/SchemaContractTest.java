package io.cxlake.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxlake.lake.Lakehouse;
import io.cxlake.testing.SharedSpark;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Every Delta table the jobs create equals its schema file: names, order, types, nullability and comments. */
class SchemaContractTest {

  @Test
  void everyDeltaTableMatchesItsSchemaFile() {
    var spark = SharedSpark.get();
    Lakehouse lake = new Lakehouse(spark, SharedSpark.tempDir("contract").toString());
    for (String table : SchemaCatalog.tableNames()) {
      lake.ensure(table);
      StructType actual = spark.read().format("delta").load(lake.path(table)).schema();
      StructType expected = SchemaCatalog.get().table(table).structType();
      assertEquals(describe(expected), describe(actual), table);
    }
  }

  @Test
  void everyFeedColumnHasASilverColumnAndTheKeyIsInTheTable() {
    for (FeedSchema feed : SchemaCatalog.get().feeds()) {
      TableSchema silver = SchemaCatalog.get().table(feed.silverTable());
      for (ColumnSpec c : feed.columns()) {
        ColumnSpec s = silver.column(feed.silverName(c.name()));
        assertEquals(c.type(), s.type(), feed.feed() + "." + c.name());
        assertEquals(!c.required(), s.nullable(), feed.feed() + "." + c.name() + " nullability");
      }
      assertEquals(feed.naturalKey().stream().map(feed::silverName).toList(), silver.naturalKey());
      assertEquals(List.of(feed.businessDateColumn()), silver.partitionedBy());
    }
  }

  private static List<String> describe(StructType s) {
    return java.util.Arrays.stream(s.fields()).map(SchemaContractTest::describe).toList();
  }

  private static String describe(StructField f) {
    String comment = f.getComment().isDefined() ? f.getComment().get() : "";
    return f.name() + " " + f.dataType().simpleString() + (f.nullable() ? "" : " NOT NULL") + " -- " + comment;
  }
}
