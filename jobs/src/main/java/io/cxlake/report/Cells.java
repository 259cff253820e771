package io.cxlake.report;

import org.apache.spark.sql.Row;

/** Typed reads of a collected row's cells by column name; null for a missing or null cell. */
final class Cells {

  private Cells() {}

  static Double number(Row r, String column) {
    int i = index(r, column);
    if (i < 0 || r.isNullAt(i)) {
      return null;
    }
    Object v = r.get(i);
    return v instanceof Number n ? n.doubleValue() : Double.valueOf(v.toString());
  }

  static double number(Row r, String column, double otherwise) {
    Double d = number(r, column);
    return d == null ? otherwise : d;
  }

  static String text(Row r, String column) {
    int i = index(r, column);
    return i < 0 || r.isNullAt(i) ? null : r.get(i).toString();
  }

  private static int index(Row r, String column) {
    try {
      return r.fieldIndex(column);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
