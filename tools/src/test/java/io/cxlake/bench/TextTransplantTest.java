package io.cxlake.bench;

import io.cxlake.testing.TruthUpstream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.Tables;
import io.cxlake.testing.SharedSpark;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class TextTransplantTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-22");

  private static Dataset<Row> targets(SparkSession spark) {
    StructType s = new StructType().add("contact_id", DataTypes.StringType).add("contact_date", DataTypes.DateType)
        .add("truth_query_type", DataTypes.StringType).add("truth_mood", DataTypes.StringType)
        .add("truth_goal", DataTypes.StringType);
    java.sql.Date d = java.sql.Date.valueOf(DAY);
    return spark.createDataFrame(List.of(
        RowFactory.create("T1", d, "billing", "angry", "complain"),
        RowFactory.create("T2", d, "billing", "angry", "complain"),
        RowFactory.create("T3", d, "billing", "calm", "purchase"),   // no donor of that mood: same query type
        RowFactory.create("T4", d, "roaming", "calm", "inquire")), s); // no donor of that query type at all
  }

  /** Donor text rows: the table's columns (nulls where unused) with the donor's planted truth beside them. */
  private static Dataset<Row> donors(SparkSession spark) {
    Dataset<Row> truth = spark.createDataFrame(List.of(
        RowFactory.create("D1", "billing", "angry", "complain", "en", "angry"),
        RowFactory.create("D2", "billing", "angry", "complain", "zh-Hant", "angry"),
        RowFactory.create("D3", "billing", "anxious", "inquire", "en", "anxious")),
        new StructType().add("contact_id", DataTypes.StringType).add("truth_query_type", DataTypes.StringType)
            .add("truth_mood", DataTypes.StringType).add("truth_goal", DataTypes.StringType)
            .add("language", DataTypes.StringType).add("mood", DataTypes.StringType));
    Dataset<Row> text = TruthUpstream.fill(truth, Tables.CONTACT_TEXT, DAY);
    return Lakehouse.conform(text, Tables.CONTACT_TEXT).drop("_run_date")
        .join(truth.select("contact_id", "truth_query_type", "truth_mood", "truth_goal"), "contact_id");
  }

  @Test
  void everyTargetGetsADonorOfItsKeyOrQueryTypeWithItsOwnIdAndDate() {
    SparkSession spark = SharedSpark.get();
    Dataset<Row> out = TextTransplant.transplant(targets(spark), donors(spark), DAY);
    Map<String, Row> byId = out.collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
    assertEquals(List.of("T1", "T2", "T3"), byId.keySet().stream().sorted().toList());
    assertEquals("angry", byId.get("T1").getAs("mood"));
    assertEquals("angry", byId.get("T2").getAs("mood"));
    assertTrue(List.of("angry", "anxious").contains(byId.get("T3").<String>getAs("mood")));
    assertEquals(java.sql.Date.valueOf(DAY), byId.get("T1").getAs("contact_date"));
    assertEquals(java.sql.Date.valueOf(DAY), byId.get("T1").getAs("_run_date"));
    assertEquals(Lakehouse.conform(out, Tables.CONTACT_TEXT).schema().fieldNames().length,
        out.schema().fieldNames().length);
    // the pick is a hash of the id: the same night gives the same rows
    assertEquals(out.orderBy("contact_id").collectAsList(),
        TextTransplant.transplant(targets(spark), donors(spark), DAY).orderBy("contact_id").collectAsList());
  }
}
