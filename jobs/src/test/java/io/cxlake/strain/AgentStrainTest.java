package io.cxlake.strain;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Agent strain on a few hand-written weeks. */
class AgentStrainTest {

  private final SparkSession spark = SharedSpark.get();

  private Dataset<Row> attempts(String agent, String... outcomes) {
    StructType t = new StructType().add("attempt_id", DataTypes.StringType).add("agent_id", DataTypes.StringType)
        .add("attempt_time", DataTypes.TimestampType).add("attempt_date", DataTypes.DateType)
        .add("outcome", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < outcomes.length; i++) {
      rows.add(RowFactory.create("A" + i, agent, new Timestamp(Timestamp.valueOf("2026-11-17 09:00:00").getTime()
          + i * 60_000L), Date.valueOf("2026-11-17"), outcomes[i]));
    }
    return spark.createDataFrame(rows, t);
  }

  @Test
  void theLongestRunOfRefusalsIsCountedBetweenAnsweredCallsAndUnansweredRingsDoNotBreakIt() {
    Dataset<Row> w = AgentStrain.outboundWeeks(attempts("D1", "rejected", "no_answer", "blocked_as_spam", "rejected",
        "answered", "rejected", "rejected", "no_answer"));
    Row r = w.first();
    assertEquals(Date.valueOf("2026-11-16"), r.getDate(r.fieldIndex("week_start")), "weeks start on Monday");
    assertEquals(8, r.getLong(r.fieldIndex("outbound_attempts")));
    assertEquals(5, r.getLong(r.fieldIndex("refused_attempts")));
    assertEquals(3, r.getLong(r.fieldIndex("longest_refusal_streak")));
  }

  @Test
  void tenRefusalsInARowAndHostileContactsMakeAHighBandWithReasons() {
    String[] refusals = new String[10];
    java.util.Arrays.fill(refusals, "rejected");
    Dataset<Row> outbound = AgentStrain.outboundWeeks(attempts("D1", refusals));
    StructType t = new StructType().add("agent_id", DataTypes.StringType).add("week_start", DataTypes.DateType)
        .add("site", DataTypes.StringType).add("contacts", DataTypes.LongType)
        .add("hostile_contacts", DataTypes.LongType).add("distrust_contacts", DataTypes.LongType)
        .add("abuse_contacts", DataTypes.LongType).add("handle_sum", DataTypes.DoubleType)
        .add("handled", DataTypes.LongType);
    Dataset<Row> inbound = spark.createDataFrame(List.of(
        RowFactory.create("D1", Date.valueOf("2026-11-09"), "TPE", 10L, 0L, 0L, 0L, 3000D, 10L),
        RowFactory.create("D1", Date.valueOf("2026-11-16"), "TPE", 10L, 6L, 4L, 2L, 4500D, 10L),
        RowFactory.create("A2", Date.valueOf("2026-11-16"), "TPE", 10L, 0L, 0L, 0L, 3000D, 10L)), t);
    List<Row> rows = AgentStrain.strain(inbound, outbound, 4, 60, 35)
        .where(col("week_start").equalTo(Date.valueOf("2026-11-16"))).orderBy("agent_id").collectAsList();
    Row calm = rows.get(0);
    Row strained = rows.get(1);
    assertEquals("low", calm.getString(calm.fieldIndex("band")));
    assertEquals(0, calm.getList(calm.fieldIndex("reasons")).size());
    assertEquals(0.5, strained.getDouble(strained.fieldIndex("handle_time_drift")), 1e-9, "450 s against 300 s");
    // 35 (60% hostile, full at 50%) + 25 (10 refusals) + 20 * 2/10 (abuse) + 20 (drift +50%) = 84
    assertEquals(84.0, strained.getDouble(strained.fieldIndex("strain_score")), 1e-9);
    assertEquals("high", strained.getString(strained.fieldIndex("band")));
    List<Object> reasons = strained.getList(strained.fieldIndex("reasons"));
    assertTrue(reasons.contains("10 outbound calls refused in a row"), reasons.toString());
    assertTrue(reasons.contains("60% of contacts hostile or distrustful"), reasons.toString());
  }
}
