package io.cxlake.schema;

import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Rows of a table built by column name, in the order of its schema file. */
public final class TableRows {

  private TableRows() {}

  /**
   * A row of {@code table} whose columns take their value from {@code set} where named there, else from {@code base}
   * by name: null where {@code base} lacks the column (a row written before the column existed). A name in
   * {@code set} that is no column of the table is an error, not a silently lost value.
   */
  public static Row from(String table, Row base, Map<String, Object> set) {
    StructType schema = SchemaCatalog.get().table(table).structType();
    for (String name : set.keySet()) {
      if (!java.util.Arrays.asList(schema.fieldNames()).contains(name)) {
        throw new IllegalArgumentException(name + " is not a column of " + table);
      }
    }
    StructField[] fields = schema.fields();
    Object[] values = new Object[fields.length];
    java.util.List<String> baseNames = java.util.Arrays.asList(base.schema().fieldNames());
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i].name();
      values[i] = set.containsKey(name) ? set.get(name) : baseNames.contains(name) ? base.getAs(name) : null;
    }
    return new GenericRowWithSchema(values, schema);
  }
}
