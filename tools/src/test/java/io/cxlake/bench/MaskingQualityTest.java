package io.cxlake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.generate.PiiCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #25's goal on the planted set: recall at least 99 %, at most 1 % of ordinary digits masked, per script. */
class MaskingQualityTest {

  @Test
  void everyScriptMasksAtLeast99PercentAndAtMost1PercentOfOrdinaryDigits() {
    List<PiiCorpus.Sample> samples = PiiCorpus.generate(1500, 7L);
    assertEquals(3 * 1500, samples.size());
    assertTrue(samples.stream().map(PiiCorpus.Sample::form).distinct().count() == PiiCorpus.forms().size(),
        "every form is planted");
    List<MaskingBenchmark.Score> scores = MaskingBenchmark.score(samples);
    assertEquals(PiiCorpus.SCRIPTS, scores.stream().map(MaskingBenchmark.Score::script).toList());
    for (MaskingBenchmark.Score s : scores) {
      assertTrue(s.recall() >= 0.99, s.script() + ": recall " + s.recall() + ", missed " + s.missedByForm()
          + " e.g. " + s.examples());
      assertTrue(s.falsePositiveRate() <= 0.01, s.script() + ": false positives " + s.falsePositiveRate() + " e.g. "
          + s.examples());
      assertTrue(s.ordinaryDigits() > 10_000, "the ordinary numbers are a real test");
    }
  }

  @Test
  void theScoreCountsWhatIsMissedAndWhatIsOverMasked() {
    PiiCorpus.Sample missed = new PiiCorpus.Sample("en", "x", "code 12 ab 34 and 5678", "12 ab 34", List.of("5678"));
    PiiCorpus.Sample overMasked = new PiiCorpus.Sample("en", "x", "call 0912-345-678", "nothing",
        List.of("0912-345-678"));
    MaskingBenchmark.Score s = MaskingBenchmark.score(List.of(missed, overMasked)).get(2);
    assertEquals(1, s.missed());
    assertEquals(14, s.ordinaryDigits());
    assertEquals(10, s.ordinaryDigitsMasked());
  }
}
