package io.cxlake.cli;

import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of the commands that open a session on the lakehouse without a run date (sql, sql-server):
 * {@code --env NAME}, any number of {@code --set key=value}, and the command's own options, each with a value.
 */
record SessionOptions(String env, List<String> overrides, Map<String, String> own) {

  static SessionOptions parse(String[] args, String usage, Set<String> ownOptions) {
    String env = "local";
    List<String> overrides = new ArrayList<>();
    Map<String, String> own = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + a + " needs a value; usage: " + usage);
      }
      String v = args[++i];
      switch (a) {
        case "--env" -> env = v;
        case "--set" -> overrides.add(v);
        default -> {
          if (!ownOptions.contains(a)) {
            throw new IllegalArgumentException("unknown option " + a + "; usage: " + usage);
          }
          own.put(a, v);
        }
      }
    }
    return new SessionOptions(env, List.copyOf(overrides), Map.copyOf(own));
  }

  CxConfig config() {
    return ConfigLoader.load(env, ConfigLoader.parseOverrides(overrides));
  }
}
