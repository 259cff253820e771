package io.cxlake.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options of {@code cxlake bench}: {@code --contacts N[,N...]} (the scales, ascending), {@code --text-contacts N}
 * (the night the text step is measured on; 0 skips it), {@code --warmup-contacts N} (an untimed first night that
 * pays the JVM's class loading and JIT before the scales; 0 skips it), {@code --work DIR}, {@code --set key=value}.
 */
record ChainArgs(List<Long> scales, long textContacts, long warmUpContacts, Path work, Map<String, String> overrides) {

  static final String USAGE = "bench --contacts N[,N...] [--text-contacts N] [--warmup-contacts N] [--work DIR] "
      + "[--set key=value]";

  static ChainArgs parse(String[] args) {
    List<Long> scales = List.of(100_000L, 300_000L, 1_000_000L);
    long text = 20_000;
    long warmUp = 10_000;
    Path work = Path.of("target", "bench");
    Map<String, String> overrides = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException(args[i] + " needs a value; usage: " + USAGE);
      }
      switch (args[i]) {
        case "--contacts" -> scales = scales(value);
        case "--text-contacts" -> text = count(value, "--text-contacts");
        case "--warmup-contacts" -> warmUp = count(value, "--warmup-contacts");
        case "--work" -> work = Path.of(value);
        case "--set" -> {
          String[] kv = value.split("=", 2);
          if (kv.length < 2) {
            throw new IllegalArgumentException("--set takes key=value, got " + value);
          }
          overrides.put(kv[0], kv[1]);
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: " + USAGE);
      }
      i++;
    }
    return new ChainArgs(scales, text, warmUp, work.toAbsolutePath(), Map.copyOf(overrides));
  }

  private static List<Long> scales(String list) {
    List<Long> out = new ArrayList<>();
    for (String s : list.split(",")) {
      long n = count(s.trim(), "--contacts");
      if (n <= 0 || (!out.isEmpty() && n <= out.get(out.size() - 1))) {
        throw new IllegalArgumentException("--contacts takes positive scales in ascending order, got " + list);
      }
      out.add(n);
    }
    return List.copyOf(out);
  }

  private static long count(String s, String option) {
    long n;
    try {
      n = Long.parseLong(s.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number, got " + s);
    }
    if (n < 0) { // a negative night would otherwise be skipped like 0, silently
      throw new IllegalArgumentException(option + " takes a whole number of 0 or more, got " + s);
    }
    return n;
  }
}
