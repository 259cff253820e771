package io.cxlake.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.xxhash64;

import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.Tables;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Stands in for the text job on nights too large to run CoreNLP on in a benchmark: each contact with customer
 * turns gets the silver_contact_text row of a contact of the text step's night with the same planted query type,
 * mood and goal (or, failing that, the same query type), chosen by a hash of its id. The jobs after it then see
 * real CoreNLP output with a realistic mix of terms, moods and goals. Not timed, and named as substituted.
 */
final class TextTransplant {

  /** The planted truth, prefixed: silver_contact_text has its own (derived) mood and goal columns. */
  static final List<String> KEY = List.of("truth_query_type", "truth_mood", "truth_goal");
  private static final String PICK = "_pick";
  private static final String SIZE = "_size";

  private TextTransplant() {}

  /**
   * @param targets contact_id, contact_date and the planted {@link #KEY} of the contacts that need a text row
   * @param donors silver_contact_text rows of the text step's night with their planted {@link #KEY}
   */
  static Dataset<Row> transplant(Dataset<Row> targets, Dataset<Row> donors, LocalDate runDate) {
    Dataset<Row> full = matched(targets, donors, KEY);
    Dataset<Row> rest = targets.join(full.select("contact_id"), asSeq(List.of("contact_id")), "left_anti");
    return full.unionByName(matched(rest, donors, KEY.subList(0, 1)))
        .withColumn("_run_date", lit(java.sql.Date.valueOf(runDate)));
  }

  /** Targets joined to one donor of the same key each: donors numbered within their key, targets hashed onto them. */
  static Dataset<Row> matched(Dataset<Row> targets, Dataset<Row> donors, List<String> key) {
    Column[] keyCols = key.stream().map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> numbered = donors.withColumn(PICK, row_number().over(Window.partitionBy(keyCols)
            .orderBy(col("contact_id"))).minus(1))
        .withColumn(SIZE, count(lit(1)).over(Window.partitionBy(keyCols)));
    Dataset<Row> sizes = numbered.select(concat(key, SIZE)).distinct();
    Dataset<Row> hashed = targets.select(concat(key, "contact_id", "contact_date")).join(sizes, asSeq(key))
        .withColumn(PICK, pmod(xxhash64(col("contact_id")), col(SIZE)));
    String[] text = Arrays.stream(SchemaCatalog.get().table(Tables.CONTACT_TEXT).structType().fieldNames())
        .filter(c -> !c.equals("contact_id") && !c.equals("contact_date") && !c.equals("_run_date"))
        .toArray(String[]::new);
    Dataset<Row> donorText = numbered.select(concat(key, java.util.stream.Stream.concat(
        java.util.stream.Stream.of(PICK), Arrays.stream(text)).toArray(String[]::new)));
    List<String> joinOn = new java.util.ArrayList<>(key);
    joinOn.add(PICK);
    Column[] out = java.util.stream.Stream.concat(java.util.stream.Stream.of("contact_id", "contact_date"),
        Arrays.stream(text)).map(c -> col(c)).toArray(Column[]::new);
    return hashed.join(donorText, asSeq(joinOn)).select(out);
  }

  private static Column[] concat(List<String> key, String... more) {
    return java.util.stream.Stream.concat(key.stream(), Arrays.stream(more)).map(c -> col(c)).toArray(Column[]::new);
  }

  private static scala.collection.immutable.Seq<String> asSeq(List<String> cols) {
    return scala.collection.JavaConverters.asScalaBuffer(cols).toList();
  }
}
