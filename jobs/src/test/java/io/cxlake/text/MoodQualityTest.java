package io.cxlake.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.cxlake.testing.SharedSpark;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Mood on real customer text: the waimai_10k food-delivery reviews (../shared/data, labelled positive/negative)
 * scored negative-vs-not, in their Simplified original and converted to Traditional. The figures are the
 * quality report's (README); the thresholds fail the build if the lexicon or the segmentation regress.
 */
class MoodQualityTest {

  static final Path WAIMAI = Path.of("..", "..", "shared", "data", "waimai_10k", "waimai_10k.csv");
  static final double LEXICON_FLOOR = 0.70;

  static List<String[]> waimai() throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(WAIMAI, StandardCharsets.UTF_8).stream().skip(1).toList()) {
      int comma = line.indexOf(',');
      rows.add(new String[] {line.substring(0, comma), line.substring(comma + 1).replace("\"", "")});
    }
    return rows;
  }

  /** The text job's default verdict on these texts: the night's self-trained model, no label read. */
  private static Dataset<Row> selfTrained(Dataset<Row> analysed) {
    TextEnrichmentJob.MoodVerdict v = TextEnrichmentJob.withMoodModel(analysed, TextSettings.defaults(),
        analysed.limit(0));
    System.out.println("self-training: " + v.note());
    return v.rows();
  }

  /**
   * The lexicon over the whole file in both scripts, and the trained model (train-mood): trained on four fifths
   * of the reviews (Simplified), scored on the held-out fifth in both scripts. The model is the goal:
   * accuracy at least 0.85, the two scripts within 2 points.
   */
  @Test
  void negativeReviewsAreFoundInBothScripts() throws IOException {
    Assumptions.assumeTrue(Files.exists(WAIMAI), "needs ../shared/data beside the clone");
    SparkSession spark = SharedSpark.get();
    List<String[]> rows = waimai();
    List<Row> simplified = new ArrayList<>();
    List<Row> traditional = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      double negative = rows.get(i)[0].equals("0") ? 1 : 0;
      simplified.add(RowFactory.create(rows.get(i)[1], negative, i % 5));
      traditional.add(RowFactory.create(ZhConverterUtil.toTraditional(rows.get(i)[1]), negative, i % 5));
    }
    StructType schema = new StructType().add("text", "string").add(MoodModel.LABEL, "double").add("fold", "int");
    Dataset<Row> hansAll = MoodTraining.analyse(spark.createDataFrame(simplified, schema), TextSettings.defaults())
        .cache();
    Dataset<Row> hantAll = MoodTraining.analyse(spark.createDataFrame(traditional, schema), TextSettings.defaults())
        .cache();
    MoodTraining.Score lexHans = MoodTraining.score(hansAll);
    MoodTraining.Score lexHant = MoodTraining.score(hantAll);
    // the shipped default: no model configured, so the night trains one on what the lexicon is sure of among the
    // texts themselves (labels unused), each script on its own texts
    MoodTraining.Score selfHans = MoodTraining.score(selfTrained(hansAll));
    MoodTraining.Score selfHant = MoodTraining.score(selfTrained(hantAll));
    PipelineModel model = MoodModel.train(hansAll.where("fold <> 0"));
    MoodTraining.Score hans = MoodTraining.score(MoodModel.apply(model, hansAll.where("fold = 0")));
    MoodTraining.Score hant = MoodTraining.score(MoodModel.apply(model, hantAll.where("fold = 0")));
    hansAll.unpersist();
    hantAll.unpersist();
    System.out.printf("waimai_10k lexicon: zh-Hans %s; zh-Hant %s%n", lexHans, lexHant);
    System.out.printf("waimai_10k held-out fifth, lexicon + trained model: zh-Hans %s; zh-Hant %s%n", hans, hant);
    System.out.printf("waimai_10k shipped default (self-trained, no labels): zh-Hans %s; zh-Hant %s%n", selfHans,
        selfHant);
    assertTrue(selfHans.accuracy() >= 0.85 && selfHant.accuracy() >= 0.85, selfHans + " / " + selfHant);
    assertTrue(selfHans.balancedAccuracy() >= 0.80 && selfHant.balancedAccuracy() >= 0.80, selfHans + " / " + selfHant);
    assertTrue(Math.abs(selfHans.accuracy() - selfHant.accuracy()) <= 0.01, selfHans + " vs " + selfHant);
    // the lexicon alone: a floor against regressions (figures in the README's quality report)
    assertTrue(lexHans.accuracy() >= LEXICON_FLOOR && lexHant.accuracy() >= LEXICON_FLOOR, lexHans + " / " + lexHant);
    assertTrue(Math.abs(lexHans.accuracy() - lexHant.accuracy()) <= 0.02, lexHans + " vs " + lexHant);
    assertTrue(hans.accuracy() >= 0.85, "Simplified " + hans);
    assertTrue(hant.accuracy() >= 0.85, "Traditional " + hant);
    assertTrue(Math.abs(hans.accuracy() - hant.accuracy()) <= 0.02, hans + " vs " + hant);
  }
}
