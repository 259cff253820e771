package io.cxlake.scenario;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * Query types discovered from the customers' own words, one model per language family (English; Chinese, where
 * both scripts share the Simplified normal form of their terms and code-mixed text joins them): TF-IDF over the
 * normalised terms, L2-normalised, k-means with cosine distance. The number of query types is chosen by the
 * silhouette over configured candidates, preferring the fewest within a tolerance of the best. k-means is
 * fitted on a sample; every contact is then assigned, and contacts far from every centroid stay unassigned.
 */
final class QueryTypes {

  static final String FAMILY = "family";
  static final String FEATURES = "features";
  static final String CLUSTER = "cluster";
  static final String DISTANCE = "distance";
  static final String TERMS = "terms";
  // a query type's term profile (profiles): the term, its weight and rank, and the counts behind them
  static final String TERM = "term";
  static final String WEIGHT = "weight";
  static final String RANK = "rank";
  static final String N_CLUSTER = "n_cluster";
  static final String DF_CLUSTER = "df_cluster";
  static final String DF_FAMILY = "df_family";
  static final String EN = "en";
  static final String ZH = "zh";
  private static final String NONZERO = "features_nonzero";
  // term frequencies, their tf-idf weights, and the contacts of a family
  private static final String TF = "tf";
  private static final String TFIDF = "tfidf";
  private static final String N_FAMILY = "n_family";
  /**
   * Terms kept per family, the most frequent. k-means keeps its centroids dense, so the vocabulary, not the
   * number of contacts, sets the cost of each iteration; a family's query types are told apart by far fewer terms.
   */
  static final int VOCABULARY = 4096;
  /** k-means iterations; on TF-IDF directions the assignments settle well before. */
  private static final int MAX_ITERATIONS = 20;
  /** Terms kept per query type as its profile: the label, and what matches it to last night's query type. */
  static final int PROFILE_TERMS = 30;

  private QueryTypes() {}

  /** Language family of a contact text's language; null (no text) stays null. */
  static Column family(Column language) {
    return when(language.equalTo(EN), lit(EN)).when(language.isin("zh-Hant", "zh-Hans", "mixed"), lit(ZH));
  }

  /** One k tried: its best restart's cost and the silhouette of that clustering. */
  record Candidate(int k, double cost, double silhouette) {}

  /** A fitted family: featuriser, k-means, every candidate tried, and how many contacts it was fitted on. */
  record Model(String family, PipelineModel featuriser, double[][] centers, List<Candidate> candidates,
               long fitted) {
    int k() {
      return centers.length;
    }

    double silhouette() {
      return candidates.stream().filter(c -> c.k() == k()).findFirst().map(Candidate::silhouette).orElse(Double.NaN);
    }
  }

  /** TF-IDF over the terms, L2-normalised so that k-means with cosine distance clusters the directions. */
  static PipelineModel featuriser(Dataset<Row> texts) {
    PipelineStage[] stages = {
        new CountVectorizer().setInputCol(TERMS).setOutputCol(TF).setVocabSize(VOCABULARY).setMinDF(2),
        new IDF().setInputCol(TF).setOutputCol(TFIDF),
        new Normalizer().setInputCol(TFIDF).setOutputCol(FEATURES)};
    return new Pipeline().setStages(stages).fit(texts);
  }

  /** Features of every text that has at least one term the featuriser knows (cosine needs a direction). */
  static Dataset<Row> featurise(PipelineModel f, Dataset<Row> texts) {
    return f.transform(texts).drop(TF, TFIDF)
        .withColumn(NONZERO, call_udf("cxlake_nonzeros", col(FEATURES))).where(col(NONZERO).gt(0)).drop(NONZERO);
  }

  /** Registers the one UDF this needs (Spark has no built-in for a vector's non-zero count). */
  static void registerUdfs(org.apache.spark.sql.SparkSession spark) {
    spark.udf().register("cxlake_nonzeros", (UDF1<Vector, Integer>) Vector::numNonzeros, DataTypes.IntegerType);
  }

  /**
   * Fits one family on a sample of at most {@code s.fitSample()} of its texts: one k-means per candidate k that
   * leaves each query type {@code s.minContacts()} on average, the silhouette choosing k (see {@link #choose}), then
   * the best of
   * {@code s.seeds()} restarts at that k.
   */
  static Model fit(String family, Dataset<Row> familyTexts, long n, ScenarioSettings s, long seed, Integer previousK) {
    if (candidates(s, Math.min(n, s.fitSample())).isEmpty()) {
      return null; // an empty or tiny family (a centre in one language): nothing to fit, see the caller's note
    }
    double fraction = Math.min(1.0, (double) s.fitSample() / Math.max(1, n));
    Dataset<Row> sample = fraction < 1.0 ? sampleByContent(familyTexts, fraction, seed) : familyTexts;
    PipelineModel f;
    try {
      f = featuriser(sample);
    } catch (IllegalArgumentException e) { // no term in two texts: CountVectorizer has no vocabulary
      if (String.valueOf(e.getMessage()).contains("vocabulary size")) {
        return null;
      }
      throw e;
    }
    Dataset<Row> features = featurise(f, sample).select(FEATURES).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long rows = features.count();
      List<Integer> ks = candidates(s, rows);
      if (ks.isEmpty()) {
        return null;
      }
      return rows <= s.localFitRows()
          ? fitOnDriver(family, f, features, ks, s, seed, previousK, rows)
          : fitDistributed(family, f, features, ks, s, seed, previousK, rows);
    } finally {
      features.unpersist();
    }
  }

  /** Hash buckets of {@link #sampleByContent}: a fraction is kept to about one part in a million. */
  private static final long SAMPLE_BUCKETS = 1L << 20;

  /**
   * About {@code fraction} of the rows, chosen by a hash of the seed and each row's content (map columns, which
   * Spark cannot hash, left out): the same rows whatever their order in the table's files and partitions. Spark's
   * {@code sample} draws per partition, so a 100,000-contact night whose silver files another ingest release had laid
   * out differently (the same rows) fitted other query types (BENCHMARKS.md, issue #27).
   */
  static Dataset<Row> sampleByContent(Dataset<Row> rows, double fraction, long seed) {
    List<org.apache.spark.sql.Column> hashed = new ArrayList<>(List.of(lit(seed)));
    for (org.apache.spark.sql.types.StructField f : rows.schema().fields()) {
      if (!(f.dataType() instanceof org.apache.spark.sql.types.MapType)) {
        hashed.add(col(f.name()));
      }
    }
    long keep = (long) Math.ceil(fraction * SAMPLE_BUCKETS);
    return rows.where(org.apache.spark.sql.functions.pmod(org.apache.spark.sql.functions.xxhash64(
        hashed.toArray(org.apache.spark.sql.Column[]::new)), lit(SAMPLE_BUCKETS)).lt(lit(keep)));
  }

  /** The sweep on the driver ({@link SphericalKMeans}): the sample is small, Spark jobs per iteration cost more. */
  private static Model fitOnDriver(String family, PipelineModel f, Dataset<Row> features, List<Integer> ks,
                                   ScenarioSettings s, long seed, Integer previousK, long rows) {
    int[] canonical = canonicalIndex(((org.apache.spark.ml.feature.CountVectorizerModel) f.stages()[0]).vocabulary());
    SphericalKMeans.Points points = points(features, canonical);
    List<Candidate> tried = new ArrayList<>();
    Map<Integer, SphericalKMeans.Fit> fits = new LinkedHashMap<>();
    for (int k : ks) {
      SphericalKMeans.Fit m = SphericalKMeans.fit(points, k, seed, MAX_ITERATIONS);
      tried.add(new Candidate(k, m.cost(), SphericalKMeans.silhouette(points, m.assignment(), k)));
      fits.put(k, m);
    }
    SphericalKMeans.Fit best = fits.get(choose(tried, s.silhouetteTolerance(), previousK));
    for (int i = 1; i < s.seeds(); i++) {
      SphericalKMeans.Fit m = SphericalKMeans.fit(points, best.k(), seed + i, MAX_ITERATIONS);
      best = m.cost() < best.cost() ? m : best;
    }
    double[][] centers = new double[best.k()][];
    for (int c = 0; c < centers.length; c++) { // back to the featuriser's term order, for assign()
      centers[c] = new double[canonical.length];
      for (int i = 0; i < canonical.length; i++) {
        centers[c][i] = best.centers()[c][canonical[i]];
      }
    }
    return new Model(family, f, centers, tried, rows);
  }

  /**
   * Each vocabulary index's position in the alphabetical order of the terms. CountVectorizer orders terms of equal
   * frequency as a shuffle delivers them, so the same texts can get other term indices from one run to the next;
   * the driver's fit works in this order instead, and so finds the same clusters when a night is re-run.
   */
  static int[] canonicalIndex(String[] vocabulary) {
    Integer[] order = new Integer[vocabulary.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> vocabulary[i]));
    int[] canonical = new int[vocabulary.length];
    for (int rank = 0; rank < order.length; rank++) {
      canonical[order[rank]] = rank;
    }
    return canonical;
  }

  /**
   * The features on the driver with their terms in canonical order ({@link #canonicalIndex}), the points sorted by
   * content, so the seeded start sees the same points in the same order whatever order a shuffle delivered them in.
   */
  static SphericalKMeans.Points points(Dataset<Row> features, int[] canonical) {
    List<org.apache.spark.ml.linalg.SparseVector> vectors = new ArrayList<>();
    features.select(FEATURES).collectAsList().forEach(r -> vectors.add(remap(r.<Vector>getAs(FEATURES).toSparse(), canonical)));
    vectors.sort(QueryTypes::compareContent);
    int[][] indices = new int[vectors.size()][];
    double[][] values = new double[vectors.size()][];
    for (int i = 0; i < vectors.size(); i++) {
      indices[i] = vectors.get(i).indices();
      values[i] = vectors.get(i).values();
    }
    return new SphericalKMeans.Points(indices, values, canonical.length);
  }

  private static org.apache.spark.ml.linalg.SparseVector remap(org.apache.spark.ml.linalg.SparseVector v,
                                                               int[] canonical) {
    int n = v.indices().length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> canonical[v.indices()[i]]));
    int[] idx = new int[n];
    double[] val = new double[n];
    for (int i = 0; i < n; i++) {
      idx[i] = canonical[v.indices()[order[i]]];
      val[i] = v.values()[order[i]];
    }
    return new org.apache.spark.ml.linalg.SparseVector(canonical.length, idx, val);
  }

  private static int compareContent(org.apache.spark.ml.linalg.SparseVector a,
                                    org.apache.spark.ml.linalg.SparseVector b) {
    int c = java.util.Arrays.compare(a.indices(), b.indices());
    return c != 0 ? c : java.util.Arrays.compare(a.values(), b.values());
  }

  /** MLlib's k-means and silhouette, for samples too large for the driver. */
  private static Model fitDistributed(String family, PipelineModel f, Dataset<Row> features, List<Integer> ks,
                                      ScenarioSettings s, long seed, Integer previousK, long rows) {
    List<Candidate> tried = new ArrayList<>();
    Map<Integer, KMeansModel> models = new LinkedHashMap<>();
    for (int k : ks) {
      KMeansModel m = kmeans(features, k, seed);
      double silhouette = new ClusteringEvaluator().setDistanceMeasure("cosine").setFeaturesCol(FEATURES)
          .setPredictionCol(CLUSTER).evaluate(m.transform(features));
      tried.add(new Candidate(k, m.summary().trainingCost(), silhouette));
      models.put(k, m);
    }
    KMeansModel best = models.get(choose(tried, s.silhouetteTolerance(), previousK));
    for (int i = 1; i < s.seeds(); i++) {
      KMeansModel m = kmeans(features, best.getK(), seed + i);
      best = m.summary().trainingCost() < best.summary().trainingCost() ? m : best;
    }
    return new Model(family, f, unitCenters(best), tried, rows);
  }

  private static double[][] unitCenters(KMeansModel m) {
    Vector[] centers = m.clusterCenters();
    double[][] out = new double[centers.length][];
    for (int i = 0; i < centers.length; i++) {
      double norm = org.apache.spark.ml.linalg.Vectors.norm(centers[i], 2);
      out[i] = centers[i].toArray().clone();
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] = norm == 0 ? 0 : out[i][j] / norm;
      }
    }
    return out;
  }

  /** The candidates small enough that each query type would have min-contacts on average (at least the smallest). */
  static List<Integer> candidates(ScenarioSettings s, long rows) {
    List<Integer> fit = s.kCandidates().stream().filter(k -> k < rows && (long) k * s.minContacts() <= rows)
        .toList();
    if (fit.isEmpty() && rows > s.kCandidates().get(0)) {
      return List.of(s.kCandidates().get(0));
    }
    return fit;
  }

  private static KMeansModel kmeans(Dataset<Row> features, int k, long seed) {
    return new KMeans().setK(k).setSeed(seed).setDistanceMeasure("cosine").setMaxIter(MAX_ITERATIONS)
        .setFeaturesCol(FEATURES).setPredictionCol(CLUSTER).fit(features);
  }

  /**
   * Last night's number of query types while its silhouette stays within {@code tolerance} of the best candidate's
   * (so that ids do not churn on noise); otherwise the fewest query types within it.
   */
  static int choose(List<Candidate> tried, double tolerance, Integer previousK) {
    double best = tried.stream().mapToDouble(Candidate::silhouette).max().orElseThrow();
    List<Candidate> good = tried.stream().filter(c -> c.silhouette() >= best - tolerance).toList();
    if (previousK != null && good.stream().anyMatch(c -> c.k() == previousK)) {
      return previousK;
    }
    return good.stream().mapToInt(Candidate::k).min().orElseThrow();
  }

  /** Adds the nearest query type's cluster number and the cosine distance to its centroid. */
  static Dataset<Row> assign(Model m, Dataset<Row> familyTexts) {
    double[][] centers = m.centers();
    org.apache.spark.sql.expressions.UserDefinedFunction nearest = org.apache.spark.sql.functions.udf(
        (UDF1<Vector, Integer>) v -> nearest(v, centers), DataTypes.IntegerType);
    org.apache.spark.sql.expressions.UserDefinedFunction distance = org.apache.spark.sql.functions.udf(
        (org.apache.spark.sql.api.java.UDF2<Vector, Integer, Double>) (v, c) -> 1.0 - dot(v, centers[c]),
        DataTypes.DoubleType);
    return featurise(m.featuriser(), familyTexts).withColumn(CLUSTER, nearest.apply(col(FEATURES)))
        .withColumn(DISTANCE, distance.apply(col(FEATURES), col(CLUSTER))).drop(FEATURES);
  }

  /** The centre with the largest dot product (smallest cosine distance); ties go to the lower number. */
  static int nearest(Vector v, double[][] centers) {
    int best = 0;
    double bestDot = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < centers.length; c++) {
      double d = dot(v, centers[c]);
      if (d > bestDot) {
        bestDot = d;
        best = c;
      }
    }
    return best;
  }

  private static double dot(Vector sparse, double[] d) {
    org.apache.spark.ml.linalg.SparseVector v = sparse.toSparse();
    double sum = 0;
    for (int i = 0; i < v.indices().length; i++) {
      sum += v.values()[i] * d[v.indices()[i]];
    }
    return sum;
  }

  /**
   * The distance beyond which a contact is unassigned: the configured one, raised to the (1 - max share)
   * quantile of the distances when more than the allowed share would be left out.
   */
  static double distanceCut(Dataset<Row> assigned, ScenarioSettings s) {
    double[] q = assigned.stat().approxQuantile(DISTANCE, new double[] {1 - s.maxUnassignedShare()}, 0.001);
    return q.length == 0 ? s.maxDistance() : Math.max(s.maxDistance(), q[0]);
  }

  /**
   * The distinctive terms of each query type (class-based TF-IDF): the share of its contacts that use a term times
   * the log inverse share of the family's contacts that do. Returns family, cluster, term, weight, rank and the
   * cluster's number of contacts.
   */
  static Dataset<Row> profiles(Dataset<Row> assigned) {
    Dataset<Row> terms = assigned.select(col(FAMILY), col(CLUSTER), explode(array_distinct(col(TERMS))).as(TERM));
    Dataset<Row> perCluster = assigned.groupBy(FAMILY, CLUSTER).agg(count(lit(1)).as(N_CLUSTER));
    Dataset<Row> perFamily = assigned.groupBy(FAMILY).agg(count(lit(1)).as(N_FAMILY));
    Dataset<Row> familyDf = terms.groupBy(FAMILY, TERM).agg(count(lit(1)).as(DF_FAMILY));
    Dataset<Row> weighted = terms.groupBy(FAMILY, CLUSTER, TERM).agg(count(lit(1)).as(DF_CLUSTER))
        .join(perCluster, new String[] {FAMILY, CLUSTER}).join(familyDf, new String[] {FAMILY, TERM})
        .join(perFamily, FAMILY)
        .withColumn(WEIGHT, col(DF_CLUSTER).divide(col(N_CLUSTER))
            .multiply(log(lit(1).plus(col(N_FAMILY).divide(col(DF_FAMILY))))));
    return weighted.withColumn(RANK, row_number().over(Window.partitionBy(FAMILY, CLUSTER)
            .orderBy(col(WEIGHT).desc(), col(TERM))))
        .where(col(RANK).leq(PROFILE_TERMS))
        .select(FAMILY, CLUSTER, TERM, WEIGHT, RANK, N_CLUSTER, DF_CLUSTER, DF_FAMILY);
  }

  /**
   * The label's terms among a query type's profile: those that both cover its contacts and belong to it, ranked by
   * the harmonic mean of coverage (share of its contacts using the term) and precision (share of the family's
   * contacts using the term that are in it). Class-based TF-IDF alone lets words that run through every query type
   * ("try", "something", "card" in a bank) into the label whenever a query type has few distinctive words.
   */
  static List<String> labelTerms(List<LabelTerm> profile, int n) {
    return profile.stream().sorted(java.util.Comparator.comparingDouble(LabelTerm::distinctiveness).reversed()
        .thenComparing(LabelTerm::term)).limit(n).map(LabelTerm::term).toList();
  }

  /** One profile term with the counts its label score needs. */
  record LabelTerm(String term, long inCluster, long clusterSize, long inFamily) {
    double distinctiveness() {
      double coverage = (double) inCluster / Math.max(1, clusterSize);
      double precision = (double) inCluster / Math.max(1, inFamily);
      return coverage + precision == 0 ? 0 : 2 * coverage * precision / (coverage + precision);
    }
  }
}
