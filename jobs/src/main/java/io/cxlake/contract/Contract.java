package io.cxlake.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A service contract (per client or line of business) as measurable indicators, read from a JSON file in
 * {@code conf/contracts/} and validated on load: every problem is reported with the file and the indicator.
 */
public record Contract(String name, String description, List<String> regions, List<Indicator> indicators)
    implements Serializable {

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

  static final Set<String> CHANNELS = Set.of("voice", "chat", "email", "social", "walk_in");
  private static final Set<String> FILE_KEYS = Set.of("contract", "description", "regions", "indicators");
  private static final Set<String> INDICATOR_KEYS = Set.of("name", "metric", "channels", "threshold_seconds",
      "repeat_days", "target", "direction");

  /** The named files from {@code dir}, or from the copies bundled in the jar when {@code dir} is blank. */
  public static List<Contract> load(String dir, List<String> files) {
    List<Contract> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String file : files) {
      Contract c = parse(file, read(dir, file));
      if (!names.add(c.name())) {
        throw new IllegalArgumentException(file + ": contract name '" + c.name() + "' is used by another file");
      }
      out.add(c);
    }
    return out;
  }

  private static String read(String dir, String file) {
    try {
      if (dir != null && !dir.isBlank()) {
        return Files.readString(Path.of(dir, file));
      }
      try (InputStream in = Contract.class.getClassLoader().getResourceAsStream("cxlake/conf/contracts/" + file)) {
        if (in == null) {
          throw new IllegalArgumentException("contracts.files names " + file + ", which is not in conf/contracts; "
              + "add it there or set contracts.dir to the folder that holds it");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read contract file " + file + " in " + dir + ": " + e.getMessage(), e);
    }
  }

  static Contract parse(String file, String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage(), e);
    }
    unknownKeys(file, "the file", root, FILE_KEYS);
    String name = text(file, "the file", root, "contract");
    JsonNode list = root.path("indicators");
    if (!list.isArray() || list.isEmpty()) {
      throw new IllegalArgumentException(file + ": 'indicators' must be a non-empty list");
    }
    List<Indicator> indicators = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (JsonNode n : list) {
      Indicator i = indicator(file, n);
      if (!names.add(i.name())) {
        throw new IllegalArgumentException(file + ": indicator '" + i.name() + "' appears twice");
      }
      indicators.add(i);
    }
    return new Contract(name, root.path("description").asText(""), strings(root.path("regions")), indicators);
  }

  private static Indicator indicator(String file, JsonNode n) {
    String where = "indicator " + n.path("name").asText("?");
    unknownKeys(file, where, n, INDICATOR_KEYS);
    String name = text(file, where, n, "name");
    String metricName = text(file, where, n, "metric");
    Metric metric;
    try {
      metric = Metric.valueOf(metricName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad(file, where, "metric must be one of " + codes() + ", got '" + metricName + "'");
    }
    List<String> channels = strings(n.path("channels"));
    for (String ch : channels) {
      if (!CHANNELS.contains(ch)) {
        throw bad(file, where, "unknown channel '" + ch + "'; channels are " + new java.util.TreeSet<>(CHANNELS));
      }
    }
    if (!n.path("target").isNumber()) {
      throw bad(file, where, "'target' must be a number");
    }
    double target = n.path("target").asDouble();
    if (metric.rate ? target < 0 || target > 1 : target < 0) {
      throw bad(file, where, metric.rate ? "a rate's target lies between 0 and 1 (80 % is 0.80), got " + target
          : "an average's target is seconds, at least 0, got " + target);
    }
    String direction = n.path("direction").asText(metric == Metric.ABANDONMENT_RATE
        || metric.name().startsWith("AVERAGE") ? "at_most" : "at_least");
    if (!direction.equals("at_least") && !direction.equals("at_most")) {
      throw bad(file, where, "direction must be at_least or at_most, got '" + direction + "'");
    }
    Double threshold = positive(file, where, n, "threshold_seconds", metric.needsThreshold);
    Double repeat = positive(file, where, n, "repeat_days", metric.needsRepeatDays);
    return new Indicator(name, metric, channels, threshold, repeat == null ? null : repeat.intValue(), target,
        direction.equals("at_least"));
  }

  private static Double positive(String file, String where, JsonNode n, String key, boolean needed) {
    if (!n.has(key)) {
      if (needed) {
        throw bad(file, where, "this metric needs '" + key + "'");
      }
      return null;
    }
    if (!needed) {
      throw bad(file, where, "'" + key + "' does not apply to this metric");
    }
    if (!n.path(key).isNumber() || n.path(key).asDouble() <= 0) {
      throw bad(file, where, "'" + key + "' must be a positive number");
    }
    return n.path(key).asDouble();
  }

  private static void unknownKeys(String file, String where, JsonNode n, Set<String> known) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        throw bad(file, where, "unknown key '" + k + "'; the keys are " + new java.util.TreeSet<>(known));
      }
    }
  }

  private static String text(String file, String where, JsonNode n, String key) {
    String v = n.path(key).asText("");
    if (v.isBlank()) {
      throw bad(file, where, "'" + key + "' is required");
    }
    return v;
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static List<String> codes() {
    return java.util.Arrays.stream(Metric.values()).map(Metric::code).toList();
  }

  private static IllegalArgumentException bad(String file, String where, String what) {
    return new IllegalArgumentException(file + ", " + where + ": " + what);
  }
}
