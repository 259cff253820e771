package io.cxlake.generate;

import java.time.LocalDate;

/**
 * Fast ISO-8601 formatting of epoch seconds in UTC+08:00 (all regions), e.g. 2026-11-22T09:15:02+08:00.
 * String.format per row would dominate the run time, so date prefixes are cached per day.
 */
final class Timestamps {
  static final int OFFSET_SECONDS = 8 * 3600;
  static final String OFFSET_TEXT = "+08:00";
  static final int DAY = 86_400;

  private final long firstCachedDay;
  private final String[] datePrefixes;

  /** Caches the dates from {@code before} days before the window to 30 days after it. */
  Timestamps(LocalDate start, int days, int before) {
    firstCachedDay = start.toEpochDay() - before;
    datePrefixes = new String[before + days + 30];
    for (int i = 0; i < datePrefixes.length; i++) {
      datePrefixes[i] = LocalDate.ofEpochDay(firstCachedDay + i) + "T";
    }
  }

  /** Local (UTC+8) calendar day of an instant, as an epoch day. */
  static long localDay(long epochSecond) {
    return Math.floorDiv(epochSecond + OFFSET_SECONDS, DAY);
  }

  /** Epoch second of local midnight starting the given epoch day. */
  static long dayStart(long epochDay) {
    return epochDay * DAY - OFFSET_SECONDS;
  }

  /** Local seconds since midnight. */
  static int secondOfDay(long epochSecond) {
    return (int) Math.floorMod(epochSecond + OFFSET_SECONDS, (long) DAY);
  }

  void append(StringBuilder sb, long epochSecond) {
    long day = localDay(epochSecond);
    int sod = (int) (epochSecond + OFFSET_SECONDS - day * DAY);
    long idx = day - firstCachedDay;
    if (idx >= 0 && idx < datePrefixes.length) {
      sb.append(datePrefixes[(int) idx]);
    } else {
      sb.append(LocalDate.ofEpochDay(day)).append('T');
    }
    two(sb, sod / 3600);
    sb.append(':');
    two(sb, sod / 60 % 60);
    sb.append(':');
    two(sb, sod % 60);
    sb.append(OFFSET_TEXT);
  }

  String format(long epochSecond) {
    StringBuilder sb = new StringBuilder(25);
    append(sb, epochSecond);
    return sb.toString();
  }

  private static void two(StringBuilder sb, int v) {
    sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  /** Appends v left-padded with zeros to at least {@code width} digits (ids like C0001234). */
  static void pad(StringBuilder sb, long v, int width) {
    int digits = 1;
    for (long x = v; x >= 10; x /= 10) {
      digits++;
    }
    for (int i = digits; i < width; i++) {
      sb.append('0');
    }
    sb.append(v);
  }
}
