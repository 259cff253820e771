package io.cxlake.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxlake.config.ConfigKey;
import io.cxlake.config.JsonConfigFile;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A service contract (per client or line of business) as measurable indicators, read from a JSON file in
 * {@code conf/contracts/} and validated on load: every problem is reported with the file and the indicator.
 */
public record Contract(String name, String description, List<String> regions, List<Indicator> indicators,
                       List<Service> services) implements Serializable {

  /** What an indicator measures; rates lie between 0 and 1, averages are in seconds. */
  public enum Metric {
    SERVICE_LEVEL(true, true, false), ABANDONMENT_RATE(true, false, false), REPLY_WITHIN(true, true, false),
    FIRST_CONTACT_RESOLUTION(true, false, true), AVERAGE_HANDLE_SECONDS(false, false, false),
    AVERAGE_WAIT_SECONDS(false, false, false);

    final boolean rate;
    final boolean needsThreshold;
    final boolean needsRepeatDays;

    Metric(boolean rate, boolean needsThreshold, boolean needsRepeatDays) {
      this.rate = rate;
      this.needsThreshold = needsThreshold;
      this.needsRepeatDays = needsRepeatDays;
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One promise: e.g. service_level of voice within 20 s at least 0.80. */
  public record Indicator(String name, Metric metric, List<String> channels, Double thresholdSeconds,
                          Integer repeatDays, double target, boolean atLeast) implements Serializable {}

  /**
   * A service the contract offers, named by the terms of the needs it covers (matched against the query types' top
   * terms, Chinese in either script): a need no service covers is a latent need (issue #6).
   */
  public record Service(String name, List<String> terms) implements Serializable {}

  static final Set<String> CHANNELS = Set.of("voice", "chat", "email", "social", "walk_in");
  private static final Set<String> FILE_KEYS = Set.of("contract", "description", "regions", "indicators",
      "services");
  private static final Set<String> SERVICE_KEYS = Set.of("name", "terms");
  private static final Set<String> INDICATOR_KEYS = Set.of("name", "metric", "channels", "threshold_seconds",
      "repeat_days", "target", "direction");

  /** The named files from {@code dir}, or from the copies bundled in the jar when {@code dir} is blank. */
  public static List<Contract> load(String dir, List<String> files) {
    return JsonConfigFile.loadAll(dir, "contracts", files, ConfigKey.CONTRACTS_DIR, ConfigKey.CONTRACTS_FILES,
        Contract::parse, Contract::name);
  }

  static Contract parse(String file, String json) {
    JsonConfigFile f = JsonConfigFile.named(file);
    JsonNode root = f.parse(json);
    f.unknownKeys("the file", root, FILE_KEYS);
    String name = f.text("the file", root, "contract");
    JsonNode list = root.path("indicators");
    if (!list.isArray() || list.isEmpty()) {
      throw f.bad("'indicators' must be a non-empty list");
    }
    List<Indicator> indicators = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode n : list) {
      Indicator i = indicator(f, n);
      if (!names.add(i.name())) {
        throw f.bad("indicator '" + i.name() + "' appears twice");
      }
      indicators.add(i);
    }
    return new Contract(name, root.path("description").asText(""),
        f.strings("the file", root.path("regions"), "region", null), indicators, services(f, root.path("services")));
  }

  private static List<Service> services(JsonConfigFile f, JsonNode list) {
    List<Service> out = new ArrayList<>();
    if (list.isMissingNode()) {
      return out;
    }
    if (!list.isArray()) {
      throw f.bad("'services' must be a list of {\"name\", \"terms\"}");
    }
    for (JsonNode n : list) {
      String where = "service " + n.path("name").asText("?");
      f.unknownKeys(where, n, SERVICE_KEYS);
      List<String> terms = f.strings(where, n.path("terms"), "term", null);
      if (terms.isEmpty()) {
        throw f.bad(where, "needs a non-empty 'terms' list: the words of the needs it covers");
      }
      out.add(new Service(f.text(where, n, "name"), terms));
    }
    return out;
  }

  private static Indicator indicator(JsonConfigFile f, JsonNode n) {
    String where = "indicator " + n.path("name").asText("?");
    f.unknownKeys(where, n, INDICATOR_KEYS);
    String name = f.text(where, n, "name");
    String metricName = f.text(where, n, "metric");
    Metric metric;
    try {
      metric = Metric.valueOf(metricName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw f.bad(where, "metric must be one of " + codes() + ", got '" + metricName + "'");
    }
    List<String> channels = f.strings(where, n.path("channels"), "channel", CHANNELS);
    if (!n.path("target").isNumber()) {
      throw f.bad(where, "'target' must be a number");
    }
    double target = n.path("target").asDouble();
    if (metric.rate ? target < 0 || target > 1 : target < 0) {
      throw f.bad(where, metric.rate ? "a rate's target lies between 0 and 1 (80 % is 0.80), got " + target
          : "an average's target is seconds, at least 0, got " + target);
    }
    String direction = n.path("direction").asText(metric == Metric.ABANDONMENT_RATE
        || metric.name().startsWith("AVERAGE") ? "at_most" : "at_least");
    if (!direction.equals("at_least") && !direction.equals("at_most")) {
      throw f.bad(where, "direction must be at_least or at_most, got '" + direction + "'");
    }
    Double threshold = positive(f, where, n, "threshold_seconds", metric.needsThreshold);
    Double repeat = positive(f, where, n, "repeat_days", metric.needsRepeatDays);
    return new Indicator(name, metric, channels, threshold, repeat == null ? null : repeat.intValue(), target,
        direction.equals("at_least"));
  }

  private static Double positive(JsonConfigFile f, String where, JsonNode n, String key, boolean needed) {
    if (!n.has(key)) {
      if (needed) {
        throw f.bad(where, "this metric needs '" + key + "'");
      }
      return null;
    }
    if (!needed) {
      throw f.bad(where, "'" + key + "' does not apply to this metric");
    }
    if (!n.path(key).isNumber() || n.path(key).asDouble() <= 0) {
      throw f.bad(where, "'" + key + "' must be a positive number");
    }
    return n.path(key).asDouble();
  }

  private static List<String> codes() {
    return java.util.Arrays.stream(Metric.values()).map(Metric::code).toList();
  }
}
