package io.cxlake.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.ConfigLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad scores.* settings fail with the key and what is allowed. */
class ScoreSettingsTest {

  private static String failure(Map<String, String> settings) {
    return assertThrows(IllegalArgumentException.class,
        () -> ScoreSettings.from(ConfigLoader.load("local", settings))).getMessage();
  }

  @Test
  void badSettingsNameTheKeyAndTheFix() {
    Map<String, String> cases = Map.of(
        "scores.lookback-days=7", "scores.lookback-days at least one more",
        "scores.wait-targets=voice=20", "chat is missing",
        "scores.wait-targets=voice=fast,chat=30,walk_in=600,email=86400,social=3600", "the target of voice must be a positive",
        "scores.wait-targets=fax=20", "channel=seconds pairs",
        "scores.region-target-channels=voice,fax", "unknown channel 'fax'",
        "scores.model-answer-min-score=120", "between 0 and 100",
        "scores.qa-sample-share=0", "scores.qa-sample-share must lie in (0, 1]");
    cases.forEach((setting, message) -> {
      String[] kv = setting.split("=", 2);
      String m = failure(Map.of(kv[0], kv[1]));
      assertTrue(m.contains(message), setting + ": " + m + " should say " + message);
    });
  }

  @Test
  void theDefaultsAreValid() {
    ScoreSettings s = ScoreSettings.from(ConfigLoader.load("local", Map.of()));
    assertEquals(8, s.lookbackDays());
    assertEquals(7, s.resolutionDays());
    assertEquals(20.0, s.waitTargets().get("voice"));
    assertEquals(4, ScoreSettings.rubrics(ConfigLoader.load("local", Map.of())).size());
  }
}
