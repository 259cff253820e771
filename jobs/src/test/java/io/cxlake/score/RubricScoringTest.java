package io.cxlake.score;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cxlake.testing.SharedSpark;
import java.util.ArrayList;
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

/** The rubric arithmetic on hand-written evidence, checked by hand. */
class RubricScoringTest {

  private static final String[] EVIDENCE = {"wait_ratio", "handle_ratio", "resolved_first_contact",
      "proactive_information", "empathy_phrase", "ownership_phrase", "guarantee_stated", "ended_calm"};
  private final SparkSession spark = SharedSpark.get();

  private Dataset<Row> evidence(List<Object[]> rows) {
    StructType schema = new StructType().add("contact_id", DataTypes.StringType).add("channel", DataTypes.StringType)
        .add("mood", DataTypes.StringType).add("goal", DataTypes.StringType).add("query_type_id", DataTypes.StringType);
    for (String e : EVIDENCE) {
      schema = schema.add(e, DataTypes.DoubleType);
    }
    List<Row> out = new ArrayList<>();
    rows.forEach(r -> out.add(RowFactory.create(r)));
    return spark.createDataFrame(out, schema);
  }

  private static Map<String, Row> byId(Dataset<Row> scored) {
    Map<String, Row> out = new HashMap<>();
    scored.collectAsList().forEach(r -> out.put(r.getAs("contact_id"), r));
    return out;
  }

  /**
   * Eight elements of weight 1/8, two per dimension. A: wait 2x target (50), handle 2.25x norm (60), resolved
   * (100), no proactive information (0), empathy (100), no ownership (0), guarantee (100), not calm at the end (0).
   * B: outbound (no wait), resolution pending, handle at the norm (100), proactive (100), no empathy (0), ownership
   * (100), no guarantee (0), calm (100): its two missing elements are left out and the others' weights rescaled.
   */
  @Test
  void dimensionAndOverallScoresAreWeightedMeansOverTheElementsWithEvidence() {
    Rubric r = Rubric.parse("r.json", RubricTest.rubric(null, null));
    Map<String, Row> s = byId(RubricScoring.score(evidence(List.of(
        new Object[] {"A", "voice", "angry", "fix", "QT-1", 2.0, 2.25, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0},
        new Object[] {"B", "voice", "calm", "inform", "QT-1", null, 1.0, null, 1.0, 0.0, 1.0, 0.0, 1.0})), List.of(r)));
    Row a = s.get("A");
    assertEquals("r", a.getAs("rubric"));
    assertEquals(55.0, a.<Double>getAs("timeliness_score"), 1e-9);
    assertEquals(50.0, a.<Double>getAs("information_score"), 1e-9);
    assertEquals(50.0, a.<Double>getAs("connection_score"), 1e-9);
    assertEquals(50.0, a.<Double>getAs("differentiation_score"), 1e-9);
    assertEquals(51.25, a.<Double>getAs("overall_score"), 1e-9);
    assertEquals(List.of(), a.getList(a.fieldIndex("missing_elements")));
    Row wait = a.<Row>getList(a.fieldIndex("elements")).get(0);
    assertEquals("wait", wait.getAs("element"));
    assertEquals(2.0, wait.<Double>getAs("value"), 1e-9);
    assertEquals(50.0, wait.<Double>getAs("score"), 1e-9);
    assertEquals(0.125, wait.<Double>getAs("weight"), 1e-9);

    Row b = s.get("B");
    assertEquals(100.0, b.<Double>getAs("timeliness_score"), 1e-9);
    assertEquals(100.0, b.<Double>getAs("information_score"), 1e-9);
    assertEquals(50.0, b.<Double>getAs("connection_score"), 1e-9);
    assertEquals(50.0, b.<Double>getAs("differentiation_score"), 1e-9);
    assertEquals(400.0 / 6, b.<Double>getAs("overall_score"), 1e-9);
    assertEquals(List.of("wait", "fcr"), b.getList(b.fieldIndex("missing_elements")));
    assertNull(b.<Row>getList(b.fieldIndex("elements")).get(0).getAs("score"));
  }

  @Test
  void theFirstMatchingFamilyScoresAndTheCatchAllTakesTheRest() {
    Rubric angryVoice = Rubric.parse("a.json", RubricTest.rubric("[{\"moods\": [\"angry\"], \"channels\": [\"voice\"]}, "
        + "{\"goals\": [\"cancel\"]}]", null).replace("\"rubric\": \"r\"", "\"rubric\": \"hot\""));
    Rubric rest = Rubric.parse("r.json", RubricTest.rubric(null, null));
    Object[] e = {2.0, 2.25, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0};
    Map<String, Row> s = byId(RubricScoring.score(evidence(List.of(
        row("angry-voice", "voice", "angry", "fix", e), row("angry-chat", "chat", "angry", "fix", e),
        row("cancel-chat", "chat", "calm", "cancel", e), row("no-text", "voice", null, null, e))),
        List.of(angryVoice, rest)));
    assertEquals("hot", s.get("angry-voice").getAs("rubric"));
    assertEquals("r", s.get("angry-chat").getAs("rubric"));
    assertEquals("hot", s.get("cancel-chat").getAs("rubric"));
    assertEquals("r", s.get("no-text").getAs("rubric"));
  }

  private static Object[] row(String id, String channel, String mood, String goal, Object[] evidence) {
    Object[] r = new Object[5 + evidence.length];
    r[0] = id;
    r[1] = channel;
    r[2] = mood;
    r[3] = goal;
    r[4] = "QT-1";
    System.arraycopy(evidence, 0, r, 5, evidence.length);
    return r;
  }

  @Test
  void theSqlRuleAgreesWithTheJavaRule() {
    Rubric.Element handle = Rubric.parse("r.json", RubricTest.rubric(null, null)).elements().get(1);
    double[] values = {-1, 0, 0.1, 0.5, 0.99, 1.5, 2.0, 2.999, 3, 7};
    List<Object[]> rows = new ArrayList<>();
    for (double v : values) {
      rows.add(row(String.valueOf(v), "voice", null, null, new Object[] {null, v, null, null, null, null, null, null}));
    }
    for (Row r : evidence(rows).select(col("handle_ratio"), RubricScoring.elementScore(handle).as("s")).collectAsList()) {
      assertEquals(handle.score(r.getDouble(0)), r.getDouble(1), 1e-9, "at " + r.getDouble(0));
    }
  }
}
