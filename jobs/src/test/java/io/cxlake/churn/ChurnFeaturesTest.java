package io.cxlake.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxlake.text.CustomerPhrases;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The signals of a few hand-written customers as of 2026-11-30 over 14 feature days (from the 17th), labelled
 * with a 14-day horizon. K1 (TW) is the troubled one, K2 (MY) a quiet one, K3 has cancelled already, K4 has not
 * contacted in the window (but on the 1st, within the active days), K5 has only signed up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChurnFeaturesTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-11-30");
  private final SparkSession spark = SharedSpark.get();
  private Map<String, Row> snapshot;

  private static Row contact(String id, String customer, String region, String direction, String arrival, int wait,
                             boolean abandoned) {
    return contact(id, customer, region, direction, arrival, wait, abandoned, abandoned ? null : "resolved", 0);
  }

  private static Row contact(String id, String customer, String region, String direction, String arrival, int wait,
                             boolean abandoned, String disposition, int transfers) {
    Timestamp t = Timestamp.valueOf(arrival);
    return RowFactory.create(id, customer, region, direction, t, Date.valueOf(arrival.substring(0, 10)), wait,
        abandoned ? new Timestamp(t.getTime() + wait * 1000L) : null, disposition, transfers);
  }

  private Dataset<Row> contacts() {
    StructType schema = new StructType().add("contact_id", DataTypes.StringType).add("customer_key", DataTypes.StringType)
        .add("region", DataTypes.StringType).add("direction", DataTypes.StringType)
        .add("arrival_time", DataTypes.TimestampType).add("contact_date", DataTypes.DateType)
        .add("wait_seconds", DataTypes.IntegerType).add("abandoned_time", DataTypes.TimestampType)
        .add("disposition", DataTypes.StringType).add("transfers", DataTypes.IntegerType);
    return spark.createDataFrame(List.of(
        contact("k1a", "K1", "TW", "inbound", "2026-11-10 10:00:00", 10, false),
        contact("k1b", "K1", "TW", "inbound", "2026-11-18 10:00:00", 150, true),
        contact("k1c", "K1", "TW", "inbound", "2026-11-20 10:00:00", 120, false, "follow_up", 1),
        contact("k1d", "K1", "TW", "inbound", "2026-11-25 10:00:00", 50, true),
        contact("k2a", "K2", "MY", "inbound", "2026-11-29 10:00:00", 500, true),
        contact("k2o", "K2", "MY", "outbound", "2026-11-28 10:00:00", 0, false),
        contact("k3a", "K3", "TW", "inbound", "2026-11-26 10:00:00", 10, false),
        contact("k4a", "K4", "TW", "inbound", "2026-11-01 10:00:00", 10, false),
        contact("anon", null, "TW", "inbound", "2026-11-29 10:00:00", 10, false)), schema);
  }

  private Dataset<Row> text() {
    StructType schema = new StructType().add("contact_id", DataTypes.StringType).add("mood", DataTypes.StringType)
        .add("goal", DataTypes.StringType).add("sentiment", DataTypes.DoubleType);
    return spark.createDataFrame(List.of(RowFactory.create("k1a", "calm", "inquire", 0.3),
        RowFactory.create("k1b", "angry", "complain", -0.7), RowFactory.create("k1c", "calm", "inquire", 0.3),
        RowFactory.create("k1d", "distrustful", "inquire", -0.6), RowFactory.create("k2a", "calm", "inquire", 0.3)),
        schema);
  }

  private Dataset<Row> queryTypes() {
    return spark.createDataFrame(List.of(RowFactory.create("k1a", "QT-A"), RowFactory.create("k1b", "QT-A"),
        RowFactory.create("k1c", "QT-A"), RowFactory.create("k1d", "QT-B"), RowFactory.create("k2a", "QT-C")),
        new StructType().add("contact_id", DataTypes.StringType).add("query_type_id", DataTypes.StringType));
  }

  private Dataset<Row> turns() {
    return spark.createDataFrame(List.of(RowFactory.create("k1c", "customer", "You are a scammer, I want a REFUND"),
        RowFactory.create("k1c", "agent", "I understand, a refund is possible"),
        RowFactory.create("k2a", "customer", "Just checking my balance")), new StructType()
        .add("contact_id", DataTypes.StringType).add("speaker", DataTypes.StringType).add("text", DataTypes.StringType));
  }

  private Dataset<Row> outbound() {
    return spark.createDataFrame(List.of(RowFactory.create("K1", Date.valueOf("2026-11-21"), "answered"),
        RowFactory.create("K1", Date.valueOf("2026-11-22"), "blocked_as_spam"),
        RowFactory.create("K1", Date.valueOf("2026-11-23"), "no_answer"),
        RowFactory.create("K1", Date.valueOf("2026-11-01"), "no_answer")), new StructType()
        .add("customer_key", DataTypes.StringType).add("attempt_date", DataTypes.DateType)
        .add("outcome", DataTypes.StringType));
  }

  private Dataset<Row> events() {
    return spark.createDataFrame(List.of(RowFactory.create("K1", "TW", "complaint_filed", Date.valueOf("2026-11-19")),
        RowFactory.create("K1", "TW", "cancellation", Date.valueOf("2026-12-05")),
        RowFactory.create("K2", "MY", "cancellation", Date.valueOf("2026-12-20")),
        RowFactory.create("K3", "TW", "cancellation", Date.valueOf("2026-11-28")),
        RowFactory.create("K5", "SG", "signup", Date.valueOf("2025-06-01")),
        RowFactory.create("K6", "SG", "signup", Date.valueOf("2026-12-02"))), new StructType()
        .add("customer_key", DataTypes.StringType).add("region", DataTypes.StringType)
        .add("event", DataTypes.StringType).add("event_date", DataTypes.DateType));
  }

  private Dataset<Row> seen() {
    return contacts().select("customer_key", "region", "contact_date");
  }

  private Dataset<Row> patience() {
    return spark.createDataFrame(List.of(RowFactory.create("TW", 100.0)), new StructType()
        .add("region", DataTypes.StringType).add("patience_seconds", DataTypes.DoubleType));
  }

  @BeforeAll
  void snapshotTheCustomers() {
    Dataset<Row> facts = ChurnFeatures.contactFacts(contacts(), text(), queryTypes(),
        CustomerPhrases.load("").perContact(turns()));
    snapshot = new TreeMap<>();
    ChurnFeatures.snapshot(facts, seen(), outbound(), events(), patience(), AS_OF, 14, 90, 14).collectAsList()
        .forEach(r -> snapshot.put(r.getAs("customer_key"), r));
  }

  @Test
  void everyActiveCustomerIsScoredWithOrWithoutAContactInTheWindow() {
    assertEquals(List.of("K1", "K2", "K4", "K5"), List.copyOf(snapshot.keySet()),
        "K3 cancelled before the as-of date; K6 signed up after it; the anonymous contact has no customer");
    for (String quiet : List.of("K4", "K5")) {
      Row r = snapshot.get(quiet);
      assertEquals(1.0, r.<Double>getAs("no_contact"), 1e-12, quiet);
      assertEquals(0.0, r.<Double>getAs("contacts"), 1e-12, quiet);
      assertEquals(14.0, r.<Double>getAs("days_since_last_contact"), 1e-12, quiet + ": no contact in the window");
    }
    assertEquals("TW", snapshot.get("K4").getAs("region"), "from its last contact");
    assertEquals("SG", snapshot.get("K5").getAs("region"), "from its account events");
  }

  @Test
  void theTroubledCustomersSignalsCountWhatHappenedInTheWindow() {
    Row k1 = snapshot.get("K1");
    assertEquals("TW", k1.getAs("region"));
    assertEquals(2.0, k1.<Double>getAs("complaints"), 1e-12, "one complaint contact and one filed complaint");
    assertEquals(1.0, k1.<Double>getAs("unresolved_repeats"), 1e-12, "k1c came back on QT-A two days after k1b");
    assertEquals(2.0 / 3, k1.<Double>getAs("negative_mood_share"), 1e-12);
    assertEquals(-0.6 - (-1.0 / 3), k1.<Double>getAs("mood_trend"), 1e-12, "last sentiment against the average");
    assertEquals(2.0, k1.<Double>getAs("distrust_contacts"), 1e-12, "a scammer phrase and a distrustful mood");
    assertEquals(1.0, k1.<Double>getAs("abandoned_beyond_tolerance"), 1e-12, "150 s against 100 s; 50 s is within");
    assertEquals(2.0 / 3, k1.<Double>getAs("outbound_unanswered_share"), 1e-12, "the attempt of the 1st is outside");
    assertEquals(1.0, k1.<Double>getAs("blocked_as_spam"), 1e-12);
    assertEquals(1.0, k1.<Double>getAs("refund_mentions"), 1e-12, "the customer's turn, not the agent's");
    assertEquals(0.0, k1.<Double>getAs("cancel_mentions"), 1e-12);
    assertEquals(1 - 2 * 7.0 / 7, k1.<Double>getAs("frequency_change"), 1e-12, "one contact last week against two in the week before");
    assertEquals(3.0, k1.<Double>getAs("contacts"), 1e-12, "the 18th, 20th and 25th; the 10th is before the window");
    assertEquals(1.0, k1.<Double>getAs("contacts_7d"), 1e-12);
    assertEquals(5.0, k1.<Double>getAs("days_since_last_contact"), 1e-12, "25th to 30th");
    assertEquals(0.0, k1.<Double>getAs("no_contact"), 1e-12);
    assertEquals(1.0, k1.<Double>getAs("unresolved_contacts"), 1e-12, "k1c closed as follow_up");
    assertEquals(1.0, k1.<Double>getAs("escalated_contacts"), 1e-12, "k1c transferred once");
    assertEquals(2.0, k1.<Double>getAs("abandoned_contacts"), 1e-12);
    assertEquals(1.0, k1.<Double>getAs("waits_beyond_tolerance"), 1e-12, "k1c answered after 120 s against 100 s");
    assertEquals(1.0, k1.<Double>getAs("label"), 1e-12, "cancels on 5 December, within 14 days");
  }

  @Test
  void aQuietCustomerHasZeroSignalsAndALaterCancellationIsNotALabel() {
    Row k2 = snapshot.get("K2");
    Map<String, Double> expected = Map.of("frequency_change", 1.0, "contacts", 1.0, "contacts_7d", 1.0,
        "days_since_last_contact", 1.0, "abandoned_contacts", 1.0);
    for (String s : Signal.columns()) {
      assertEquals(expected.getOrDefault(s, 0.0), k2.<Double>getAs(s), 1e-12,
          s + " (one long abandoned wait, on the 29th, in a region without a profile)");
    }
    assertEquals(0.0, k2.<Double>getAs("label"), 1e-12, "cancels on 20 December, after the horizon");
  }

  /**
   * A trained model may weigh a signal either way: a customer whose contacts fell is told "fewer contacts", never the
   * absolute value under "more contacts"; a problem signal below the model's centre (no complaint where the average
   * customer has some) is no reason at all.
   */
  @Test
  void reasonsSayTheDirectionOfTheValue() {
    int n = Signal.ALL.size();
    double[] w = new double[n];
    double[] centers = new double[n];
    double[] caps = new double[n];
    java.util.Arrays.fill(caps, Double.POSITIVE_INFINITY);
    int change = Signal.columns().indexOf("frequency_change");
    int complaints = Signal.columns().indexOf("complaints");
    w[change] = -1.0;       // fewer contacts than usual raises this model's risk
    w[complaints] = -0.5;   // and, spuriously, fewer complaints than the average
    centers[complaints] = 1.0;
    LinearScore model = new LinearScore(LinearScore.LOGISTIC, "lr-test", -2, w, centers, caps);
    StructType schema = new StructType().add("customer_key", DataTypes.StringType);
    for (String c : Signal.columns()) {
      schema = schema.add(c, DataTypes.DoubleType);
    }
    Object[] values = new Object[n + 1];
    values[0] = "K9";
    java.util.Arrays.fill(values, 1, n + 1, 0.0);
    values[1 + change] = -2.0;
    Row r = model.explain(model.score(spark.createDataFrame(List.of(RowFactory.create(values)), schema)), 3).head();
    assertEquals(List.of("2.0 fewer contacts in the last week than their usual weekly rate"), r.getList(
        r.fieldIndex("reasons")));
  }

  @Test
  void theCurrentSnapshotHasNoLabel() {
    Dataset<Row> facts = ChurnFeatures.contactFacts(contacts(), text(), queryTypes(),
        CustomerPhrases.load("").perContact(turns()));
    List<Row> rows = ChurnFeatures.snapshot(facts, seen(), outbound(), events(), patience(), AS_OF, 14, 90, 0).collectAsList();
    assertEquals(4, rows.size());
    rows.forEach(r -> org.junit.jupiter.api.Assertions.assertTrue(r.isNullAt(r.fieldIndex("label"))));
  }

  @Test
  void snapshotsOfSeveralDatesInOnePlanEqualEachDateOnItsOwn() {
    Dataset<Row> facts = ChurnFeatures.contactFacts(contacts(), text(), queryTypes(),
        CustomerPhrases.load("").perContact(turns()));
    // the region's patience changes between the dates: each date must see the one known on it
    Dataset<Row> tolerance = spark.createDataFrame(List.of(
        RowFactory.create("TW", Date.valueOf("2026-11-20"), "region", 200.0),
        RowFactory.create("TW", Date.valueOf("2026-11-28"), "region", 100.0),
        RowFactory.create("TW", Date.valueOf("2026-11-28"), "channel", 5.0)), new StructType()
        .add("region", DataTypes.StringType).add("run_date", DataTypes.DateType).add("level", DataTypes.StringType)
        .add("median_patience_seconds", DataTypes.DoubleType));
    List<LocalDate> asOf = List.of(AS_OF, AS_OF.minusDays(5), AS_OF.minusDays(10));
    Dataset<Row> dates = ChurnFeatures.asOfDates(spark, asOf);
    Dataset<Row> together = ChurnFeatures.snapshots(facts, seen(), outbound(), events(),
        ChurnFeatures.patience(tolerance, dates), dates, 14, 90, 14).localCheckpoint();
    for (LocalDate d : asOf) {
      Dataset<Row> patience = ChurnFeatures.patience(tolerance, ChurnFeatures.asOfDates(spark, List.of(d)))
          .drop(ChurnFeatures.AS_OF);
      Dataset<Row> alone = ChurnFeatures.snapshot(facts, seen(), outbound(), events(), patience, d, 14, 90, 14);
      TableAssertions.assertSameRows(alone,
          together.where(org.apache.spark.sql.functions.col(ChurnFeatures.AS_OF).equalTo(Date.valueOf(d))), "as of " + d);
      org.junit.jupiter.api.Assertions.assertFalse(alone.isEmpty(), "customers active on " + d);
    }
    List<Row> p = ChurnFeatures.patience(tolerance, dates).orderBy(ChurnFeatures.AS_OF).collectAsList();
    assertEquals(List.of(200.0, 200.0, 100.0), p.stream().map(r -> r.getDouble(r.fieldIndex("patience_seconds")))
        .toList(), "the latest region-level patience known on each date (11-20, 11-25, 11-30)");
  }
}
