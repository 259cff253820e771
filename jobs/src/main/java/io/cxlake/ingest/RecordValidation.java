package io.cxlake.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.unix_micros;
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
  /** Prefix of the temporary copy of a field's text while its typed value is checked. */
  private static final String TEXT = "_text_";
  /** Whether a valid row's times were out of order within the tolerated clock skew. */
  static final String CLOCK_SKEWED = "_clock_skewed";

  /** ISO-8601 date-time with an explicit offset: a time without its zone cannot be placed on a timeline. */
  static final String TIMESTAMP_PATTERN =
      "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$";
  static final String INTEGER_PATTERN = "^[+-]?\\d{1,9}$";
  static final String LONG_PATTERN = "^[+-]?\\d{1,18}$";
  static final String DECIMAL_PATTERN = "^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$";

  private RecordValidation() {}

  /**
   * Trims every field and treats an empty field as absent. One projection for all fields: a withColumn per field
   * had the analyser check the whole growing plan again for every field, seconds per feed and night on the driver.
   */
  static Dataset<Row> normalise(Dataset<Row> records, FeedSchema feed) {
    java.util.Map<String, Column> trimmed = new java.util.LinkedHashMap<>();
    feed.columnNames().forEach(c -> trimmed.put(c, nullif(trim(col(c)), lit(""))));
    return records.withColumns(trimmed);
  }

  /**
   * Replaces each text field by its typed value (null where it did not parse) and adds {@code _reasons} for the
   * fields one by one (presence, type, allowed values, range). Each value is parsed once into a column of its
   * own, which the checks then read; the text stays beside it only until the messages have quoted it.
   */
  static Dataset<Row> typedWithFieldReasons(Dataset<Row> records, FeedSchema feed) {
    // one projection: each field's text is kept as _text_<name> beside its typed value, appended in field order
    java.util.Map<String, ColumnSpec> fields = new java.util.LinkedHashMap<>();
    feed.columns().forEach(c -> fields.put(c.name(), c));
    List<Column> projection = new ArrayList<>();
    for (String c : records.columns()) {
      projection.add(fields.containsKey(c) ? col(c).as(TEXT + c) : col(c));
    }
    fields.values().forEach(c -> projection.add(typedValue(c, col(c.name())).as(c.name())));
    Dataset<Row> out = records.select(projection.toArray(Column[]::new));
    List<Column> problems = new ArrayList<>();
    for (ColumnSpec c : feed.columns()) {
      problems.addAll(fieldProblems(c, feed.naturalKey().contains(c.name())));
    }
    Column parseError = col(Columns.PARSE_ERROR);
    out = out.withColumn(REASONS, when(parseError.isNotNull(), array(parseError))
        .otherwise(nonNull(problems.toArray(Column[]::new))));
    return out.drop(feed.columns().stream().map(c -> TEXT + c.name()).toArray(String[]::new));
  }

  /** Appends the feed's cross-column checks (e.g. answered before arrival) to {@code _reasons}. */
  static Dataset<Row> withCheckReasons(Dataset<Row> typedRecords, FeedSchema feed) {
    if (feed.checks().isEmpty()) {
      return typedRecords;
    }
    Column[] violations = feed.checks().stream()
        .map(k -> when(expr(k.when()), lit(k.reason() + ": " + k.message())))
        .toArray(Column[]::new);
    Column all = org.apache.spark.sql.functions.concat(col(REASONS), nonNull(violations));
    return typedRecords.withColumn(REASONS, all);
  }

  /**
   * Flags ({@link #CLOCK_SKEWED}) rows that fail a time-order check only without the tolerated clock skew: they load,
   * and the run summary counts them. {@code strictChecks} are the skew-tolerant checks with a skew of zero.
   */
  static Dataset<Row> withClockSkewFlag(Dataset<Row> checked, List<FeedSchema.Check> strictChecks) {
    Column skewed = lit(false);
    for (FeedSchema.Check k : strictChecks) {
      skewed = skewed.or(org.apache.spark.sql.functions.coalesce(expr(k.when()), lit(false)));
    }
    return checked.withColumn(CLOCK_SKEWED, skewed.and(size(col(REASONS)).equalTo(0)));
  }

  /**
   * Adds the partition column: the local calendar date of the business time, in the record's own offset (or the
   * first day of its month, for feeds with monthly partitions).
   */
  static Dataset<Row> withBusinessDate(Dataset<Row> normalised, FeedSchema feed) {
    Column from = col(feed.businessDateFrom());
    Column day = feed.monthlyPartitions() ? concat(substring(from, 1, 7), lit("-01")) : substring(from, 1, 10);
    return normalised.withColumn(feed.businessDateColumn(), when(from.rlike(TIMESTAMP_PATTERN), to_date(day)));
  }

  /**
   * The non-null messages, in order. Not {@code filter(array, isNotNull)}: higher-order functions have no code
   * generation, so every check beneath one would be interpreted row by row (measured: ~10x slower).
   * {@code array_except} is compiled; it also drops repeated messages, which say nothing new.
   */
  static Column nonNull(Column... messages) {
    return array_except(array(messages), array(lit(null).cast("string")));
  }

  /** Problems of one field, from its text ({@code _text_<name>}) and its typed value ({@code <name>}). */
  private static List<Column> fieldProblems(ColumnSpec c, boolean isKey) {
    Column text = col(TEXT + c.name());
    Column typed = col(c.name());
    List<Column> out = new ArrayList<>();
    if (c.required()) {
      String code = isKey ? "missing_key" : "missing_required";
      out.add(when(text.isNull(), lit(code + ": " + c.name() + " is empty")));
    }
    String typeCode = switch (c.type()) {
      case "timestamp" -> "bad_timestamp";
      case "int", "long", "double" -> "bad_number";
      default -> c.isEnum() ? "unknown_enum" : null;
    };
    if (typeCode != null) {
      String hint = c.isEnum() ? " (allowed: " + String.join(", ", c.allowed()) + ")"
          : c.type().equals("timestamp") ? " (expected ISO-8601 with offset, e.g. 2026-11-22T09:15:02+08:00)" : "";
      out.add(when(text.isNotNull().and(typed.isNull()),
          concat(lit(typeCode + ": " + c.name() + "='"), text, lit("'" + hint))));
    }
    out.addAll(rangeProblems(c, typed, text));
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

  /** The typed value of a field's text, or null where it does not parse. */
  static Column typedValue(ColumnSpec c, Column v) {
    if (c.isEnum()) {
      Column lower = lower(v);
      Column canonical = null;
      for (String a : c.allowed()) {
        canonical = canonical == null ? when(lower.equalTo(a.toLowerCase()), lit(a))
            : canonical.when(lower.equalTo(a.toLowerCase()), lit(a));
      }
      return canonical;
    }
    return switch (c.type()) {
      case "timestamp" -> when(v.rlike(TIMESTAMP_PATTERN), offsetTimestamp(v));
      case "int" -> when(v.rlike(INTEGER_PATTERN), v.cast("int"));
      case "long" -> when(v.rlike(LONG_PATTERN), v.cast("long"));
      case "double" -> when(v.rlike(DECIMAL_PATTERN), v.cast("double"));
      case "string" -> v;
      default -> throw new IllegalArgumentException("feed column " + c.name() + " has unsupported type " + c.type());
    };
  }

  /**
   * The instant of a text that matched {@link #TIMESTAMP_PATTERN}. Not {@code cast(v as timestamp)}: for a text
   * with a zone offset, Spark compiles two regular expressions per value (most of the ingest's time in a
   * profile). Here the local part is cast without a zone, which reads it at UTC (every session runs in UTC,
   * see SparkSessions), and the offset, {@code Z} or {@code +hh:mm}, is subtracted arithmetically; an impossible
   * local part (month 13) still gives null.
   */
  static Column offsetTimestamp(Column v) {
    Column zulu = v.endsWith("Z");
    Column local = v.substr(lit(1), length(v).minus(when(zulu, 1).otherwise(6))).cast("timestamp");
    Column offset = v.substr(length(v).minus(5), lit(6));
    Column sign = when(offset.startsWith("-"), -1).otherwise(1);
    Column offsetSeconds = when(zulu, 0).otherwise(sign.multiply(
        offset.substr(2, 2).cast("int").multiply(3600).plus(offset.substr(5, 2).cast("int").multiply(60))));
    return timestamp_micros(unix_micros(local).minus(offsetSeconds.cast("long").multiply(1_000_000L)));
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
