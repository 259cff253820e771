package io.cxlake.scenario;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import io.cxlake.text.MoodTraining;
import io.cxlake.text.TextSettings;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Query-type discovery on real customer words: the 913 DSTC11 insurance utterances with 22 gold intents,
 * clustered without the labels through the text job's own analysis and the scenario job's own model (the number
 * of query types chosen by the silhouette, as at night), against plain TF-IDF k-means told the true number of
 * intents. Contacts left unassigned count as one more cluster.
 */
class QueryTypeQualityTest {

  private static final String DSTC11 = "../../shared/data/dstc11-insurance/test-utterances.jsonl";

  private static final int INTENTS = 22;

  @Test
  void dstc11IntentsAreRecoveredWithoutLabels() {
    SparkSession spark = SharedSpark.get();
    QueryTypes.registerUdfs(spark);
    Dataset<Row> raw = spark.read().json(DSTC11).withColumnRenamed("utterance", "text");
    Dataset<Row> texts = MoodTraining.analyse(raw, TextSettings.defaults())
        .select(col("utterance_id"), col("intent"), col("terms")).cache();
    assertEquals(913, texts.count());
    ClusterAgreement plain = plainKMeansAtTrueK(texts);
    System.out.println("DSTC11 insurance, plain TF-IDF k-means at the true k=" + INTENTS + ": " + plain.summary());
    // the driver-side sweep (the default at this size) and MLlib's must both recover the intents, with the k they
    // choose, at least as well as plain TF-IDF k-means told the true number of intents
    for (ScenarioSettings s : java.util.List.of(ScenarioSettings.defaults(),
        ScenarioSettings.defaults().withLocalFitRows(0))) {
      ClusterAgreement chosen = recovered(texts, s, "chosen k");
      assertTrue(chosen.nmi() >= plain.nmi() && chosen.acc() >= plain.acc(), chosen.summary() + " against plain "
          + plain.summary());
    }
    // and told the true number, the model does better still
    ClusterAgreement atTrueK = recovered(texts, ScenarioSettings.defaults().withCandidates(java.util.List.of(INTENTS)),
        "true k");
    assertTrue(atTrueK.nmi() >= plain.nmi() && atTrueK.acc() >= plain.acc(), atTrueK.summary());
  }

  /**
   * The reference the issue measures against: MLlib's k-means (Euclidean, k-means|| start, one run) on the same
   * L2-normalised TF-IDF, told the true number of intents; every utterance is assigned.
   */
  private static ClusterAgreement plainKMeansAtTrueK(Dataset<Row> texts) {
    org.apache.spark.ml.PipelineModel f = QueryTypes.featuriser(texts);
    Dataset<Row> features = QueryTypes.featurise(f, texts);
    Dataset<Row> predicted = new org.apache.spark.ml.clustering.KMeans().setK(INTENTS).setSeed(1L)
        .setFeaturesCol(QueryTypes.FEATURES).setPredictionCol("plain").fit(features).transform(features);
    return ClusterAgreement.of(texts.join(predicted.select("utterance_id", "plain"), new String[] {"utterance_id"},
        "left").withColumn("plain", coalesce(col("plain"), lit(-1))), "intent", "plain");
  }

  private static ClusterAgreement recovered(Dataset<Row> texts, ScenarioSettings s, String what) {
    QueryTypes.Model m = QueryTypes.fit(QueryTypes.EN, texts, texts.count(), s, QueryTypeDiscovery.SEED, null);
    Dataset<Row> a = QueryTypes.assign(m, texts);
    double cut = QueryTypes.distanceCut(a, s);
    Dataset<Row> predicted = texts.join(a.select("utterance_id", QueryTypes.CLUSTER, QueryTypes.DISTANCE),
            new String[] {"utterance_id"}, "left")
        .withColumn("query_type", coalesce(col(QueryTypes.DISTANCE).leq(lit(cut)).cast("boolean"), lit(false)))
        .withColumn("query_type", org.apache.spark.sql.functions.when(col("query_type"), col(QueryTypes.CLUSTER))
            .otherwise(lit(-1)));
    ClusterAgreement agreement = ClusterAgreement.of(predicted, "intent", "query_type");
    long unassigned = predicted.where("query_type = -1").count();
    System.out.println("DSTC11 insurance (" + what + ", " + (s.localFitRows() > 0 ? "driver" : "MLlib") + "): k="
        + m.k() + " (silhouette " + m.silhouette() + "), unassigned " + unassigned + ", " + agreement.summary());
    assertTrue(agreement.nmi() >= 0.60, agreement.summary());
    assertTrue(agreement.acc() >= 0.50, agreement.summary());
    assertTrue(unassigned <= Math.ceil(913 * s.maxUnassignedShare()), "unassigned " + unassigned);
    return agreement;
  }
}
