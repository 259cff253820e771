package io.cxlake.tolerance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.ConfigLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad tolerance settings fail at start with a message that says what is allowed. */
class ToleranceSettingsTest {

  private static String error(String key, String value) {
    return assertThrows(IllegalArgumentException.class,
        () -> ToleranceSettings.from(ConfigLoader.load("local", Map.of(key, value)))).getMessage();
  }

  @Test
  void theDefaultsParse() {
    ToleranceSettings s = ToleranceSettings.from(ConfigLoader.load("local", Map.of()));
    assertEquals(List.of("region", "channel", "priority", "tod_band"), s.groupBy());
    assertEquals(0.05, s.targetAbandonShare(), 1e-12);
    assertEquals(4, s.todBands().size());
  }

  @Test
  void badValuesAreRejectedWithWhatIsAllowed() {
    assertTrue(error("tolerance.group-by", "channel").contains("must contain region"));
    assertTrue(error("tolerance.group-by", "region,agent").contains("[region, channel, priority, tod_band]"));
    assertTrue(error("tolerance.staffing-interval-minutes", "7").contains("must divide 1440"));
    assertTrue(error("tolerance.target-abandon-percent", "120").contains("between 0 and 100"));
    assertTrue(error("tolerance.short-abandons", "drop").contains("exclude, censor or keep"));
    assertTrue(error("tolerance.time-zones", "Taipei=Asia/Taipei").contains("default entry *=Zone"));
    assertTrue(error("tolerance.tod-bands", "day:0-12,night:13-24").contains("without gaps"));
    assertTrue(error("tolerance.min-group-size", "0").contains("must be positive"));
    assertTrue(error("tolerance.time-zones", "*=Mars/Olympus").contains("unknown zone 'Mars/Olympus'"));
  }
}
