package io.cxlake.scenario;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.Tables;
import io.cxlake.testing.GeneratedLake;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Four generated days through the text job, then the scenario job on nights 3 and 4: the planted query types
 * and scenarios are recovered, ids hold from one night to the next, and a re-run changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioJobTest {

  private static final LocalDate DAY1 = GeneratedLake.DAY1;
  private final SparkSession spark = SharedSpark.get();
  private Path gen;
  private Lakehouse lake;
  private CxConfig config;

  @BeforeAll
  void fourNights() {
    GeneratedLake g = GeneratedLake.get();
    gen = g.gen;
    config = g.config;
    lake = g.lake;
  }

  private Dataset<Row> assignedWithTruth() {
    return spark.read().option("header", "true").csv(gen.resolve("ground_truth/contact_scenarios.csv").toString())
        .select(col("contact_id"), col("scenario_id").as("truth_scenario"), col("query_type").as("truth_query_type"))
        .join(lake.read(Tables.CONTACT_SCENARIO), "contact_id");
  }

  @Test
  void plantedQueryTypesAndScenariosAreRecovered() {
    Dataset<Row> a = assignedWithTruth().where("assignment = 'assigned'").cache();
    for (String family : List.of("en", "zh")) {
      ClusterAgreement qt = ClusterAgreement.of(a.where(col("family").equalTo(family)), "truth_query_type",
          "query_type_id");
      System.out.println("generated " + family + " query types: " + qt.summary());
      assertTrue(qt.ari() >= 0.5 && qt.nmi() >= 0.7, family + ": " + qt.summary());
    }
    lake.read(Tables.SCENARIO_CATALOG).where("run_date = DATE'2026-11-19' AND status = 'active'")
        .orderBy(col("contacts").desc()).limit(6).collectAsList().forEach(r -> System.out.println("  "
            + r.getAs("scenario_id") + " " + r.getAs("label") + ": " + r.getAs("contacts") + " contacts, e.g. "
            + r.<scala.collection.Seq<String>>getAs("exemplar_texts").headOption()));
    ClusterAgreement sc = ClusterAgreement.of(a.where("truth_scenario <> 'S00'"), "truth_scenario", "scenario_id");
    System.out.println("generated planted scenarios: " + sc.summary());
    assertTrue(sc.nmi() >= 0.5, sc.summary());
  }

  /**
   * Each active scenario names up to scenarios.exemplars contacts, each with its first customer words, found in the
   * same lookup of the turns that gives the query types their typical utterance.
   */
  @Test
  void scenarioExemplarsAreTheirOwnContactsWithTheirWords() {
    Dataset<Row> exemplars = lake.read(Tables.SCENARIO_CATALOG)
        .where("run_date = DATE'2026-11-19' AND status = 'active'")
        .selectExpr("scenario_id", "exemplar_contact_ids", "exemplar_texts",
            "explode(arrays_zip(exemplar_contact_ids, exemplar_texts)) AS e")
        .selectExpr("scenario_id", "size(exemplar_contact_ids) AS ids", "size(exemplar_texts) AS texts",
            "e.exemplar_contact_ids AS contact_id", "e.exemplar_texts AS text");
    List<Row> rows = exemplars.collectAsList();
    assertTrue(rows.size() >= 10, "exemplars " + rows.size());
    for (Row r : rows) {
      assertEquals(r.getInt(1), r.getInt(2), r.toString());
      assertTrue(r.getInt(1) <= 3, r.toString());
      assertTrue(r.getString(4) != null && !r.getString(4).isBlank() && r.getString(4).length() <= 300, r.toString());
    }
    // a contact has one scenario tonight, so it is an exemplar of one scenario at most
    assertEquals(rows.size(), exemplars.select("contact_id").distinct().count(), "a contact in two scenarios' exemplars");
    assertEquals(rows.size(), exemplars.join(lake.read(Tables.CONTACT_SCENARIO).select("contact_id"), "contact_id")
        .count(), "every exemplar is a contact of the lake");
  }

  @Test
  void unassignedShareStaysWithinItsBound() {
    Dataset<Row> withText = lake.read(Tables.CONTACT_SCENARIO).where("assignment <> 'no_text'");
    double share = (double) withText.where("assignment = 'unassigned'").count() / withText.count();
    System.out.println("unassigned share " + share);
    assertTrue(share <= ScenarioSettings.defaults().maxUnassignedShare() + 0.02, "unassigned share " + share);
    assertEquals(0L, lake.read(Tables.CONTACT_SCENARIO).where("scenario_id IS NULL").count());
    assertEquals(lake.read("silver_contacts").where(col("contact_date").geq(java.sql.Date.valueOf(DAY1))).count(),
        lake.read(Tables.CONTACT_SCENARIO).count(), "every contact of the lookback has a scenario");
  }

  /**
   * Ids hold from night 3 to night 4 (a quarter of the window new): a planted query type's contacts of both nights
   * carry the same query-type id, and the contacts of night 3's scenarios mostly find their scenario active again.
   * (A planted scenario's own majority id is not compared: as the window grows, combinations that were merged
   * reach the minimum and become scenarios of their own, which is the rule working.)
   */
  @Test
  void idsHoldFromOneNightToTheNext() {
    Dataset<Row> a = assignedWithTruth().where("assignment = 'assigned'");
    Dataset<Row> majority = a.groupBy(col("truth_query_type"), col("family"), col("_run_date"), col("query_type_id"))
        .agg(count(lit(1)).as("n"))
        .withColumn("r", org.apache.spark.sql.functions.row_number().over(
            Window.partitionBy("truth_query_type", "family", "_run_date").orderBy(col("n").desc(), col("query_type_id"))))
        .where("r = 1 AND n >= 10");
    Dataset<Row> pairs = majority.where("_run_date = DATE'2026-11-18'").alias("a")
        .join(majority.where("_run_date = DATE'2026-11-19'").alias("b"), new String[] {"truth_query_type", "family"});
    long same = pairs.where(col("a.query_type_id").equalTo(col("b.query_type_id"))).count();
    System.out.println("query types: " + same + " of " + pairs.count() + " planted groups keep their id");
    assertTrue(pairs.count() >= 10 && same >= 0.8 * pairs.count(), same + " of " + pairs.count());

    Dataset<Row> catalog = lake.read(Tables.SCENARIO_CATALOG);
    Dataset<Row> night3 = catalog.where("run_date = DATE'2026-11-18' AND status = 'active'");
    Dataset<Row> night4 = catalog.where("run_date = DATE'2026-11-19'");
    Row kept = night3.join(night4.select(col("scenario_id"), col("status").as("next")), "scenario_id")
        .selectExpr("sum(contacts)", "sum(CASE WHEN next = 'active' THEN contacts ELSE 0 END)").head();
    double share = (double) kept.getLong(1) / kept.getLong(0);
    System.out.println("scenarios: " + share + " of night 3's contacts are in a scenario still active on night 4");
    assertTrue(share >= 0.8, "share " + share);
    assertEquals(0L, catalog.groupBy("run_date", "scenario_id").count().where("count > 1").count());
    assertEquals(night3.count(), night3.join(night4, "scenario_id").count(),
        "every scenario of night 3 is in night 4's catalog, active or retired");
  }

  /**
   * Each active query type has a label of three distinct terms of its profile and a typical utterance: the words of
   * the contact nearest its centroid, which use its most distinctive terms (checked in English, where the terms are
   * the words; Chinese terms are in the Simplified normal form, a Traditional utterance does not show them verbatim).
   */
  @Test
  void queryTypesAreLabelledByTheirOwnTermsWithATypicalUtterance() {
    List<Row> active = lake.read(Tables.QUERY_TYPE_CATALOG).where("run_date = DATE'2026-11-19' AND status = 'active'")
        .select("query_type_id", "family", "label", "typical_text", "top_terms").collectAsList();
    assertTrue(active.size() >= 10, "query types " + active.size());
    long english = 0;
    long sharing = 0;
    for (Row r : active) {
      List<String> label = List.of(r.getString(2).split(" / "));
      List<String> top = r.getList(4);
      assertEquals(3, new java.util.HashSet<>(label).size(), r.toString());
      assertTrue(top.containsAll(label), r.toString());
      assertTrue(r.getString(3) != null && !r.getString(3).isBlank(), r.toString());
      if ("en".equals(r.getString(1))) {
        String text = r.getString(3).toLowerCase(java.util.Locale.ROOT);
        english++;
        sharing += top.stream().limit(10).anyMatch(text::contains) ? 1 : 0;
      }
      System.out.println("  " + r.getString(0) + " " + r.getString(2) + ": " + r.getString(3));
    }
    assertTrue(english >= 5 && sharing >= 0.8 * english, sharing + " of " + english);
  }

  @Test
  void reRunningANightChangesNothing() {
    List<String> tables = List.of(Tables.QUERY_TYPE_CATALOG, Tables.SCENARIO_CATALOG, Tables.CONTACT_SCENARIO);
    Map<String, Dataset<Row>> before = new java.util.HashMap<>();
    for (String t : tables) {
      before.put(t, lake.read(t).localCheckpoint());
    }
    new ScenarioJob().run(spark, new JobContext(config, DAY1.plusDays(3)));
    for (String t : tables) {
      TableAssertions.assertSameRows(before.get(t), lake.read(t), t);
    }
  }
}
