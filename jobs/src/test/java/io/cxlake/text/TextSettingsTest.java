package io.cxlake.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import org.junit.jupiter.api.Test;

/** Bad text settings fail at once and say which key and what is allowed. */
class TextSettingsTest {

  @Test
  void outOfRangeNumbersNameTheirKeys() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TextSettings(0, "m", 4000, 8, "", "", 200, 28));
    assertTrue(e.getMessage().contains("text.lookback-days"), e.getMessage());
  }

  @Test
  void selfTrainingBoundsNameTheirKeys() {
    for (int[] bad : new int[][] {{-1, 28}, {200, 0}}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new TextSettings(7, "m", 4000, 8, "", "", bad[0], bad[1]));
      assertTrue(e.getMessage().contains("text.mood-self-training-min")
          && e.getMessage().contains("text.mood-self-training-days"), e.getMessage());
    }
    // 0 is allowed: the lexicon alone, no model trained
    assertEquals(0, new TextSettings(7, "m", 4000, 8, "", "", 0, 1).selfTrainingMin());
  }

  @Test
  void aMissingMoodModelSaysHowToGetOne() {
    SharedSpark.get();
    String missing = SharedSpark.tempDir("no-model").resolve("absent").toString();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MoodModel.load(missing));
    assertTrue(e.getMessage().contains("text.mood-model") && e.getMessage().contains("train-mood"), e.getMessage());
  }
}
