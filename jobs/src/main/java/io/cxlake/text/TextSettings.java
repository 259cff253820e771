package io.cxlake.text;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import java.io.Serializable;

/** The text job's settings, read once on the driver and shipped to the executors with the task. */
public record TextSettings(int lookbackDays, String segmenterModel, int maxTurnChars, int keyPhrases, String lexiconDir,
                    String moodModel, int selfTrainingMin, int selfTrainingDays) implements Serializable {

  public TextSettings {
    if (lookbackDays < 1 || maxTurnChars < 1 || keyPhrases < 0) {
      throw new IllegalArgumentException("text.lookback-days and text.max-turn-chars must be at least 1, "
          + "text.key-phrases at least 0; got " + lookbackDays + ", " + maxTurnChars + ", " + keyPhrases);
    }
    if (selfTrainingMin < 0 || selfTrainingDays < 1) {
      throw new IllegalArgumentException("text.mood-self-training-min must be at least 0 (0: the lexicon alone) and "
          + "text.mood-self-training-days at least 1; got " + selfTrainingMin + " and " + selfTrainingDays);
    }
  }

  static TextSettings from(CxConfig c) {
    return new TextSettings(c.getInt(ConfigKey.TEXT_LOOKBACK_DAYS), c.get(ConfigKey.TEXT_SEGMENTER_MODEL),
        c.getInt(ConfigKey.TEXT_MAX_TURN_CHARS), c.getInt(ConfigKey.TEXT_KEY_PHRASES),
        c.get(ConfigKey.TEXT_LEXICON_DIR), c.get(ConfigKey.TEXT_MOOD_MODEL),
        c.getInt(ConfigKey.TEXT_MOOD_SELF_TRAINING_MIN), c.getInt(ConfigKey.TEXT_MOOD_SELF_TRAINING_DAYS));
  }

  /** Defaults, for tests and benchmarks that have no configuration file. */
  public static TextSettings defaults() {
    return new TextSettings(7, ConfigKey.TEXT_SEGMENTER_MODEL.defaultValue(), 4000, 8, "", "",
        Integer.parseInt(ConfigKey.TEXT_MOOD_SELF_TRAINING_MIN.defaultValue()),
        Integer.parseInt(ConfigKey.TEXT_MOOD_SELF_TRAINING_DAYS.defaultValue()));
  }
}
