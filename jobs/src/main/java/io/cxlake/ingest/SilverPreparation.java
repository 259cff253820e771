package io.cxlake.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.cxlake.schema.ColumnSpec;
import io.cxlake.schema.Columns;
import io.cxlake.schema.FeedSchema;
import io.cxlake.schema.SchemaCatalog;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** From bronze rows to silver candidates: validated, typed, pseudonymised, masked, hashed. */
final class SilverPreparation {

  private SilverPreparation() {}

  static Dataset<Row> prepare(Dataset<Row> bronze, FeedSchema feed, IngestSettings settings) {
    return withRowHash(protect(urgencyFirst(validated(bronze, feed), feed, settings), feed, settings.pseudonymKey()),
        feed);
  }

  /** Normalised, dated and typed, with each record's reasons and the clock-skew flag. */
  static Dataset<Row> validated(Dataset<Row> bronze, FeedSchema feed) {
    Dataset<Row> n = RecordValidation.normalise(bronze, feed);
    Dataset<Row> dated = RecordValidation.withBusinessDate(n, feed);
    Dataset<Row> typed = RecordValidation.withCheckReasons(RecordValidation.typedWithFieldReasons(dated, feed), feed);
    return RecordValidation.withClockSkewFlag(typed, IngestSettings.strictChecks(feed.feed()));
  }

  /**
   * Priorities as silver defines them, 1 = most urgent, whatever the centre's ACD counts from or towards
   * ({@code ingest.priority-range}, {@code ingest.priority-order}).
   */
  static Dataset<Row> urgencyFirst(Dataset<Row> typed, FeedSchema feed, IngestSettings s) {
    if (!feed.columnNames().contains(IngestSettings.PRIORITY) || (s.priorityMin() == 1 && !s.priorityDescending())) {
      return typed;
    }
    Column p = col(IngestSettings.PRIORITY);
    return typed.withColumn(IngestSettings.PRIORITY, s.priorityDescending()
        ? lit(s.priorityMax() + 1).minus(p) : p.minus(lit(s.priorityMin() - 1)));
  }

  /** Pseudonymises id columns (x_id becomes x_key) and masks PII in free-text columns, in one projection. */
  static Dataset<Row> protect(Dataset<Row> typed, FeedSchema feed, byte[] key) {
    java.util.Map<String, Column> out = new java.util.LinkedHashMap<>(pseudonyms(feed, key));
    out.putAll(masked(feed));
    return typed.withColumns(out).drop(feed.pseudonymise().toArray(String[]::new));
  }

  /** The pseudonym columns (x_id becomes x_key); the id columns themselves are dropped by the caller. */
  static java.util.Map<String, Column> pseudonyms(FeedSchema feed, byte[] key) {
    java.util.Map<String, Column> out = new java.util.LinkedHashMap<>();
    feed.pseudonymise().forEach(c -> out.put(feed.silverName(c), Pseudonymiser.pseudonymise(col(c), key)));
    return out;
  }

  /** The free-text columns with their PII masked. */
  static java.util.Map<String, Column> masked(FeedSchema feed) {
    java.util.Map<String, Column> out = new java.util.LinkedHashMap<>();
    feed.maskPii().forEach(c -> out.put(c, PiiMasking.mask(col(c))));
    return out;
  }

  /** SHA-256 of the silver content (no lineage): equal hashes mean exact duplicates. */
  static Dataset<Row> withRowHash(Dataset<Row> protectedRows, FeedSchema feed) {
    Column[] content = SchemaCatalog.get().table(feed.silverTable()).columns().stream()
        .map(ColumnSpec::name).filter(n -> !n.startsWith("_")).map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new);
    return protectedRows.withColumn(Columns.ROW_HASH, sha2(to_json(struct(content)), 256));
  }
}
