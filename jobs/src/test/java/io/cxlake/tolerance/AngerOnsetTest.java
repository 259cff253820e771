package io.cxlake.tolerance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxlake.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The anger onset on hand-made answered contacts whose first-turn moods rise with the wait in one region. */
class AngerOnsetTest {

  private final SparkSession spark = SharedSpark.get();

  @Test
  void theOnsetIsTheFirstWellFilledBinWithADoubledHostileShare() {
    List<Row> obs = new ArrayList<>();
    List<Row> text = new ArrayList<>();
    // region R1: 1 of 40 hostile within a minute, 3 of 40 at 60-119 s (7.5 %: not 5 points up), 10 of 40 at
    // 120-179 s, and 10 of 10 at 180 s (too few contacts to count)
    plant(obs, text, "R1", 10, 40, 1, "angry");
    plant(obs, text, "R1", 70, 40, 3, "angry");
    plant(obs, text, "R1", 130, 40, 10, "distrustful");
    plant(obs, text, "R1", 190, 10, 10, "angry");
    // region R2: the same share everywhere
    plant(obs, text, "R2", 10, 40, 8, "angry");
    plant(obs, text, "R2", 130, 40, 8, "angry");
    // an abandoned contact never reached a conversation: not counted even if it had text
    obs.add(RowFactory.create("R1-abandoned", "R1", 150.0, 1, ToleranceColumns.OBSERVED));
    text.add(RowFactory.create("R1-abandoned", "angry"));
    StructType obsSchema = new StructType().add("contact_id", "string").add("region", "string")
        .add("wait_seconds", "double").add("abandoned", "int").add("observation", "string");
    StructType textSchema = new StructType().add("contact_id", "string").add("first_turn_mood", "string");
    Map<String, Double> onset = new java.util.HashMap<>();
    AngerOnset.byRegion(spark.createDataFrame(obs, obsSchema), spark.createDataFrame(text, textSchema), 60, 30)
        .collectAsList().forEach(r -> onset.put(r.getString(0), r.getDouble(1)));
    assertEquals(Map.of("R1", 120.0), onset, "R2 never rises, so it has no onset");
  }

  private static void plant(List<Row> obs, List<Row> text, String region, double wait, int n, int hostile,
                            String mood) {
    for (int i = 0; i < n; i++) {
      String id = region + "-" + (int) wait + "-" + i;
      obs.add(RowFactory.create(id, region, wait, 0, ToleranceColumns.OBSERVED));
      text.add(RowFactory.create(id, i < hostile ? mood : "calm"));
    }
  }
}
