package io.cxlake.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line options of the synthetic data generator. Immutable; build it with {@link #parse}. */
public final class GeneratorOptions {
  static final String ACCEPTED = "accepted options: --contacts N (integer >= 1, default 5000), "
      + "--days D (integer 1..366, default 7), --start-date YYYY-MM-DD (default 2026-11-16), "
      + "--seed S (integer, default 7), --out DIR (required), --late-share F (0..1, default 0.02), "
      + "--part-rows N (integer >= 1, default 250000), --gzip-turns true|false (default true); "
      + "write --name value or --name=value";

  private final int contacts;
  private final int days;
  private final LocalDate startDate;
  private final long seed;
  private final Path out;
  private final double lateShare;
  private final int partRows;
  private final boolean gzipTurns;

  private GeneratorOptions(int contacts, int days, LocalDate startDate, long seed, Path out,
      double lateShare, int partRows, boolean gzipTurns) {
    this.contacts = contacts;
    this.days = days;
    this.startDate = startDate;
    this.seed = seed;
    this.out = out;
    this.lateShare = lateShare;
    this.partRows = partRows;
    this.gzipTurns = gzipTurns;
  }

  /**
   * Parses {@code --name value} or {@code --name=value} pairs.
   *
   * @throws IllegalArgumentException on an unknown option, a missing or bad value, or a missing --out;
   *     the message lists the accepted options
   */
  public static GeneratorOptions parse(String[] args) {
    if (args == null) {
      throw new IllegalArgumentException("no arguments; " + ACCEPTED);
    }
    int contacts = 5000;
    int days = 7;
    LocalDate start = LocalDate.of(2026, 11, 16);
    long seed = 7;
    Path out = null;
    double lateShare = 0.02;
    int partRows = 250_000;
    boolean gzip = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg == null || !arg.startsWith("--") || arg.length() == 2) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + ACCEPTED);
      }
      int eq = arg.indexOf('=');
      String name = eq > 0 ? arg.substring(2, eq) : arg.substring(2);
      if (!isKnown(name)) {
        throw new IllegalArgumentException("unknown option --" + name + "; " + ACCEPTED);
      }
      String value;
      if (eq > 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("option --" + name + " needs a value; " + ACCEPTED);
      }
      switch (name) {
        case "contacts" -> contacts = parseInt(name, value, 1, Integer.MAX_VALUE);
        case "days" -> days = parseInt(name, value, 1, 366);
        case "start-date" -> start = parseDate(value);
        case "seed" -> seed = parseLong(name, value);
        case "out" -> out = parsePath(value);
        case "late-share" -> lateShare = parseShare(name, value);
        case "part-rows" -> partRows = parseInt(name, value, 1, Integer.MAX_VALUE);
        case "gzip-turns" -> gzip = parseBoolean(name, value);
        default -> throw new IllegalStateException(name);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("missing required option --out DIR; " + ACCEPTED);
    }
    return new GeneratorOptions(contacts, days, start, seed, out, lateShare, partRows, gzip);
  }

  private static boolean isKnown(String name) {
    return switch (name) {
      case "contacts", "days", "start-date", "seed", "out", "late-share", "part-rows", "gzip-turns" -> true;
      default -> false;
    };
  }

  private static IllegalArgumentException bad(String name, String value, String expected) {
    return new IllegalArgumentException(
        "bad value '" + value + "' for --" + name + ": expected " + expected + "; " + ACCEPTED);
  }

  private static int parseInt(String name, String value, int min, int max) {
    long v;
    try {
      v = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw bad(name, value, "an integer");
    }
    if (v < min || v > max) {
      throw bad(name, value, "an integer in " + min + ".." + max);
    }
    return (int) v;
  }

  private static long parseLong(String name, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw bad(name, value, "an integer");
    }
  }

  private static LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw bad("start-date", value, "a date YYYY-MM-DD");
    }
  }

  private static Path parsePath(String value) {
    if (value.isBlank()) {
      throw bad("out", value, "a directory");
    }
    return Path.of(value);
  }

  private static double parseShare(String name, String value) {
    double v;
    try {
      v = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw bad(name, value, "a number in 0..1");
    }
    if (!(v >= 0 && v <= 1)) {
      throw bad(name, value, "a number in 0..1");
    }
    return v;
  }

  private static boolean parseBoolean(String name, String value) {
    return switch (value.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw bad(name, value, "true or false");
    };
  }

  public int getContacts() {
    return contacts;
  }

  public int getDays() {
    return days;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public long getSeed() {
    return seed;
  }

  public Path getOut() {
    return out;
  }

  public double getLateShare() {
    return lateShare;
  }

  public int getPartRows() {
    return partRows;
  }

  public boolean isGzipTurns() {
    return gzipTurns;
  }

  /** The options that shape the data (not --out), in a fixed order for ground_truth.json. */
  Map<String, Object> dataShapingOptions() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("contacts", contacts);
    m.put("days", days);
    m.put("start_date", startDate.toString());
    m.put("seed", seed);
    m.put("late_share", lateShare);
    m.put("part_rows", partRows);
    m.put("gzip_turns", gzipTurns);
    return m;
  }

  @Override
  public String toString() {
    return "--contacts " + contacts + " --days " + days + " --start-date " + startDate + " --seed " + seed
        + " --out " + out + " --late-share " + lateShare + " --part-rows " + partRows
        + " --gzip-turns " + gzipTurns;
  }
}
