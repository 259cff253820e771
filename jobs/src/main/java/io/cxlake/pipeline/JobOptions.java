package io.cxlake.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed options shared by every job command: {@code --date D} or {@code --from D --to D}, {@code --env NAME},
 * and any number of {@code --set key=value} overrides.
 */
public record JobOptions(List<LocalDate> dates, String env, List<String> overrides, List<String> positional) {

  public static final String USAGE = "--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD  [--env local]"
      + "  [--set key=value ...]";

  public static JobOptions parse(String[] args) {
    LocalDate date = null;
    LocalDate from = null;
    LocalDate to = null;
    String env = "local";
    List<String> overrides = new ArrayList<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--date" -> date = date(a, value(args, ++i, a));
        case "--from" -> from = date(a, value(args, ++i, a));
        case "--to" -> to = date(a, value(args, ++i, a));
        case "--env" -> env = value(args, ++i, a);
        case "--set" -> overrides.add(value(args, ++i, a));
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a + "; usage: " + USAGE);
          }
          positional.add(a);
        }
      }
    }
    return new JobOptions(dates(date, from, to), env, List.copyOf(overrides), List.copyOf(positional));
  }

  private static List<LocalDate> dates(LocalDate date, LocalDate from, LocalDate to) {
    if (date != null && (from != null || to != null)) {
      throw new IllegalArgumentException("give either --date or --from/--to, not both");
    }
    if (date != null) {
      return List.of(date);
    }
    if (from == null || to == null) {
      throw new IllegalArgumentException("the run date is required: " + USAGE);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.add(d);
    }
    return List.copyOf(out);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value; usage: " + USAGE);
    }
    return args[i];
  }

  private static LocalDate date(String option, String v) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " takes a date as YYYY-MM-DD, got '" + v + "'");
    }
  }
}
