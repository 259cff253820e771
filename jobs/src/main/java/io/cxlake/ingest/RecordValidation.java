package io.cxlake.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.ColumnSpec;
import io.cxlake.schema.Columns;
import io.cxlake.schema.FeedSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Types and validates bronze records against their feed contract, with Spark built-ins only. Each record gets
 * {@code _reasons}: every problem found, as {@code "<reason_code>: <detail>"}; an empty array means valid.
 */
final class RecordValidation {

  static final String REASONS = "_reasons";

  /** ISO-8601 date-time with an explicit offset: a time without its zone cannot be placed on a timeline. */
  static final String TIMESTAMP_PATTERN =
      "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$";
  static final String INTEGER_PATTERN = "^[+-]?\\d{1,9}$";
  static final String LONG_PATTERN = "^[+-]?\\d{1,18}$";
  static final String DECIMAL_PATTERN = "^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$";

  private RecordValidation() {}

  /** Trims every field and treats an empty field as absent. */
  static Dataset<Row> normalise(Dataset<Row> records, FeedSchema feed) {
    Dataset<Row> out = records;
    for (String c : feed.columnNames()) {
      out = out.withColumn(c, nullif(trim(col(c)), lit("")));
    }
    return out;
  }

  /** Adds {@code _reasons} for the fields one by one (presence, type, allowed values, range). */
  static Dataset<Row> withFieldReasons(Dataset<Row> records, FeedSchema feed) {
    List<Column> problems = new ArrayList<>();
    for (ColumnSpec c : feed.columns()) {
      problems.addAll(fieldProblems(c, feed.naturalKey().contains(c.name())));
    }
    Column found = filter(array(problems.toArray(Column[]::new)), Column::isNotNull);
    Column parseError = col(Columns.PARSE_ERROR);
    return records.withColumn(REASONS, when(parseError.isNotNull(), array(parseError)).otherwise(found));
  }

  /** Replaces each text field by its typed value (null where it did not parse). */
  static Dataset<Row> typed(Dataset<Row> records, FeedSchema feed) {
    Dataset<Row> out = records;
    for (ColumnSpec c : feed.columns()) {
      out = out.withColumn(c.name(), typedValue(c));
    }
    return out;
  }

  /** Appends the feed's cross-column checks (e.g. answered before arrival) to {@code _reasons}. */
  static Dataset<Row> withCheckReasons(Dataset<Row> typedRecords, FeedSchema feed) {
    if (feed.checks().isEmpty()) {
      return typedRecords;
    }
    Column[] violations = feed.checks().stream()
        .map(k -> when(expr(k.when()), lit(k.reason() + ": " + k.message())))
        .toArray(Column[]::new);
    Column all = org.apache.spark.sql.functions.concat(col(REASONS), filter(array(violations), Column::isNotNull));
    return typedRecords.withColumn(REASONS, all);
  }

  /** Adds the partition column: the local calendar date of the business time, in the record's own offset. */
  static Dataset<Row> withBusinessDate(Dataset<Row> normalised, FeedSchema feed) {
    return normalised.withColumn(feed.businessDateColumn(),
        when(col(feed.businessDateFrom()).rlike(TIMESTAMP_PATTERN),
            to_date(substring(col(feed.businessDateFrom()), 1, 10))));
  }

  private static List<Column> fieldProblems(ColumnSpec c, boolean isKey) {
    Column v = col(c.name());
    List<Column> out = new ArrayList<>();
    if (c.required()) {
      String code = isKey ? "missing_key" : "missing_required";
      out.add(when(v.isNull(), lit(code + ": " + c.name() + " is empty")));
    }
    String typeCode = switch (c.type()) {
      case "timestamp" -> "bad_timestamp";
      case "int", "long", "double" -> "bad_number";
      default -> c.isEnum() ? "unknown_enum" : null;
    };
    if (typeCode != null) {
      String hint = c.isEnum() ? " (allowed: " + String.join(", ", c.allowed()) + ")"
          : c.type().equals("timestamp") ? " (expected ISO-8601 with offset, e.g. 2026-11-22T09:15:02+08:00)" : "";
      out.add(when(v.isNotNull().and(typedValue(c).isNull()),
          concat(lit(typeCode + ": " + c.name() + "='"), v, lit("'" + hint))));
    }
    out.addAll(rangeProblems(c, typedValue(c), v));
    return out;
  }

  private static List<Column> rangeProblems(ColumnSpec c, Column typed, Column raw) {
    List<Column> out = new ArrayList<>();
    if (c.min() != null) {
      String code = c.min() == 0 && "s".equals(c.unit()) ? "negative_duration" : "out_of_range";
      out.add(when(typed.lt(c.min()), concat(lit(code + ": " + c.name() + "="), raw, lit(" is below " + fmt(c.min())))));
    }
    if (c.max() != null) {
      out.add(when(typed.gt(c.max()), concat(lit("out_of_range: " + c.name() + "="), raw, lit(" is above " + fmt(c.max())))));
    }
    return out;
  }

  static Column typedValue(ColumnSpec c) {
    Column v = col(c.name());
    if (c.isEnum()) {
      Column canonical = null;
      for (String a : c.allowed()) {
        canonical = canonical == null ? when(lower(v).equalTo(a.toLowerCase()), lit(a))
            : canonical.when(lower(v).equalTo(a.toLowerCase()), lit(a));
      }
      return canonical;
    }
    return switch (c.type()) {
      case "timestamp" -> when(v.rlike(TIMESTAMP_PATTERN), v.cast("timestamp"));
      case "int" -> when(v.rlike(INTEGER_PATTERN), v.cast("int"));
      case "long" -> when(v.rlike(LONG_PATTERN), v.cast("long"));
      case "double" -> when(v.rlike(DECIMAL_PATTERN), v.cast("double"));
      case "string" -> v;
      default -> throw new IllegalArgumentException("feed column " + c.name() + " has unsupported type " + c.type());
    };
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
