package io.cxlake.score;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cxlake.text.AgentPhrases;
import io.cxlake.testing.SharedSpark;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The evidence of a few hand-written contacts: resolution as known on the run date, wait targets, agent phrases. */
class ContactEvidenceTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-22");
  private final SparkSession spark = SharedSpark.get();

  private Dataset<Row> contacts(Object[]... rows) {
    StructType schema = new StructType().add("contact_id", DataTypes.StringType)
        .add("customer_key", DataTypes.StringType).add("direction", DataTypes.StringType)
        .add("arrival_time", DataTypes.TimestampType).add("contact_date", DataTypes.DateType);
    return spark.createDataFrame(java.util.Arrays.stream(rows).map(r -> RowFactory.create(r[0], r[1], "inbound",
        Timestamp.valueOf((String) r[2]), Date.valueOf(((String) r[2]).substring(0, 10)))).toList(), schema);
  }

  private static Object[] c(String id, String customer, String arrival) {
    return new Object[] {id, customer, arrival};
  }

  private static <T> Map<String, T> column(Dataset<Row> d, String c) {
    Map<String, T> out = new HashMap<>();
    d.select(col("contact_id"), col(c)).collectAsList().forEach(r -> out.put(r.getString(0), r.<T>getAs(1)));
    return out;
  }

  /**
   * Two resolution days before the 22nd: K1 came back on the same query type (repeated), K2 did not (resolved, its
   * days have passed), K6 came back on another query type (resolved), K3 is of the run date (pending), K4 came back
   * the same day (repeated already), and a contact without a customer is unknown.
   */
  @Test
  void resolutionIsWhatTheRunDateKnows() {
    Dataset<Row> all = contacts(c("r1", "K1", "2026-11-19 10:00:00"), c("r1b", "K1", "2026-11-20 09:00:00"),
        c("r2", "K2", "2026-11-19 10:00:00"), c("r6", "K6", "2026-11-19 10:00:00"), c("r6b", "K6", "2026-11-20 10:00:00"),
        c("r3", "K3", "2026-11-22 10:00:00"), c("r4", "K4", "2026-11-22 09:00:00"), c("r4b", "K4", "2026-11-22 15:00:00"),
        c("r5", null, "2026-11-22 11:00:00"));
    Dataset<Row> qt = spark.createDataFrame(List.of(RowFactory.create("r1", "QT-A"), RowFactory.create("r1b", "QT-A"),
        RowFactory.create("r6", "QT-A"), RowFactory.create("r6b", "QT-B"), RowFactory.create("r4", "QT-A"),
        RowFactory.create("r4b", "QT-A")), new StructType().add("contact_id", DataTypes.StringType)
        .add("query_type_id", DataTypes.StringType));
    Dataset<Row> r = ContactEvidence.resolution(all, all, qt, 2, DAY);
    Map<String, String> status = column(r, "resolution_status");
    assertEquals("repeated", status.get("r1"));
    assertEquals("resolved", status.get("r2"));
    assertEquals("resolved", status.get("r6"));
    assertEquals("pending", status.get("r3"));
    assertEquals("repeated", status.get("r4"));
    assertEquals("pending", status.get("r4b"));
    assertEquals("unknown", status.get("r5"));
    Map<String, Double> value = column(r, "resolved_first_contact");
    assertEquals(0.0, value.get("r1"));
    assertEquals(1.0, value.get("r2"));
    assertNull(value.get("r3"));
    assertNull(value.get("r5"));
  }

  @Test
  void voiceWaitsAreJudgedAgainstTheRegionsTargetAndOtherChannelsAgainstTheirOwn() {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("channel", DataTypes.StringType)
        .add("region_target_seconds", DataTypes.DoubleType);
    Dataset<Row> d = spark.createDataFrame(List.of(RowFactory.create("voice-region", "voice", 45.0),
        RowFactory.create("voice-none", "voice", null), RowFactory.create("email", "email", 45.0)), schema);
    Map<String, Double> targets = new HashMap<>();
    d.select(col("id"), ContactEvidence.waitTarget(ScoreSettings.targets("voice=20,chat=30,walk_in=600,email=86400,"
        + "social=3600"), List.of("voice", "chat"))).collectAsList().forEach(r -> targets.put(r.getString(0), r.getDouble(1)));
    assertEquals(Map.of("voice-region", 45.0, "voice-none", 20.0, "email", 86400.0), targets);
  }

  @Test
  void agentPhrasesAreFoundInEitherScriptAndInEnglishButNotInCustomerTurns() {
    StructType schema = new StructType().add("contact_id", DataTypes.StringType).add("speaker", DataTypes.StringType)
        .add("text", DataTypes.StringType);
    Dataset<Row> turns = spark.createDataFrame(List.of(
        RowFactory.create("hant", "agent", "非常抱歉造成您的困擾。"),
        RowFactory.create("hans", "agent", "按照我们的服务承诺，24小时内一定会有专人联系您。"),
        RowFactory.create("hant2", "agent", "依照我們的服務承諾，這件事我會負責幫您追蹤到底。"),
        RowFactory.create("en", "agent", "I'll personally make sure this gets sorted out. You'll get an SMS shortly."),
        RowFactory.create("plain", "agent", "Okay, I see."),
        RowFactory.create("plain", "customer", "Sorry, I'll take care of it myself, I guarantee.")), schema);
    Dataset<Row> flags = AgentPhrases.load("").perContact(turns);
    Map<String, String> seen = new HashMap<>();
    for (Row r : flags.collectAsList()) {
      StringBuilder sb = new StringBuilder();
      for (String c : AgentPhrases.COLUMNS) {
        if (r.<Integer>getAs(c) == 1) {
          sb.append(c).append(' ');
        }
      }
      seen.put(r.getAs("contact_id"), sb.toString().strip());
    }
    assertEquals("empathy_phrase", seen.get("hant"));
    assertEquals("guarantee_stated", seen.get("hans"));
    assertEquals("ownership_phrase guarantee_stated", seen.get("hant2"));
    assertEquals("ownership_phrase proactive_information", seen.get("en"));
    assertEquals("", seen.get("plain"));
  }
}
