package io.cxlake.schema;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The contract of one Delta table: the file {@code schemas/tables/<table>.json}. */
public record TableSchema(String table, String layer, String description, List<String> partitionedBy,
                          List<String> naturalKey, List<ColumnSpec> columns) {

  /** The Spark schema, with each column's comment as metadata so Delta stores it. */
  public StructType structType() {
    StructField[] fields = columns.stream()
        .map(c -> new StructField(c.name(), DataType.fromDDL(c.type()), c.nullable(), commentOf(c)))
        .toArray(StructField[]::new);
    return new StructType(fields);
  }

  public List<String> columnNames() {
    return columns.stream().map(ColumnSpec::name).collect(Collectors.toList());
  }

  public ColumnSpec column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("table " + table + " has no column " + name));
  }

  /**
   * The value of Delta's {@code delta.dataSkippingStatsColumns}: the columns that keep statistics, when the schema
   * file turns them off for any column; empty when every column keeps them (Delta's default, first 32 columns).
   */
  public java.util.Optional<String> statisticsColumns() {
    if (columns.stream().allMatch(ColumnSpec::statistics)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(columns.stream().filter(ColumnSpec::statistics).map(ColumnSpec::name)
        .filter(n -> !partitionedBy.contains(n)).collect(Collectors.joining(",")));
  }

  private static Metadata commentOf(ColumnSpec c) {
    return new MetadataBuilder().putString("comment", c.comment() == null ? "" : c.comment()).build();
  }
}
