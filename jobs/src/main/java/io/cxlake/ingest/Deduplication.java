package io.cxlake.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.Columns;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Decides what happens to each silver candidate: {@code _outcome} is one of {@link Outcome}. Rows sharing a
 * natural key with identical content are exact duplicates (the first by file and line is kept); rows sharing a
 * key with different content are conflicts, quarantined because nobody can tell which version is true.
 */
final class Deduplication {

  static final String OUTCOME = "_outcome";
  private static final String VERSIONS = "_versions";
  private static final String RANK = "_rank";
  private static final String EXISTING_HASH = "_existing_hash";
  private static final String EXISTING_RUN = "_existing_run";

  enum Outcome {
    INSERT, DUPLICATE, INVALID, CONFLICT;

    String code() {
      return name().toLowerCase();
    }
  }

  private Deduplication() {}

  /** Valid candidates only: marks within-load duplicates and conflicts, keeps rank 1 of each key. */
  static Dataset<Row> withinLoad(Dataset<Row> valid, List<String> key) {
    WindowSpec ordered = Window.partitionBy(keyCols(key)).orderBy(col(Columns.SOURCE_FILE), col(Columns.SOURCE_LINE));
    // the versions over the whole key, on the same partitioning and order as the rank: Spark then computes both in
    // one Window operator over one sort of the wide rows; an unordered window for the versions cost a second sort
    WindowSpec wholeKey = ordered.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    return valid.withColumn(VERSIONS, size(collect_set(col(Columns.ROW_HASH)).over(wholeKey)))
        .withColumn(RANK, row_number().over(ordered))
        .withColumn(OUTCOME, when(col(VERSIONS).gt(1), lit(Outcome.CONFLICT.code()))
            .when(col(RANK).gt(1), lit(Outcome.DUPLICATE.code()))
            .otherwise(lit(Outcome.INSERT.code())))
        .withColumn(RecordValidation.REASONS, when(col(VERSIONS).gt(1),
            array(concat(lit("duplicate_conflict: "), keyText(key), lit(" has "), col(VERSIONS).cast("string"),
                lit(" different versions in this load")))).otherwise(col(RecordValidation.REASONS)))
        .drop(VERSIONS, RANK);
  }

  /**
   * Compares the rows still to insert with what silver already holds for the same keys (loaded by other run
   * dates): identical content is a duplicate (e.g. a file landed twice), different content a conflict.
   */
  static Dataset<Row> againstExisting(Dataset<Row> candidates, Dataset<Row> existing, List<String> key) {
    Dataset<Row> known = existing.select(append(keyCols(key), col(Columns.ROW_HASH).as(EXISTING_HASH),
        col(Columns.RUN_DATE).as(EXISTING_RUN)));
    Column joinOn = null;
    for (String k : key) {
      Column eq = candidates.col(k).equalTo(known.col(k));
      joinOn = joinOn == null ? eq : joinOn.and(eq);
    }
    Dataset<Row> joined = candidates.join(known, joinOn, "left");
    for (String k : key) {
      joined = joined.drop(known.col(k));
    }
    Column isInsert = col(OUTCOME).equalTo(Outcome.INSERT.code());
    Column differs = col(EXISTING_HASH).isNotNull().and(col(EXISTING_HASH).notEqual(col(Columns.ROW_HASH)));
    return joined
        .withColumn(RecordValidation.REASONS, when(isInsert.and(differs), array(concat(lit("duplicate_conflict: "),
            keyText(key), lit(" differs from the version loaded on "), col(EXISTING_RUN).cast("string"))))
            .otherwise(col(RecordValidation.REASONS)))
        .withColumn(OUTCOME, when(isInsert.and(differs), lit(Outcome.CONFLICT.code()))
            .when(isInsert.and(col(EXISTING_HASH).isNotNull()), lit(Outcome.DUPLICATE.code()))
            .otherwise(col(OUTCOME)))
        .drop(EXISTING_HASH, EXISTING_RUN);
  }

  private static Column[] append(Column[] a, Column... b) {
    Column[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static Column[] keyCols(List<String> key) {
    return key.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  private static Column keyText(List<String> key) {
    Column[] parts = new Column[key.size() * 2];
    for (int i = 0; i < key.size(); i++) {
      parts[2 * i] = lit((i == 0 ? "" : ", ") + key.get(i) + "=");
      parts[2 * i + 1] = col(key.get(i)).cast("string");
    }
    return org.apache.spark.sql.functions.concat(parts);
  }
}
