package io.cxlake.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.sum;
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
 *
 * <p>Almost every key of a night is new and unique, so the load decides on narrow columns first: {@link #flaggedKeys}
 * counts the keys (a shuffle of the key columns only), {@link #exceptions} ranks and compares only the rows of keys
 * repeated in the load or already in silver, and {@link #decided} joins those few outcomes back to the wide rows;
 * every other row is an insert without being shuffled. Ranking every wide row by key cost 73-139 s of a 1M night
 * (BENCHMARKS.md, issue #27). {@link #withinLoad} and {@link #againstExisting} are the rules themselves.
 */
final class Deduplication {

  static final String OUTCOME = "_outcome";
  private static final String VERSIONS = "_versions";
  private static final String RANK = "_rank";
  private static final String EXISTING_HASH = "_existing_hash";
  private static final String EXISTING_RUN = "_existing_run";
  private static final String IN_LOAD = "_in_load";
  private static final String IN_SILVER = "_in_silver";
  private static final String X_FILE = "_x_file";
  private static final String X_LINE = "_x_line";
  private static final String X_OUTCOME = "_x_outcome";
  private static final String X_REASONS = "_x_reasons";

  enum Outcome {
    INSERT, DUPLICATE, INVALID, CONFLICT;

    String code() {
      return name().toLowerCase();
    }
  }

  private Deduplication() {}

  /**
   * The keys whose rows need a decision: those more than once in the load or already in silver (other run dates).
   * Shuffles the key columns of the load and of silver's touched partitions, nothing else.
   */
  static Dataset<Row> flaggedKeys(Dataset<Row> valid, Dataset<Row> existing, List<String> key) {
    Dataset<Row> load = valid.select(keyCols(key)).withColumn(IN_LOAD, lit(1L)).withColumn(IN_SILVER, lit(0L));
    Dataset<Row> silver = existing.select(keyCols(key)).withColumn(IN_LOAD, lit(0L)).withColumn(IN_SILVER, lit(1L));
    return load.unionByName(silver).groupBy(keyCols(key))
        .agg(sum(col(IN_LOAD)).as(IN_LOAD), sum(col(IN_SILVER)).as(IN_SILVER))
        .where(col(IN_LOAD).gt(1).or(col(IN_LOAD).equalTo(1).and(col(IN_SILVER).gt(0))))
        .select(keyCols(key));
  }

  /**
   * The outcomes of the rows of flagged keys that are not inserts, as (file, line, outcome, reasons): every row of
   * such a key takes part, so ranks and versions are those of the whole load. {@code small} broadcasts the keys.
   */
  static Dataset<Row> exceptions(Dataset<Row> valid, Dataset<Row> flagged, Dataset<Row> existing, List<String> key,
                                 boolean small) {
    Dataset<Row> narrow = valid.select(append(keyCols(key), col(Columns.SOURCE_FILE), col(Columns.SOURCE_LINE),
        col(Columns.ROW_HASH), col(RecordValidation.REASONS)));
    // the flagged keys come from the same rows: renamed, or Spark could not tell the two sides' columns apart
    Dataset<Row> keys = flagged.select(renamed(key, "_flagged_"));
    Dataset<Row> touched = narrow.join(small ? broadcast(keys) : keys, keysEqual(key, "_flagged_"), "left_semi");
    return againstExisting(withinLoad(touched, key), existing, key)
        .where(col(OUTCOME).notEqual(Outcome.INSERT.code()))
        .select(col(Columns.SOURCE_FILE).as(X_FILE), col(Columns.SOURCE_LINE).as(X_LINE), col(OUTCOME).as(X_OUTCOME),
            col(RecordValidation.REASONS).as(X_REASONS));
  }

  /** The valid rows with their outcome: the exception's for its file and line, else an insert. */
  static Dataset<Row> decided(Dataset<Row> valid, Dataset<Row> exceptions, boolean small) {
    Dataset<Row> x = small ? broadcast(exceptions) : exceptions;
    return valid.join(x, col(Columns.SOURCE_FILE).equalTo(col(X_FILE))
            .and(col(Columns.SOURCE_LINE).equalTo(col(X_LINE))), "left")
        .withColumn(OUTCOME, coalesce(col(X_OUTCOME), lit(Outcome.INSERT.code())))
        .withColumn(RecordValidation.REASONS, coalesce(col(X_REASONS), col(RecordValidation.REASONS)))
        .drop(X_FILE, X_LINE, X_OUTCOME, X_REASONS);
  }

  /** The valid rows when no key was flagged: all inserts, no join. */
  static Dataset<Row> allInserts(Dataset<Row> valid) {
    return valid.withColumn(OUTCOME, lit(Outcome.INSERT.code()));
  }

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
    Dataset<Row> known = existing.select(append(renamed(key, "_existing_"), col(Columns.ROW_HASH).as(EXISTING_HASH),
        col(Columns.RUN_DATE).as(EXISTING_RUN)));
    Dataset<Row> joined = candidates.join(known, keysEqual(key, "_existing_"), "left")
        .drop(renamedNames(key, "_existing_"));
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

  /**
   * The key columns under names of their own ({@code prefix} and the position): both sides of a join on the key
   * may stem from the same rows, and then only distinct names tell Spark which side a column is from.
   */
  private static Column[] renamed(List<String> key, String prefix) {
    String[] names = renamedNames(key, prefix);
    Column[] out = new Column[key.size()];
    for (int i = 0; i < key.size(); i++) {
      out[i] = col(key.get(i)).as(names[i]);
    }
    return out;
  }

  private static String[] renamedNames(List<String> key, String prefix) {
    return java.util.stream.IntStream.range(0, key.size()).mapToObj(i -> prefix + i).toArray(String[]::new);
  }

  /** The key equal to its {@link #renamed} copy on the other side of a join. */
  private static Column keysEqual(List<String> key, String prefix) {
    Column on = col(key.get(0)).equalTo(col(prefix + 0));
    for (int i = 1; i < key.size(); i++) {
      on = on.and(col(key.get(i)).equalTo(col(prefix + i)));
    }
    return on;
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
