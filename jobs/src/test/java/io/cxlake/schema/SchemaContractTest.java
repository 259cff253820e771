package io.cxlake.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxlake.lake.Lakehouse;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Delta table the jobs create equals its schema file: names, order, types, nullability and comments (the tables
 * a whole night wrote are checked the same way in {@code ClusterModeIT}).
 */
class SchemaContractTest {

  @Test
  void everyDeltaTableMatchesItsSchemaFile() {
    var spark = SharedSpark.get();
    Lakehouse lake = new Lakehouse(spark, SharedSpark.tempDir("contract").toString());
    for (String table : SchemaCatalog.tableNames()) {
      lake.ensure(table);
      TableAssertions.assertMatchesSchemaFile(lake, table);
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
}
