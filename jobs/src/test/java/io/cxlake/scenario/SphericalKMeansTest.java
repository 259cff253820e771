package io.cxlake.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The driver-side k-means and silhouette against MLlib's on the same points. */
class SphericalKMeansTest {

  private static final int DIM = 60;

  /** Three planted topics of 20 terms each; a point uses 4-8 terms of its topic and one stray term. */
  private static List<Vector> planted(int perTopic, long seed) {
    Random r = new Random(seed);
    List<Vector> out = new ArrayList<>();
    for (int topic = 0; topic < 3; topic++) {
      for (int i = 0; i < perTopic; i++) {
        double[] v = new double[DIM];
        int terms = 4 + r.nextInt(5);
        for (int t = 0; t < terms; t++) {
          v[topic * 20 + r.nextInt(20)] += 1 + r.nextDouble();
        }
        v[r.nextInt(DIM)] += 0.5;
        out.add(Vectors.dense(v).compressed());
      }
    }
    out.replaceAll(v -> {
      double n = Vectors.norm(v, 2);
      double[] a = v.toArray();
      for (int j = 0; j < a.length; j++) {
        a[j] /= n;
      }
      return Vectors.dense(a).toSparse();
    });
    return out;
  }

  private static SphericalKMeans.Points points(List<Vector> vectors) {
    int[][] idx = new int[vectors.size()][];
    double[][] val = new double[vectors.size()][];
    for (int i = 0; i < vectors.size(); i++) {
      idx[i] = vectors.get(i).toSparse().indices();
      val[i] = vectors.get(i).toSparse().values();
    }
    return new SphericalKMeans.Points(idx, val, DIM);
  }

  private static Dataset<Row> frame(SparkSession spark, List<Vector> vectors, int[] cluster) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      rows.add(RowFactory.create(vectors.get(i), cluster == null ? 0 : cluster[i]));
    }
    return spark.createDataFrame(rows, new StructType().add("features", SQLDataTypes.VectorType())
        .add("cluster", DataTypes.IntegerType));
  }

  @Test
  void silhouetteIsSparksCosineSilhouette() {
    SparkSession spark = SharedSpark.get();
    List<Vector> vectors = planted(15, 3);
    SphericalKMeans.Points points = points(vectors);
    for (int k : new int[] {2, 3, 5}) {
      SphericalKMeans.Fit fit = SphericalKMeans.fit(points, k, 7, 20);
      double spark3 = new ClusteringEvaluator().setDistanceMeasure("cosine").setFeaturesCol("features")
          .setPredictionCol("cluster").evaluate(frame(spark, vectors, fit.assignment()));
      assertEquals(spark3, SphericalKMeans.silhouette(points, fit.assignment(), k), 1e-9, "k=" + k);
    }
  }

  @Test
  void findsTheSameClustersAsMllib() {
    SparkSession spark = SharedSpark.get();
    List<Vector> vectors = planted(40, 11);
    SphericalKMeans.Fit local = SphericalKMeans.fit(points(vectors), 3, 5, 20);
    KMeansModel mllib = new KMeans().setK(3).setSeed(5).setDistanceMeasure("cosine").setMaxIter(20)
        .setPredictionCol("cluster").fit(frame(spark, vectors, null).drop("cluster"));
    long[][] table = new long[3][3];
    double mllibCost = 0;
    for (int i = 0; i < vectors.size(); i++) {
      int m = mllib.predict(vectors.get(i));
      table[local.assignment()[i]][m]++;
      mllibCost += 1 - cosine(vectors.get(i), mllib.clusterCenters()[m]);
    }
    ClusterAgreement agreement = ClusterAgreement.of(table);
    assertEquals(1.0, agreement.ari(), 1e-9, agreement.summary());
    assertEquals(mllibCost, local.cost(), 1e-6 * vectors.size());
    long[][] truth = new long[3][3];
    for (int i = 0; i < vectors.size(); i++) {
      truth[i / 40][local.assignment()[i]]++;
    }
    assertEquals(1.0, ClusterAgreement.of(truth).ari(), 1e-9, "the planted topics: " + ClusterAgreement.of(truth).summary());
  }

  private static double cosine(Vector a, Vector b) {
    double dot = 0;
    double[] x = a.toArray();
    double[] y = b.toArray();
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
    }
    return dot / (Vectors.norm(a, 2) * Vectors.norm(b, 2));
  }

  @Test
  void sameSeedSameCentres() {
    SphericalKMeans.Points points = points(planted(25, 17));
    SphericalKMeans.Fit a = SphericalKMeans.fit(points, 4, 99, 20);
    SphericalKMeans.Fit b = SphericalKMeans.fit(points, 4, 99, 20);
    assertArrayEquals(a.assignment(), b.assignment());
    for (int c = 0; c < 4; c++) {
      assertArrayEquals(a.centers()[c], b.centers()[c], 0.0);
      assertEquals(1.0, Vectors.norm(Vectors.dense(a.centers()[c]), 2), 1e-9, "centres are unit length");
    }
    assertTrue(a.cost() >= 0);
  }
}
