package io.cxlake.text;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.TableColumns.SilverContactText;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * An optional negativity model, trained with MLlib on a centre's own labelled texts (CSAT comments with their
 * ratings, QA-labelled contacts; {@code cxlake train-mood}), for the many complaints that carry no mood word
 * ("the rice was cold", "two hours for a delivery"). Its features are what the text job already computes:
 * normalised terms, term pairs and the lexicon's evidence (so negation is in them). When {@code text.mood-model}
 * names a saved model, it decides whether a contact is negative and the lexicon names the mood: a negative
 * contact without a lexicon mood is angry (dissatisfied), a contact the model finds not negative is calm.
 */
public final class MoodModel {

  public static final String PROBABILITY = "negative_probability";
  static final String LABEL = "negative_label";
  private static final String WORDS = "mood_words";
  // the pipeline's intermediate columns, and the class probabilities LogisticRegression adds
  private static final String TERM_PAIRS = "term_pairs";
  private static final String TF = "tf";
  private static final String TFIDF = "tfidf";
  private static final String CLASS_PROBABILITIES = "probability";
  private static final int FEATURES = 1 << 18;

  private MoodModel() {}

  /** L-BFGS iterations of a model trained on labels (train-mood): run once, so run to convergence. */
  private static final int LABELLED_ITERATIONS = 100;
  /**
   * L-BFGS iterations of the nightly self-trained model: each is a Spark job (about 80 ms on a small night), and
   * its labels are the lexicon's guesses, which more iterations only fit more closely.
   */
  static final int SELF_TRAINING_ITERATIONS = 25;

  /** TF-IDF over terms, term pairs and lexicon evidence, then logistic regression. */
  public static PipelineModel train(Dataset<Row> analysed) {
    return train(analysed, LABELLED_ITERATIONS);
  }

  static PipelineModel train(Dataset<Row> analysed, int iterations) {
    PipelineStage[] stages = {
        new NGram().setN(2).setInputCol(SilverContactText.TERMS).setOutputCol(TERM_PAIRS),
        new SQLTransformer().setStatement(
            "SELECT *, concat(terms, term_pairs, mood_evidence) AS " + WORDS + " FROM __THIS__"),
        new HashingTF().setInputCol(WORDS).setOutputCol(TF).setNumFeatures(FEATURES),
        new IDF().setInputCol(TF).setOutputCol(TFIDF).setMinDocFreq(2),
        new LogisticRegression().setFeaturesCol(TFIDF).setLabelCol(LABEL).setRegParam(0.02)
            .setElasticNetParam(0.0).setMaxIter(iterations)};
    return new Pipeline().setStages(stages).fit(analysed);
  }

  /** Clear positive evidence: a sentiment above this counts as "not negative" for self-training. */
  static final double SURE_POSITIVE = 0.2;

  /**
   * The texts the lexicon is sure of, labelled by it: negative evidence outweighing positive (sentiment below 0) is
   * negative, clear positive evidence (above {@value #SURE_POSITIVE}) is not; texts without evidence are left out.
   * A model trained on these learns the centre's own words for a bad experience, which no shipped lexicon lists
   * ("the rice was cold"), from the centre's unlabelled texts: on waimai_10k's reviews, labels unused, accuracy
   * 0.72 with the lexicon alone and 0.85 with the model (MoodQualityTest).
   */
  public static Dataset<Row> pseudoLabelled(Dataset<Row> analysed) {
    Column sentiment = col(SilverContactText.SENTIMENT);
    return analysed.where(sentiment.lt(0).or(sentiment.gt(SURE_POSITIVE)))
        .withColumn(LABEL, sentiment.lt(0).cast("double"));
  }

  public static void save(PipelineModel model, String path) {
    try {
      model.write().overwrite().save(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the mood model to " + path, e);
    }
  }

  public static PipelineModel load(String path) {
    try {
      return PipelineModel.load(path);
    } catch (Exception e) { // Hadoop's IOExceptions arrive undeclared through Scala
      throw new IllegalArgumentException("text.mood-model: no mood model can be read at " + path + " ("
          + e.getMessage() + "); train one with 'cxlake train-mood', or leave the key blank for the lexicon alone", e);
    }
  }

  /** Adds the model's probability that the contact is negative, and settles the mood with it. */
  public static Dataset<Row> apply(PipelineModel model, Dataset<Row> enriched) {
    String[] keep = enriched.columns();
    Dataset<Row> scored = model.transform(enriched)
        .withColumn(PROBABILITY, functions.vector_to_array(col(CLASS_PROBABILITIES), "float64").getItem(1));
    Column p = col(PROBABILITY);
    Column negativeMood = col(SilverContactText.MOOD).isin(MoodScorer.NEGATIVE.toArray());
    Column mood = when(col(SilverContactText.MOOD).isNull(), lit(null))
        .when(p.geq(0.5).and(org.apache.spark.sql.functions.not(negativeMood)), lit("angry"))
        .when(p.lt(0.5).and(negativeMood), lit(MoodScorer.CALM))
        .otherwise(col(SilverContactText.MOOD));
    Column[] out = new Column[keep.length + 1];
    for (int i = 0; i < keep.length; i++) {
      out[i] = keep[i].equals(SilverContactText.MOOD) ? mood.as(SilverContactText.MOOD) : col(keep[i]);
    }
    out[keep.length] = when(col(SilverContactText.MOOD).isNull(), lit(null)).otherwise(p).as(PROBABILITY);
    return scored.select(out);
  }
}
