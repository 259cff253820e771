package io.cxlake.need;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Support, confidence, baseline and lift of one candidate pattern over a few hand-written contacts. */
class NeedPatternsTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-30");
  /** follow-days 7: first contacts up to 2026-11-23 are measured; min-followed 1, min-lift 1.5. */
  private static final NeedSettings SETTINGS = new NeedSettings(56, 7, 0.001, 1, 1.5, 7, 5);
  private final SparkSession spark = SharedSpark.get();

  /**
   * TW: C1 asks about billing, then roaming two days later (followed); C2 asks about roaming 15 days after billing
   * (too late); C3's billing contact is too recent to be measured. MY: C4 asks about a plan, then billing.
   */
  private Dataset<Row> contacts() {
    StructType schema = new StructType().add("contact_id", DataTypes.StringType).add("customer_key", DataTypes.StringType)
        .add("region", DataTypes.StringType).add("arrival_time", DataTypes.TimestampType)
        .add("contact_date", DataTypes.DateType).add("query_type_id", DataTypes.StringType);
    List<Row> rows = Arrays.asList(
        row("a1", "C1", "TW", "2026-11-01 10:00:00", "billing"), row("a2", "C1", "TW", "2026-11-03 09:00:00", "roaming"),
        row("b1", "C2", "TW", "2026-11-05 10:00:00", "billing"), row("b2", "C2", "TW", "2026-11-20 10:00:00", "roaming"),
        row("d1", "C3", "TW", "2026-11-25 10:00:00", "billing"), row("d2", "C3", "TW", "2026-11-26 10:00:00", "roaming"),
        row("e1", "C4", "MY", "2026-11-02 10:00:00", "plan"), row("e2", "C4", "MY", "2026-11-04 10:00:00", "billing"));
    return spark.createDataFrame(rows, schema);
  }

  private static Row row(String id, String customer, String region, String arrival, String queryType) {
    return RowFactory.create(id, customer, region, Timestamp.valueOf(arrival), Date.valueOf(arrival.substring(0, 10)),
        queryType);
  }

  private Dataset<Row> candidate() {
    return spark.createDataFrame(List.of(RowFactory.create("billing", "roaming", 2L)), new StructType()
        .add(NeedColumns.ANTECEDENT, DataTypes.StringType).add(NeedColumns.CONSEQUENT, DataTypes.StringType)
        .add("sequences", DataTypes.LongType));
  }

  private Row pattern(String region) {
    List<Row> rows = NeedPatterns.measure(contacts(), candidate(), SETTINGS, DAY)
        .where(col("region").equalTo(region)).collectAsList();
    assertEquals(1, rows.size(), "one row for " + region);
    return rows.get(0);
  }

  @Test
  void measuresTheRegionWithItsOwnBaseline() {
    Row tw = pattern("TW");
    // measured TW firsts a1 a2 b1 b2; billing among them a1 b1; followed by roaming within 7 days: a1 only
    assertEquals(1L, tw.<Long>getAs("followed"));
    assertEquals(2L, tw.<Long>getAs("antecedent_contacts"));
    assertEquals(0.5, tw.<Double>getAs("confidence"), 1e-12);
    assertEquals(0.25, tw.<Double>getAs("baseline"), 1e-12, "one of four measured firsts is followed by roaming");
    assertEquals(2.0, tw.<Double>getAs("lift"), 1e-12);
    assertEquals(1.0 / 3, tw.<Double>getAs("support"), 1e-12, "one of the three TW customers");
    assertEquals(List.of("a1>a2"), tw.getList(tw.fieldIndex("example_contact_ids")));
    assertTrue(tw.<Boolean>getAs("significant"));
    assertEquals(List.of("TW"), tw.getList(tw.fieldIndex("significant_regions")));
    assertEquals("seq:billing>roaming", tw.getAs("pattern_id"));
  }

  @Test
  void allRegionsPoolTheFirstContactsOfEveryRegion() {
    Row all = pattern(NeedColumns.ALL_REGIONS);
    // six measured firsts; billing: a1 b1 e2; roaming followed only a1 (e1 was followed by billing)
    assertEquals(1.0 / 3, all.<Double>getAs("confidence"), 1e-12);
    assertEquals(1.0 / 6, all.<Double>getAs("baseline"), 1e-12);
    assertEquals(2.0, all.<Double>getAs("lift"), 1e-12);
    assertEquals(0.25, all.<Double>getAs("support"), 1e-12);
  }

  @Test
  void aRegionWhereThePatternNeverFollowedHasNoRow() {
    assertEquals(0, NeedPatterns.measure(contacts(), candidate(), SETTINGS, DAY).where(col("region").equalTo("MY"))
        .count());
  }

  @Test
  void sequencesAreTheDailyQueryTypesOfCustomersWithTwoContactDaysOrMore() {
    Dataset<Row> more = contacts().unionByName(spark.createDataFrame(List.of(
        row("a3", "C1", "TW", "2026-11-03 15:00:00", "billing"), row("f1", "C5", "MY", "2026-11-03 15:00:00", "plan")),
        contacts().schema()));
    List<String> seqs = NeedPatterns.sequences(more).select(org.apache.spark.sql.functions.to_json(
        col(NeedPatterns.SEQUENCE))).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    // C1's second day holds two query types, sorted; C5 contacted on one day only and has no sequence
    assertEquals(List.of("[[\"billing\"],[\"billing\",\"roaming\"]]", "[[\"billing\"],[\"roaming\"]]",
        "[[\"billing\"],[\"roaming\"]]", "[[\"plan\"],[\"billing\"]]"), seqs.stream().sorted().toList());
  }
}
