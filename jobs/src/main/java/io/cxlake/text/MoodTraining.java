package io.cxlake.text;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;

import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import io.cxlake.schema.TableColumns.SilverContactText;
import io.cxlake.schema.TableColumns.SilverTurns;
import io.cxlake.spark.SparkSessions;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code cxlake train-mood --labels FILE.csv --out DIR}: trains the negativity model ({@link MoodModel}) on
 * labelled texts (a CSV with a header; by default columns {@code text} and {@code label}, label 0 = negative),
 * reports accuracy and macro-F1 on a held-out share, and saves the model for {@code text.mood-model}.
 */
public final class MoodTraining {

  /** Labelled texts have no contact date; the analysis wants one. */
  private static final String UNDATED = "1970-01-01";

  private MoodTraining() {}

  /** Accuracy and macro-F1 of negative-vs-not. */
  public record Score(double accuracy, double macroF1, double balancedAccuracy, long n) {
    @Override
    public String toString() {
      return String.format("accuracy %.3f, balanced accuracy %.3f, macro-F1 %.3f over %,d texts", accuracy,
          balancedAccuracy, macroF1, n);
    }
  }

  public static int run(String[] args) {
    Map<String, String> o = new java.util.HashMap<>(Map.of("--text-column", "text", "--label-column", "label",
        "--negative-value", "0", "--test-share", "0.2", "--seed", "7"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!o.containsKey(args[i]) && !args[i].equals("--labels") && !args[i].equals("--out")) {
        throw new IllegalArgumentException("train-mood takes --labels FILE.csv --out DIR [--text-column C "
            + "--label-column C --negative-value V --test-share S --seed N], got " + args[i]);
      }
      o.put(args[i], args[i + 1]);
    }
    if (!o.containsKey("--labels") || !o.containsKey("--out")) {
      throw new IllegalArgumentException("train-mood needs --labels FILE.csv and --out DIR");
    }
    CxConfig config = ConfigLoader.load("local", Map.of());
    SparkSession spark = SparkSessions.create("cxlake-train-mood", config);
    try {
      Dataset<Row> texts = spark.read().option("header", "true").option("multiLine", "true").csv(o.get("--labels"))
          .select(col(o.get("--text-column")).as(SilverTurns.TEXT),
              col(o.get("--label-column")).equalTo(o.get("--negative-value")).cast("double").as(MoodModel.LABEL))
          .where(col(SilverTurns.TEXT).isNotNull());
      Dataset<Row> analysed = analyse(texts, TextSettings.from(config)).cache();
      double test = Double.parseDouble(o.get("--test-share"));
      Dataset<Row>[] split = analysed.randomSplit(new double[] {1 - test, test}, Long.parseLong(o.get("--seed")));
      PipelineModel model = MoodModel.train(split[0]);
      System.out.println("held-out " + score(MoodModel.apply(model, split[1])));
      MoodModel.save(model, o.get("--out"));
      System.out.println("saved to " + o.get("--out") + "; use it with --set text.mood-model=" + o.get("--out"));
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Each labelled text as a one-turn customer contact through the job's own analysis. */
  public static Dataset<Row> analyse(Dataset<Row> texts, TextSettings s) {
    Dataset<Row> contacts = texts.withColumn(SilverContactText.CONTACT_ID, monotonically_increasing_id().cast("string"))
        .withColumn(TextEnrichmentJob.CONTACT_DATE, lit(java.sql.Date.valueOf(UNDATED)))
        .withColumn(TextEnrichmentJob.FINGERPRINT, lit(""))
        .withColumn(ContactTextAnalyzer.TURNS, array(struct(lit(1).as(SilverTurns.TURN_NO),
            lit("customer").as(SilverTurns.SPEAKER), col(SilverTurns.TEXT),
            lit(null).cast("string").as(SilverTurns.LANGUAGE))));
    Dataset<Row> out = TextEnrichmentJob.enrich(contacts.select(SilverContactText.CONTACT_ID,
        TextEnrichmentJob.CONTACT_DATE, TextEnrichmentJob.FINGERPRINT, ContactTextAnalyzer.TURNS),
        Lexicons.load(s.lexiconDir()), s);
    // the label and any other column of the input come back beside the analysis
    return out.join(contacts.drop(SilverTurns.TEXT, TextEnrichmentJob.CONTACT_DATE, TextEnrichmentJob.FINGERPRINT,
        ContactTextAnalyzer.TURNS), SilverContactText.CONTACT_ID);
  }

  /** How well the moods of labelled, analysed texts agree with their labels (negative = angry, ...). */
  public static Score score(Dataset<Row> scored) {
    Row r = scored.select(col(SilverContactText.MOOD).isin(MoodScorer.NEGATIVE.toArray()).cast("double").as("p"),
            col(MoodModel.LABEL).as("y"))
        .selectExpr("sum(p * y) AS tp", "sum(p * (1 - y)) AS fp", "sum((1 - p) * y) AS fn", "sum((1 - p) * (1 - y)) AS tn")
        .head();
    double tp = r.getAs("tp"), fp = r.getAs("fp"), fn = r.getAs("fn"), tn = r.getAs("tn");
    double n = tp + fp + fn + tn;
    double f1 = (2 * tp / (2 * tp + fp + fn) + 2 * tn / (2 * tn + fn + fp)) / 2;
    double balanced = (tp / Math.max(1, tp + fn) + tn / Math.max(1, tn + fp)) / 2;
    return new Score((tp + tn) / n, f1, balanced, (long) n);
  }
}
