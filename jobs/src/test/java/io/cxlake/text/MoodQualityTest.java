package io.cxlake.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Mood on real customer text: the waimai_10k food-delivery reviews (../shared/data, labelled positive/negative)
 * scored negative-vs-not, in their Simplified original and converted to Traditional. The figures are the
 * quality report's (README); the thresholds fail the build if the lexicon or the segmentation regress.
 */
class MoodQualityTest {

  static final Path WAIMAI = Path.of("..", "..", "shared", "data", "waimai_10k", "waimai_10k.csv");
  static final Set<String> NEGATIVE = Set.of("angry", "distrustful", "anxious");
  static final double LEXICON_FLOOR = 0.70;

  /** Accuracy and macro-F1 of negative-vs-not over labelled texts. */
  record Score(double accuracy, double macroF1, int n) {
    @Override
    public String toString() {
      return String.format("accuracy %.3f, macro-F1 %.3f over %d reviews", accuracy, macroF1, n);
    }
  }

  static List<String[]> waimai() throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(WAIMAI, StandardCharsets.UTF_8).stream().skip(1).toList()) {
      int comma = line.indexOf(',');
      rows.add(new String[] {line.substring(0, comma), line.substring(comma + 1).replace("\"", "")});
    }
    return rows;
  }

  static Score score(List<String[]> rows, boolean traditional) {
    ContactTextAnalyzer a = new ContactTextAnalyzer(Lexicons.load(""), TextSettings.defaults());
    int tp = 0, fp = 0, fn = 0, tn = 0;
    for (String[] r : rows) {
      String text = traditional ? ZhConverterUtil.toTraditional(r[1]) : r[1];
      ContactTextAnalyzer.ContactText t = a.analyze(List.of(new ContactTextAnalyzer.TurnIn(1, "customer", text, null)));
      boolean predicted = NEGATIVE.contains(t.mood());
      boolean actual = r[0].equals("0");
      if (predicted && actual) tp++; else if (predicted) fp++; else if (actual) fn++; else tn++;
    }
    double f1neg = 2.0 * tp / (2 * tp + fp + fn);
    double f1pos = 2.0 * tn / (2 * tn + fn + fp);
    return new Score((tp + tn) / (double) rows.size(), (f1neg + f1pos) / 2, rows.size());
  }

  @Test
  void negativeReviewsAreFoundInBothScripts() throws IOException {
    Assumptions.assumeTrue(Files.exists(WAIMAI), "needs ../shared/data beside the clone");
    List<String[]> rows = waimai();
    int stride = Integer.getInteger("waimai.stride", 1); // every n-th review, for a quick look while editing
    List<String[]> all = rows;
    rows = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % stride == 0).mapToObj(all::get).toList();
    long t0 = System.nanoTime();
    Score hans = score(rows, false);
    Score hant = score(rows, true);
    System.out.printf("waimai_10k zh-Hans: %s; zh-Hant: %s (%.1f s)%n", hans, hant, (System.nanoTime() - t0) / 1e9);
    // the lexicon alone: a floor against regressions (figures in the README's quality report)
    assertTrue(hans.accuracy() >= LEXICON_FLOOR, "Simplified accuracy " + hans);
    assertTrue(hant.accuracy() >= LEXICON_FLOOR, "Traditional accuracy " + hant);
    assertTrue(Math.abs(hans.accuracy() - hant.accuracy()) <= 0.02, hans + " vs " + hant);
  }
}
