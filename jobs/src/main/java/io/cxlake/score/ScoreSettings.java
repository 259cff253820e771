package io.cxlake.score;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import io.cxlake.config.JsonConfigFile;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scores job's settings (keys scores.*), validated once on the driver. */
public record ScoreSettings(int lookbackDays, int resolutionDays, int normDays, int normMinContacts,
                            Map<String, Double> waitTargets, List<String> regionTargetChannels, int qaWindowDays,
                            int modelAnswers, double modelAnswerMinScore, double qaSampleShare,
                            double qaSampleMinPerScenario, double lowScoreWeight, double riskWeight)
    implements Serializable {

  public ScoreSettings {
    if (resolutionDays < 1 || lookbackDays < resolutionDays + 1) {
      throw new IllegalArgumentException("scores.resolution-days must be at least 1 and scores.lookback-days at least "
          + "one more (a contact is re-scored until its resolution is final); got " + resolutionDays + " and "
          + lookbackDays);
    }
    if (normDays < 1 || normMinContacts < 1 || qaWindowDays < 1 || modelAnswers < 0) {
      throw new IllegalArgumentException("scores.norm-days, scores.norm-min-contacts and scores.qa-window-days must be "
          + "at least 1, scores.model-answers at least 0");
    }
    if (modelAnswerMinScore < 0 || modelAnswerMinScore > 100) {
      throw new IllegalArgumentException("scores.model-answer-min-score is a score between 0 and 100, got "
          + modelAnswerMinScore);
    }
    if (qaSampleShare <= 0 || qaSampleShare > 1 || qaSampleMinPerScenario < 0 || lowScoreWeight < 0 || riskWeight < 0) {
      throw new IllegalArgumentException("scores.qa-sample-share must lie in (0, 1]; scores.qa-sample-min-per-scenario, "
          + "scores.qa-sample-low-score-weight and scores.qa-sample-risk-weight must be at least 0");
    }
    for (String ch : new java.util.TreeSet<>(Rubric.CHANNELS)) {
      if (!waitTargets.containsKey(ch)) {
        throw new IllegalArgumentException("scores.wait-targets needs a target for every channel "
            + new java.util.TreeSet<>(Rubric.CHANNELS) + "; " + ch + " is missing");
      }
    }
  }

  public static ScoreSettings from(CxConfig c) {
    return new ScoreSettings(c.getInt(ConfigKey.SCORES_LOOKBACK_DAYS), c.getInt(ConfigKey.SCORES_RESOLUTION_DAYS),
        c.getInt(ConfigKey.SCORES_NORM_DAYS), c.getInt(ConfigKey.SCORES_NORM_MIN_CONTACTS),
        targets(c.get(ConfigKey.SCORES_WAIT_TARGETS)), channels(c.get(ConfigKey.SCORES_REGION_TARGET_CHANNELS)),
        c.getInt(ConfigKey.SCORES_QA_WINDOW_DAYS), c.getInt(ConfigKey.SCORES_MODEL_ANSWERS),
        c.getDouble(ConfigKey.SCORES_MODEL_ANSWER_MIN_SCORE), c.getDouble(ConfigKey.SCORES_QA_SAMPLE_SHARE),
        c.getDouble(ConfigKey.SCORES_QA_SAMPLE_MIN_PER_SCENARIO), c.getDouble(ConfigKey.SCORES_QA_SAMPLE_LOW_SCORE_WEIGHT),
        c.getDouble(ConfigKey.SCORES_QA_SAMPLE_RISK_WEIGHT));
  }

  /** The rubrics the configuration names, validated. */
  public static List<Rubric> rubrics(CxConfig c) {
    return Rubric.load(c.get(ConfigKey.SCORES_RUBRIC_DIR), JsonConfigFile.commaList(c.get(ConfigKey.SCORES_RUBRIC_FILES)));
  }

  static Map<String, Double> targets(String setting) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String pair : JsonConfigFile.commaList(setting)) {
      String[] kv = pair.split("=", -1);
      if (kv.length != 2 || !Rubric.CHANNELS.contains(kv[0].strip())) {
        throw new IllegalArgumentException("scores.wait-targets must be channel=seconds pairs with channels from "
            + Rubric.CHANNELS + ", e.g. voice=20,email=86400; got '" + pair + "'");
      }
      try {
        double v = Double.parseDouble(kv[1].strip());
        if (v <= 0) {
          throw new NumberFormatException();
        }
        out.put(kv[0].strip(), v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("scores.wait-targets: the target of " + kv[0].strip()
            + " must be a positive number of seconds, got '" + kv[1] + "'");
      }
    }
    return out;
  }

  private static List<String> channels(String setting) {
    List<String> out = JsonConfigFile.commaList(setting);
    out.stream().filter(ch -> !Rubric.CHANNELS.contains(ch)).findFirst().ifPresent(ch -> {
      throw new IllegalArgumentException("scores.region-target-channels: unknown channel '" + ch + "'; channels are "
          + Rubric.CHANNELS);
    });
    return out;
  }
}
