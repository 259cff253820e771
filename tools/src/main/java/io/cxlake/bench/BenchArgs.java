package io.cxlake.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The options every benchmark command takes: {@code --contacts N [--work DIR] [--set key=value ...]}. */
record BenchArgs(long contacts, Path work, Map<String, String> overrides) {

  static BenchArgs parse(String command, String[] args, long defaultContacts) {
    long contacts = defaultContacts;
    Path work = Path.of("target", command);
    Map<String, String> overrides = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--contacts" -> contacts = Long.parseLong(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--set" -> {
          String[] kv = args[++i].split("=", 2);
          overrides.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        default -> throw new IllegalArgumentException(
            command + " takes --contacts N [--work DIR] [--set key=value], got " + args[i]);
      }
    }
    return new BenchArgs(contacts, work.toAbsolutePath(), overrides);
  }
}
