package io.cxlake.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.scenario.ScenarioKeys.Key;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scenario job's rules on hand-made inputs: agreement metrics, choice of k, merging, ids. */
class ScenarioRulesTest {

  @Test
  void agreementMetricsMatchTheirTextbookValues() {
    // truth a a b b, clusters x x y z: ACC 3/4, NMI 0.8, ARI 4/7 (as scikit-learn computes them)
    ClusterAgreement m = ClusterAgreement.of(new long[][] {{2, 0, 0}, {0, 1, 1}});
    assertEquals(0.75, m.acc(), 1e-12);
    assertEquals(0.8, m.nmi(), 1e-12);
    assertEquals(4.0 / 7, m.ari(), 1e-12);
    ClusterAgreement perfect = ClusterAgreement.of(new long[][] {{0, 5}, {7, 0}});
    assertEquals(1.0, perfect.acc(), 1e-12);
    assertEquals(1.0, perfect.nmi(), 1e-12);
    assertEquals(1.0, perfect.ari(), 1e-12);
  }

  @Test
  void theBestOneToOneMappingIsFoundNotTheGreedyOne() {
    // greedy takes 5 (row 0 -> col 0) and then 1; the best is 4 + 4
    assertEquals(8, ClusterAgreement.bestMatching(new long[][] {{5, 4}, {4, 1}}));
  }

  @Test
  void theFewestQueryTypesWithinTheToleranceOfTheBestSilhouetteAreChosenUnlessLastNightsStillIs() {
    List<QueryTypes.Candidate> tried = List.of(new QueryTypes.Candidate(6, 9, 0.20),
        new QueryTypes.Candidate(10, 7, 0.345), new QueryTypes.Candidate(14, 6, 0.35));
    assertEquals(10, QueryTypes.choose(tried, 0.01, null));
    assertEquals(14, QueryTypes.choose(tried, 0.0, null));
    assertEquals(14, QueryTypes.choose(tried, 0.01, 14), "last night's k, while it is within the tolerance");
    assertEquals(10, QueryTypes.choose(tried, 0.01, 6), "not when it has fallen out of it");
  }

  @Test
  void labelsTakeTermsThatCoverTheQueryTypeAndBelongToItNotWordsThatRunThroughEveryType() {
    // "try" is in 40 % of this type's contacts but in 900 of the family's 1,000; "contactless" in 60 % and almost
    // only here; "card" in 90 % here and in 600 of the family's contacts (every card query)
    List<QueryTypes.LabelTerm> profile = List.of(new QueryTypes.LabelTerm("try", 40, 100, 900),
        new QueryTypes.LabelTerm("card", 90, 100, 600), new QueryTypes.LabelTerm("contactless", 60, 100, 70),
        new QueryTypes.LabelTerm("payment", 50, 100, 120), new QueryTypes.LabelTerm("declined", 30, 100, 40));
    assertEquals(List.of("contactless", "payment", "declined"), QueryTypes.labelTerms(profile, 3));
  }

  @Test
  void candidatesTooLargeForTheContactsAreNamedInTheSummaryNotDroppedSilently() {
    ScenarioSettings s = ScenarioSettings.defaults().withCandidates(List.of(6, 8, 10, 40));
    QueryTypes.Model m = new QueryTypes.Model("en", null, new double[8][1], List.of(
        new QueryTypes.Candidate(6, 1, 0.2), new QueryTypes.Candidate(8, 1, 0.25),
        new QueryTypes.Candidate(10, 1, 0.26)), 320);
    String note = QueryTypeDiscovery.describe(Map.of("en", new QueryTypeDiscovery.FamilyFit(m, 0.85)), s);
    assertTrue(note.startsWith("en k=8 of [6:0.200, 8:0.250, 10:0.260], distance cut 0.85"), note);
    assertTrue(note.contains("k 40 not tried: 320 contacts fitted, fewer than k x scenarios.min-contacts=30"), note);
    ScenarioSettings wide = ScenarioSettings.defaults().withCandidates(List.of(6, 8, 10, 15, 20));
    assertTrue(QueryTypeDiscovery.describe(Map.of("en", new QueryTypeDiscovery.FamilyFit(m, 0.85)), wide)
        .contains("k 15..20 (2 candidates) not tried"));
    assertEquals(List.of(6, 8, 10), QueryTypes.candidates(s, 320));
  }

  @Test
  void theSummaryCountsContactsByAssignmentNotByScenario() {
    Map<Key, Long> counts = Map.of(new Key("voice", "QT-EN-001", "calm", "fix"), 40L,
        new Key("voice", QueryTypeDiscovery.UNASSIGNED, "*", "*"), 7L, new Key("chat", QueryTypeDiscovery.NO_TEXT,
            "*", "*"), 3L, new Key("chat", QueryTypeDiscovery.UNASSIGNED, "*", "*"), 2L);
    assertEquals("40 assigned to a query type, 9 unassigned, 3 without customer words",
        ScenarioJob.assignmentCounts(counts));
  }

  @Test
  void aCustomerWhoSpeaksOnlyInStopWordsIsUnassignedNotWithoutText() {
    org.apache.spark.sql.SparkSession spark = io.cxlake.testing.SharedSpark.get();
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> said = io.cxlake.text.MoodTraining.analyse(spark
        .createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("Why do you need to know so much about me")),
            new org.apache.spark.sql.types.StructType().add("text", "string")), io.cxlake.text.TextSettings.defaults());
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> rows = said.select(QueryTypes.family(
            org.apache.spark.sql.functions.col("language")).as(QueryTypes.FAMILY), org.apache.spark.sql.functions.col(
            QueryTypes.TERMS)).unionByName(spark.sql("SELECT CAST(NULL AS STRING) AS family, array() AS terms")
            .selectExpr("family", "CAST(terms AS ARRAY<STRING>) AS terms"))
        .selectExpr("*", "CAST(NULL AS STRING) AS qt_id", "CAST(NULL AS DOUBLE) AS distance",
            "CAST(NULL AS DOUBLE) AS distance_cut");
    List<org.apache.spark.sql.Row> out = rows.select(org.apache.spark.sql.functions.size(
        org.apache.spark.sql.functions.col(QueryTypes.TERMS)), QueryTypeDiscovery.assignment()).collectAsList();
    assertEquals(0, out.get(0).getInt(0), "only stop words: no term to cluster on");
    assertEquals(QueryTypeDiscovery.UNASSIGNED, out.get(0).getString(1), "but the customer did speak");
    assertEquals(QueryTypeDiscovery.NO_TEXT, out.get(1).getString(1), "no customer words at all");
  }

  @Test
  void rareCombinationsAreMergedGoalFirstThenMoodThenChannel() {
    Map<Key, Long> counts = new HashMap<>();
    counts.put(new Key("voice", "Q1", "angry", "complain"), 40L);  // stands alone
    counts.put(new Key("voice", "Q1", "angry", "fix"), 10L);       // with the next: angry, other goals = 25
    counts.put(new Key("voice", "Q1", "angry", "inform"), 15L);
    counts.put(new Key("voice", "Q1", "calm", "fix"), 12L);        // calm + anxious: other moods = 20
    counts.put(new Key("voice", "Q1", "anxious", "fix"), 8L);
    counts.put(new Key("chat", "Q1", "calm", "fix"), 5L);          // too few anywhere: all channels
    Map<Key, ScenarioKeys.Merged> m = ScenarioKeys.merge(counts, Set.of(), 20);
    assertEquals(new ScenarioKeys.Merged(new Key("voice", "Q1", "angry", "complain"), 0),
        m.get(new Key("voice", "Q1", "angry", "complain")));
    assertEquals(new ScenarioKeys.Merged(new Key("voice", "Q1", "angry", "*"), 1), m.get(new Key("voice", "Q1", "angry", "fix")));
    assertEquals(new ScenarioKeys.Merged(new Key("voice", "Q1", "*", "*"), 2), m.get(new Key("voice", "Q1", "calm", "fix")));
    assertEquals(new ScenarioKeys.Merged(new Key("*", "Q1", "*", "*"), 3), m.get(new Key("chat", "Q1", "calm", "fix")));
  }

  @Test
  void aScenarioActiveLastNightStaysWithHalfTheMinimum() {
    Key k = new Key("chat", "Q2", "confused", "fix");
    Map<Key, Long> counts = Map.of(k, 11L);
    assertEquals(3, ScenarioKeys.merge(counts, Set.of(), 20).get(k).level());
    assertEquals(0, ScenarioKeys.merge(counts, Set.of(k), 20).get(k).level());
  }

  @Test
  void knownScenariosKeepTheirIdsAndNewOnesContinueTheNumbering() {
    Key old = new Key("voice", "Q1", "angry", "complain");
    Key fresh = new Key("email", "Q3", "calm", "inform");
    Map<Key, String> ids = ScenarioKeys.ids(Set.of(old, fresh), Map.of(old, "SC-0007", new Key("x", "y", "z", "w"),
        "SC-0009"));
    assertEquals("SC-0007", ids.get(old));
    assertEquals("SC-0010", ids.get(fresh), "a retired id (SC-0009) is never given again");
  }

  @Test
  void queryTypesAreMatchedToLastNightByTheirTermsNotTheirClusterNumbers() {
    Map<String, Double> billing = Map.of("bill", 0.9, "charge", 0.5, "refund", 0.3);
    Map<String, Double> roaming = Map.of("roaming", 0.9, "abroad", 0.6);
    List<CatalogIds.Known> known = List.of(new CatalogIds.Known("QT-EN-001", "en", billing),
        new CatalogIds.Known("QT-EN-002", "en", roaming), new CatalogIds.Known("QT-ZH-001", "zh", Map.of("账单", 1.0)));
    CatalogIds.Found a = new CatalogIds.Found("en", 0, Map.of("roaming", 0.8, "abroad", 0.5, "data", 0.2));
    CatalogIds.Found b = new CatalogIds.Found("en", 1, Map.of("bill", 0.8, "charge", 0.6));
    CatalogIds.Found c = new CatalogIds.Found("en", 2, Map.of("password", 0.9, "reset", 0.7));
    Map<CatalogIds.Found, String> ids = CatalogIds.match(List.of(a, b, c), known, 0.5);
    assertEquals("QT-EN-002", ids.get(a));
    assertEquals("QT-EN-001", ids.get(b));
    assertEquals("QT-EN-003", ids.get(c), "nothing like it before: a new id after the family's highest");
  }

  @Test
  void settingsAreValidatedWithTheKeyToFix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScenarioSettings.parseCandidates("6,eight"));
    assertTrue(e.getMessage().contains("scenarios.k-candidates"), e.getMessage());
    ScenarioSettings d = ScenarioSettings.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withCandidates(List.of(1, 4)));
    assertEquals(List.of(6, 8), d.withCandidates(List.of(8, 6, 8)).kCandidates());
  }
  @Test
  void theFitSampleIsTheSameRowsWhateverTheirOrderInFilesAndPartitions() {
    org.apache.spark.sql.SparkSession spark = io.cxlake.testing.SharedSpark.get();
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> rows = spark.range(20_000)
        .selectExpr("concat('C-', id) AS contact_id", "array(concat('t', id % 37)) AS terms");
    org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> laidOutOtherwise = rows.repartition(7)
        .sortWithinPartitions(org.apache.spark.sql.functions.col("contact_id").desc());
    List<String> sample = ids(QueryTypes.sampleByContent(rows, 0.25, 5));
    assertEquals(sample, ids(QueryTypes.sampleByContent(laidOutOtherwise, 0.25, 5)));
    assertTrue(Math.abs(sample.size() - 5_000) < 300, "about a quarter: " + sample.size());
    assertTrue(!sample.equals(ids(QueryTypes.sampleByContent(rows, 0.25, 6))), "another seed, another sample");
    // why: Spark's own sample draws per partition, so the same rows laid out otherwise give another sample
    assertTrue(!ids(rows.sample(false, 0.25, 5)).equals(ids(laidOutOtherwise.sample(false, 0.25, 5))));
  }

  private static List<String> ids(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> d) {
    return d.select("contact_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted().toList();
  }
}
