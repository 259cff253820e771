package io.cxlake.churn;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import java.io.Serializable;

/** The churn job's settings (keys churn.*), validated once on the driver. */
public record ChurnSettings(int featureDays, int horizonDays, int trainSnapshots, int snapshotStepDays,
                            int minPositives, double highBand, double mediumBand, int reasons, int localFitRows,
                            int activeDays)
    implements Serializable {

  public ChurnSettings {
    if (featureDays < 8 || horizonDays < 1 || trainSnapshots < 1 || snapshotStepDays < 1 || minPositives < 1) {
      throw new IllegalArgumentException("churn.feature-days must be at least 8 (a last week and earlier weeks), "
          + "churn.horizon-days, churn.train-snapshots, churn.snapshot-step-days and churn.min-positives at least 1");
    }
    if (!(0 < mediumBand && mediumBand < highBand && highBand < 1)) {
      throw new IllegalArgumentException("churn.medium-band and churn.high-band are risks with 0 < medium < high < 1; "
          + "got " + mediumBand + " and " + highBand);
    }
    if (activeDays < featureDays) {
      throw new IllegalArgumentException("churn.active-days must be at least churn.feature-days (" + featureDays
          + "): a customer who contacted in the feature window is active; got " + activeDays);
    }
    if (reasons < 1 || localFitRows < 0) {
      throw new IllegalArgumentException("churn.reasons must be at least 1 and churn.local-fit-max-rows at least 0; got "
          + reasons + " and " + localFitRows);
    }
  }

  public static ChurnSettings from(CxConfig c) {
    return new ChurnSettings(c.getInt(ConfigKey.CHURN_FEATURE_DAYS), c.getInt(ConfigKey.CHURN_HORIZON_DAYS),
        c.getInt(ConfigKey.CHURN_TRAIN_SNAPSHOTS), c.getInt(ConfigKey.CHURN_SNAPSHOT_STEP_DAYS),
        c.getInt(ConfigKey.CHURN_MIN_POSITIVES), c.getDouble(ConfigKey.CHURN_HIGH_BAND),
        c.getDouble(ConfigKey.CHURN_MEDIUM_BAND), c.getInt(ConfigKey.CHURN_REASONS),
        c.getInt(ConfigKey.CHURN_LOCAL_FIT_ROWS), c.getInt(ConfigKey.CHURN_ACTIVE_DAYS));
  }

  /** The as-of date the model is tested on: the latest whose horizon has passed by the run date. */
  java.time.LocalDate testAsOf(java.time.LocalDate day) {
    return day.minusDays(horizonDays);
  }

  /** Training as-of dates, latest first; their horizons end before the test as-of date, so no label overlaps it. */
  java.util.List<java.time.LocalDate> trainAsOf(java.time.LocalDate day) {
    java.util.List<java.time.LocalDate> out = new java.util.ArrayList<>();
    java.time.LocalDate latest = testAsOf(day).minusDays(horizonDays);
    for (int k = 0; k < trainSnapshots; k++) {
      out.add(latest.minusDays((long) k * snapshotStepDays));
    }
    return out;
  }
}
