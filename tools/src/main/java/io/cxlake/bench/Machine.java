package io.cxlake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** One line naming the machine and the session a benchmark ran on, for its results file. */
final class Machine {

  private Machine() {}

  static String describe(SparkSession spark) {
    return BenchReport.f("%s, %d cores, %.1f GiB RAM, Java %s, Spark %s `%s`, %s shuffle partitions, heap limit "
            + "%.1f GiB", first("/proc/cpuinfo", "model name"), Runtime.getRuntime().availableProcessors(),
        kib("/proc/meminfo", "MemTotal") / 1024.0 / 1024, System.getProperty("java.version"), spark.version(),
        spark.sparkContext().master(), spark.conf().get("spark.sql.shuffle.partitions"),
        Runtime.getRuntime().maxMemory() / BenchReport.GIB);
  }

  private static String first(String file, String key) {
    try {
      List<String> lines = Files.readAllLines(Path.of(file));
      return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst().orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static long kib(String file, String key) {
    String v = first(file, key);
    try {
      return Long.parseLong(v.replaceAll("\\D", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
