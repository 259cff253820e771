package io.cxlake.tolerance;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wait-tolerance job's settings, parsed and checked once. */
public record ToleranceSettings(int windowDays, List<String> groupBy, List<String> queuedChannels, int shortAbandonSeconds,
                         ShortAbandons shortAbandons, int minGroupSize, int hazardBinSeconds, double targetAbandonShare,
                         double serviceLevel, int intervalMinutes, Map<String, String> timeZones,
                         List<Band> todBands) implements Serializable {

  /** What becomes of abandons shorter than {@link #shortAbandonSeconds}: mis-dials, mostly. */
  enum ShortAbandons { EXCLUDE, CENSOR, KEEP }

  /** A time-of-day band: local hours [from, to). */
  record Band(String name, int from, int to) implements Serializable {}

  static final List<String> GROUPABLE = List.of(ToleranceColumns.REGION, ToleranceColumns.CHANNEL,
      ToleranceColumns.PRIORITY, ToleranceColumns.TOD_BAND);
  static final String OTHER_REGIONS = "*";

  static ToleranceSettings from(CxConfig c) {
    List<String> groupBy = list(c.get(ConfigKey.TOLERANCE_GROUP_BY));
    if (!groupBy.contains(ToleranceColumns.REGION) || !GROUPABLE.containsAll(groupBy)) {
      throw new IllegalArgumentException("tolerance.group-by must contain region and only " + GROUPABLE + ", got "
          + groupBy);
    }
    int interval = c.getInt(ConfigKey.TOLERANCE_STAFFING_INTERVAL_MINUTES);
    if (interval <= 0 || 1440 % interval != 0) {
      throw new IllegalArgumentException("tolerance.staffing-interval-minutes must divide 1440, got " + interval);
    }
    return new ToleranceSettings(positive(c, ConfigKey.TOLERANCE_WINDOW_DAYS), groupBy,
        list(c.get(ConfigKey.TOLERANCE_QUEUED_CHANNELS)), c.getInt(ConfigKey.TOLERANCE_SHORT_ABANDON_SECONDS),
        shortAbandons(c.get(ConfigKey.TOLERANCE_SHORT_ABANDONS)), positive(c, ConfigKey.TOLERANCE_MIN_GROUP_SIZE),
        positive(c, ConfigKey.TOLERANCE_HAZARD_BIN_SECONDS),
        percent(c, ConfigKey.TOLERANCE_TARGET_ABANDON_PERCENT), percent(c, ConfigKey.TOLERANCE_SERVICE_LEVEL_PERCENT),
        interval, timeZones(c.get(ConfigKey.TOLERANCE_TIME_ZONES)), bands(c.get(ConfigKey.TOLERANCE_TOD_BANDS)));
  }

  private static List<String> list(String v) {
    return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static int positive(CxConfig c, ConfigKey k) {
    int v = c.getInt(k);
    if (v <= 0) {
      throw new IllegalArgumentException(k.key() + " must be positive, got " + v);
    }
    return v;
  }

  private static double percent(CxConfig c, ConfigKey k) {
    double v = c.getDouble(k);
    if (v <= 0 || v >= 100) {
      throw new IllegalArgumentException(k.key() + " is a percentage between 0 and 100 (exclusive), got " + v);
    }
    return v / 100;
  }

  private static ShortAbandons shortAbandons(String v) {
    try {
      return ShortAbandons.valueOf(v.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("tolerance.short-abandons must be exclude, censor or keep, got '" + v + "'");
    }
  }

  public static Map<String, String> timeZones(String v) {
    Map<String, String> zones = new LinkedHashMap<>();
    for (String entry : list(v)) {
      String[] kv = entry.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("tolerance.time-zones entries are Region=Zone, got '" + entry + "'");
      }
      try {
        zones.put(kv[0].trim(), java.time.ZoneId.of(kv[1].trim()).getId());
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("tolerance.time-zones: unknown zone '" + kv[1].trim()
            + "' (use IANA names such as Asia/Taipei)");
      }
    }
    if (!zones.containsKey(OTHER_REGIONS)) {
      throw new IllegalArgumentException("tolerance.time-zones needs a default entry *=Zone, got '" + v + "'");
    }
    return zones;
  }

  static List<Band> bands(String v) {
    List<Band> out = list(v).stream().map(b -> {
      String[] nameRange = b.split(":", 2);
      String[] range = nameRange.length == 2 ? nameRange[1].split("-", 2) : new String[0];
      if (range.length != 2) {
        throw new IllegalArgumentException("tolerance.tod-bands entries are name:from-to, got '" + b + "'");
      }
      return new Band(nameRange[0].trim(), Integer.parseInt(range[0].trim()), Integer.parseInt(range[1].trim()));
    }).toList();
    int expected = 0;
    for (Band b : out) {
      if (b.from() != expected || b.to() <= b.from()) {
        throw new IllegalArgumentException("tolerance.tod-bands must cover hours 0-24 in order without gaps, got '"
            + v + "'");
      }
      expected = b.to();
    }
    if (expected != 24) {
      throw new IllegalArgumentException("tolerance.tod-bands must end at 24, got '" + v + "'");
    }
    return out;
  }
}
