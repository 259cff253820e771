package io.cxlake.config;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Validated configuration of one environment, with command-line overrides applied. Immutable. */
public final class CxConfig implements Serializable {

  private final String env;
  private final Map<String, String> values;
  private final String home;

  CxConfig(String env, Map<String, String> values, String home) {
    this.env = env;
    this.values = Map.copyOf(values);
    this.home = home;
  }

  public String env() {
    return env;
  }

  public String get(ConfigKey key) {
    return values.getOrDefault(key.key(), key.defaultValue());
  }

  public boolean getBoolean(ConfigKey key) {
    String v = get(key).trim().toLowerCase();
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException(key.key() + " must be true or false, got '" + v + "'");
    }
    return Boolean.parseBoolean(v);
  }

  public int getInt(ConfigKey key) {
    try {
      return Integer.parseInt(get(key).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key.key() + " must be a whole number, got '" + get(key) + "'");
    }
  }

  public double getDouble(ConfigKey key) {
    try {
      return Double.parseDouble(get(key).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key.key() + " must be a number, got '" + get(key) + "'");
    }
  }

  /** A location: URIs (s3a://, file:/) as they are, relative paths against the installation's home. */
  public String location(ConfigKey key) {
    String v = get(key).trim();
    if (v.contains("://") || v.startsWith("file:") || Path.of(v).isAbsolute()) {
      return v;
    }
    return Path.of(home).resolve(v).normalize().toAbsolutePath().toString();
  }

  /** Spark settings given in the file or on the command line (keys starting with {@code spark.}). */
  public Map<String, String> sparkSettings() {
    return values.entrySet().stream().filter(e -> e.getKey().startsWith(ConfigKey.SPARK_PREFIX))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b, TreeMap::new));
  }

  /** Effective settings for the log; never contains a secret because secrets are rejected on load. */
  public String describe() {
    Map<String, String> all = new TreeMap<>();
    for (ConfigKey k : ConfigKey.values()) {
      all.put(k.key(), get(k));
    }
    all.putAll(sparkSettings());
    return "env=" + env + " " + all;
  }
}
