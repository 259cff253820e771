package io.cxlake.text;

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
  void aMissingMoodModelSaysHowToGetOne() {
    SharedSpark.get();
    String missing = SharedSpark.tempDir("no-model").resolve("absent").toString();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MoodModel.load(missing));
    assertTrue(e.getMessage().contains("text.mood-model") && e.getMessage().contains("train-mood"), e.getMessage());
  }
}
