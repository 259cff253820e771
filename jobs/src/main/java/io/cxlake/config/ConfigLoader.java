package io.cxlake.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code conf/<env>.properties}, applies {@code key=value} overrides from the command line, and rejects
 * unknown keys and secrets. The file is looked up in the installation's {@code conf/} folder first, then in
 * the jar (so spark-submit on a cluster needs only the jar).
 */
public final class ConfigLoader {

  /** Keys that would hold credentials: these belong in the environment, never in files or arguments. */
  private static final Pattern SECRET =
      Pattern.compile(".*(secret|password|access\\.key|session\\.token|credential\\.value|pseudonym\\.key$).*");

  private ConfigLoader() {}

  public static CxConfig load(String env, Map<String, String> overrides) {
    String home = home();
    Map<String, String> values = new LinkedHashMap<>();
    String source = readEnvFile(env, home, values);
    checkKeys(values, source);
    checkKeys(overrides, "the command line");
    values.putAll(overrides);
    CxConfig config = new CxConfig(env, values, home);
    validateTypes(config);
    return config;
  }

  /** Folder relative paths in the configuration are resolved against: {@code -Dcxlake.home}, else the cwd. */
  public static String home() {
    return System.getProperty("cxlake.home", System.getProperty("user.dir"));
  }

  private static String readEnvFile(String env, String home, Map<String, String> into) {
    if (!env.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("environment name '" + env + "' may hold only letters, digits, - and _");
    }
    Path file = Path.of(home, "conf", env + ".properties");
    try {
      String text;
      String source;
      if (Files.isRegularFile(file)) {
        text = Files.readString(file, StandardCharsets.UTF_8);
        source = file.toString();
      } else {
        text = readFromJar(env);
        source = "cxlake/conf/" + env + ".properties in the jar";
      }
      Properties p = new Properties();
      try (Reader r = new StringReader(text)) {
        p.load(r);
      }
      p.stringPropertyNames().stream().sorted().forEach(k -> into.put(k, p.getProperty(k).trim()));
      return source;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read configuration " + file, e);
    }
  }

  private static String readFromJar(String env) throws IOException {
    try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream("cxlake/conf/" + env + ".properties")) {
      if (in == null) {
        throw new IllegalArgumentException("no configuration for environment '" + env
            + "': create conf/" + env + ".properties (see conf/local.properties for the keys)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static void checkKeys(Map<String, String> values, String source) {
    for (String key : values.keySet()) {
      if (SECRET.matcher(key.toLowerCase()).matches()) {
        throw new IllegalArgumentException("'" + key + "' in " + source + " looks like a secret: secrets come from the"
            + " environment only (S3: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or an instance profile;"
            + " pseudonymisation: the variable named by pseudonym.key-env)");
      }
      if (key.startsWith(ConfigKey.SPARK_PREFIX)) {
        SparkKeys.check(Map.of(key, values.get(key)), source);
      } else if (ConfigKey.of(key).isEmpty()) {
        throw new IllegalArgumentException("unknown configuration key '" + key + "' in " + source
            + ". Known keys: " + knownKeys() + "; Spark and Hadoop settings go under spark.* (e.g. spark.hadoop.fs.s3a.endpoint)");
      }
    }
  }

  private static void validateTypes(CxConfig c) {
    c.getBoolean(ConfigKey.INGEST_COMPACTION);
    c.getBoolean(ConfigKey.PSEUDONYM_ALLOW_DEV_KEY);
    if (c.getInt(ConfigKey.INGEST_PARALLEL_FEEDS) < 1) {
      throw new IllegalArgumentException(ConfigKey.INGEST_PARALLEL_FEEDS.key() + " must be at least 1");
    }
    if (c.getInt(ConfigKey.INGEST_MAX_RECORD_LINES) < 1) {
      throw new IllegalArgumentException(ConfigKey.INGEST_MAX_RECORD_LINES.key() + " must be at least 1");
    }
  }

  public static String knownKeys() {
    return Arrays.stream(ConfigKey.values()).map(ConfigKey::key).collect(Collectors.joining(", "));
  }

  /** Parses {@code key=value} arguments given with {@code --set}. */
  public static Map<String, String> parseOverrides(List<String> assignments) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String a : assignments) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--set takes key=value, got '" + a + "'");
      }
      out.put(a.substring(0, eq).trim(), a.substring(eq + 1).trim());
    }
    return out;
  }
}
