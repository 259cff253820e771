package io.cxlake.need;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import java.io.Serializable;

/** The needs job's settings (keys needs.*), validated once on the driver. */
public record NeedSettings(int windowDays, int followDays, double minSupport, int minFollowed, double minLift,
                           int repeatDays, int examples) implements Serializable {

  public NeedSettings {
    if (followDays < 1 || windowDays < 2 * followDays) {
      throw new IllegalArgumentException("needs.follow-days must be at least 1 and needs.window-days at least twice "
          + "as long (patterns are measured on first contacts whose follow-up time has passed); got " + followDays
          + " and " + windowDays);
    }
    if (minSupport <= 0 || minSupport >= 1) {
      throw new IllegalArgumentException("needs.min-support is a share of customer sequences in (0, 1), got "
          + minSupport);
    }
    if (minFollowed < 1 || minLift <= 0 || repeatDays < 1 || examples < 1) {
      throw new IllegalArgumentException("needs.min-followed and needs.repeat-days must be at least 1, needs.min-lift "
          + "above 0 and needs.examples at least 1");
    }
  }

  public static NeedSettings from(CxConfig c) {
    return new NeedSettings(c.getInt(ConfigKey.NEEDS_WINDOW_DAYS), c.getInt(ConfigKey.NEEDS_FOLLOW_DAYS),
        c.getDouble(ConfigKey.NEEDS_MIN_SUPPORT), c.getInt(ConfigKey.NEEDS_MIN_FOLLOWED),
        c.getDouble(ConfigKey.NEEDS_MIN_LIFT), c.getInt(ConfigKey.NEEDS_REPEAT_DAYS), c.getInt(ConfigKey.NEEDS_EXAMPLES));
  }
}
