package io.cxlake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxlake.schema.Columns;
import io.cxlake.testing.SharedSpark;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The narrow decision (flagged keys, exceptions, join back) gives every row the outcome and reasons the rules give
 * when applied to all rows, with the exceptions broadcast and with them shuffled.
 */
class DeduplicationTest {

  private static final List<String> KEY = List.of("contact_key", "turn_index");
  private static final StructType CANDIDATES = new StructType()
      .add("contact_key", DataTypes.StringType).add("turn_index", DataTypes.IntegerType)
      .add("text", DataTypes.StringType)
      .add(Columns.SOURCE_FILE, DataTypes.StringType).add(Columns.SOURCE_LINE, DataTypes.LongType)
      .add(Columns.ROW_HASH, DataTypes.StringType)
      .add(RecordValidation.REASONS, DataTypes.createArrayType(DataTypes.StringType));
  private static final StructType SILVER = new StructType()
      .add("contact_key", DataTypes.StringType).add("turn_index", DataTypes.IntegerType)
      .add(Columns.ROW_HASH, DataTypes.StringType).add(Columns.RUN_DATE, DataTypes.DateType);

  private static Row candidate(String key, int turn, String file, long line, String hash) {
    return RowFactory.create(key, turn, "text of " + key, file, line, hash, new String[0]);
  }

  private static Dataset<Row> load(SparkSession spark) {
    return spark.createDataFrame(List.of(
        candidate("new", 1, "a.jsonl", 1, "h1"),
        candidate("twice", 1, "a.jsonl", 2, "h2"), // exact duplicate in the load: the later line is the duplicate
        candidate("twice", 1, "b.jsonl", 1, "h2"),
        candidate("versions", 1, "b.jsonl", 2, "h3"), // two versions in the load: all three rows conflict
        candidate("versions", 1, "a.jsonl", 3, "h4"),
        candidate("versions", 1, "b.jsonl", 3, "h3"),
        candidate("loaded", 1, "a.jsonl", 4, "h5"), // in silver with the same content: duplicate
        candidate("changed", 1, "a.jsonl", 5, "h6"), // in silver with other content: conflict
        candidate("twice-changed", 2, "b.jsonl", 4, "h7"), // twice here, other content in silver
        candidate("twice-changed", 2, "a.jsonl", 6, "h7"),
        candidate("new", 2, "b.jsonl", 5, "h8")), CANDIDATES);
  }

  private static Dataset<Row> silver(SparkSession spark) {
    Date earlier = Date.valueOf("2026-11-20");
    return spark.createDataFrame(List.of(
        RowFactory.create("loaded", 1, "h5", earlier),
        RowFactory.create("changed", 1, "h0", earlier),
        RowFactory.create("twice-changed", 2, "h0", earlier),
        RowFactory.create("elsewhere", 9, "h9", earlier)), SILVER);
  }

  /** file:line -> outcome and reasons. */
  private static Map<String, String> outcomes(Dataset<Row> decided) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : decided.collectAsList()) {
      out.put(r.getAs(Columns.SOURCE_FILE) + ":" + r.getAs(Columns.SOURCE_LINE),
          r.getAs(Deduplication.OUTCOME) + " " + r.getList(r.fieldIndex(RecordValidation.REASONS)));
    }
    return out;
  }

  private static Map<String, String> byTheRules(Dataset<Row> load, Dataset<Row> silver) {
    return outcomes(Deduplication.againstExisting(Deduplication.withinLoad(load, KEY), silver, KEY));
  }

  private static Map<String, String> narrow(Dataset<Row> load, Dataset<Row> silver, boolean small) {
    List<Dataset<Row>> kept = new ArrayList<>();
    UnaryOperator<Dataset<Row>> keep = d -> {
      kept.add(d.cache());
      return d;
    };
    Dataset<Row> flagged = keep.apply(Deduplication.flaggedKeys(load, silver, KEY));
    Dataset<Row> exceptions = keep.apply(Deduplication.exceptions(load, flagged, silver, KEY, small));
    Map<String, String> out = outcomes(Deduplication.decided(load, exceptions, small));
    kept.forEach(Dataset::unpersist);
    return out;
  }

  @Test
  void theNarrowDecisionGivesEveryRowTheOutcomeOfTheRules() {
    SparkSession spark = SharedSpark.get();
    Map<String, String> rules = byTheRules(load(spark), silver(spark));
    assertEquals("insert []", rules.get("a.jsonl:1"));
    assertEquals("insert []", rules.get("a.jsonl:2"));
    assertEquals("duplicate []", rules.get("b.jsonl:1"));
    assertEquals("conflict [duplicate_conflict: contact_key=versions, turn_index=1 has 2 different versions in this"
        + " load]", rules.get("a.jsonl:3"));
    assertEquals("duplicate []", rules.get("a.jsonl:4"));
    assertEquals("conflict [duplicate_conflict: contact_key=changed, turn_index=1 differs from the version loaded on"
        + " 2026-11-20]", rules.get("a.jsonl:5"));
    assertEquals("conflict [duplicate_conflict: contact_key=twice-changed, turn_index=2 differs from the version"
        + " loaded on 2026-11-20]", rules.get("a.jsonl:6"));
    assertEquals("duplicate []", rules.get("b.jsonl:4"));
    assertEquals(rules, narrow(load(spark), silver(spark), true), "exceptions broadcast");
    assertEquals(rules, narrow(load(spark), silver(spark), false), "exceptions joined by a shuffle");
  }

  @Test
  void aNightOfNewUniqueKeysFlagsNoKey() {
    SparkSession spark = SharedSpark.get();
    Dataset<Row> unique = load(spark).where("contact_key = 'new'");
    assertEquals(0, Deduplication.flaggedKeys(unique, silver(spark), KEY).count());
    assertEquals(byTheRules(unique, silver(spark)), outcomes(Deduplication.allInserts(unique)));
  }

  @Test
  void theJobsDecisionMatchesTheRulesWhateverItsSize() {
    SparkSession spark = SharedSpark.get();
    List<Dataset<Row>> kept = new ArrayList<>();
    Map<String, String> decided = outcomes(FeedIngest.decide(load(spark), silver(spark), KEY, d -> {
      kept.add(d.cache());
      return d;
    }));
    kept.forEach(Dataset::unpersist);
    assertEquals(byTheRules(load(spark), silver(spark)), decided);
  }
}
