package io.cxlake.runs;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The latest commit version of every Delta table under a lake root, read from the file names in the tables'
 * {@code _delta_log} folders: two readings around a night give every commit made, the check of the commits the
 * launcher charged its jobs ({@link io.cxlake.lake.CommitLedger}).
 */
public final class DeltaCommits {

  private static final Pattern COMMIT = Pattern.compile("\\d{20}\\.json");

  private DeltaCommits() {}

  /** Table folder name to its latest version; tables without a log are absent. */
  public static Map<String, Long> versions(Configuration hadoop, String lakeRoot) {
    Path root = new Path(lakeRoot);
    Map<String, Long> out = new TreeMap<>();
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      if (!fs.exists(root)) {
        return out;
      }
      for (FileStatus table : fs.listStatus(root)) {
        if (table.isDirectory()) {
          latest(fs, new Path(table.getPath(), "_delta_log")).ifPresent(v -> out.put(table.getPath().getName(), v));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the Delta logs under " + lakeRoot, e);
    }
  }

  /** Commits per table between two readings (tables created in between count from version -1). */
  public static Map<String, Long> between(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> out = new TreeMap<>();
    after.forEach((table, v) -> {
      long n = v - before.getOrDefault(table, -1L);
      if (n > 0) {
        out.put(table, n);
      }
    });
    return out;
  }

  private static java.util.OptionalLong latest(FileSystem fs, Path log) throws IOException {
    try {
      long max = -1;
      for (FileStatus f : fs.listStatus(log)) {
        String name = f.getPath().getName();
        if (COMMIT.matcher(name).matches()) {
          max = Math.max(max, Long.parseLong(name.substring(0, 20)));
        }
      }
      return max < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(max);
    } catch (FileNotFoundException e) {
      return java.util.OptionalLong.empty();
    }
  }
}
