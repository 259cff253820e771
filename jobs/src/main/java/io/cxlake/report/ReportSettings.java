package io.cxlake.report;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports' settings: where they go, which languages each region reads, and how many customers to call back.
 *
 * @param languages region to language tags, "*" for every region not named
 * @param todBands  the tolerance job's time-of-day bands, in their configured order
 * @param minGroupSize the tolerance job's minimum of waiting contacts for a profile, to say why a figure is missing
 */
public record ReportSettings(String root, Map<String, List<String>> languages, int callBack, List<String> todBands,
                             int minGroupSize) {

  public static final String EVERY_REGION = "*";

  public static ReportSettings from(CxConfig c) {
    int callBack;
    try {
      callBack = Integer.parseInt(c.get(ConfigKey.REPORTS_CALL_BACK).strip());
    } catch (NumberFormatException e) {
      callBack = -1;
    }
    if (callBack < 0) {
      throw new IllegalArgumentException(ConfigKey.REPORTS_CALL_BACK.key() + " must be a whole number >= 0, got '"
          + c.get(ConfigKey.REPORTS_CALL_BACK) + "'");
    }
    // the time-of-day bands in the order the tolerance job was configured with (name:from-to,...)
    List<String> bands = java.util.Arrays.stream(c.get(ConfigKey.TOLERANCE_TOD_BANDS).split(","))
        .map(b -> b.split(":")[0].strip()).toList();
    return new ReportSettings(c.location(ConfigKey.REPORTS_ROOT), languages(c.get(ConfigKey.REPORTS_LANGUAGES)), callBack,
        bands, c.getInt(ConfigKey.TOLERANCE_MIN_GROUP_SIZE));
  }

  /** Parses {@code region:tag|tag,...}; every tag must have a message bundle. */
  static Map<String, List<String>> languages(String value) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String entry : value.split(",")) {
      int colon = entry.lastIndexOf(':');
      if (colon <= 0 || colon == entry.length() - 1) {
        throw new IllegalArgumentException(ConfigKey.REPORTS_LANGUAGES.key() + ": '" + entry.strip()
            + "' is not region:language|language (e.g. *:zh-TW|en); languages with a bundle: " + Messages.LANGUAGES);
      }
      List<String> tags = new ArrayList<>();
      for (String tag : entry.substring(colon + 1).split("\\|")) {
        if (!Messages.LANGUAGES.contains(tag.strip())) {
          throw new IllegalArgumentException(ConfigKey.REPORTS_LANGUAGES.key() + ": no message bundle for '"
              + tag.strip() + "'; languages with a bundle: " + Messages.LANGUAGES);
        }
        tags.add(tag.strip());
      }
      out.put(entry.substring(0, colon).strip(), List.copyOf(tags));
    }
    if (!out.containsKey(EVERY_REGION)) {
      out.put(EVERY_REGION, List.of("en"));
    }
    return out;
  }

  /** The languages of a region's report, the first being its main one. */
  public List<String> languagesOf(String region) {
    return languages.getOrDefault(region, languages.get(EVERY_REGION));
  }

  /** Every language some report is written in, for the overview. */
  public List<String> allLanguages() {
    return languages.values().stream().flatMap(List::stream).distinct().toList();
  }
}
