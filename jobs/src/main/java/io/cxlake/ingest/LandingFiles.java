package io.cxlake.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Finds the files landed under {@code <landing>/<feed>/dt=YYYY-MM-DD/}, on the local file system or s3a. */
final class LandingFiles {

  private LandingFiles() {}

  static String folder(String landingRoot, String feed, LocalDate date) {
    return landingRoot.replaceAll("/+$", "") + "/" + feed + "/dt=" + date;
  }

  /**
   * Lists the data files of one feed and date in name order. Hidden and marker files (starting with . or _)
   * are skipped; any other file the ingest cannot read fails the run, so nothing is silently left behind.
   */
  static List<LandingFile> list(Configuration hadoop, String landingRoot, String feed, LocalDate date) {
    Path dir = new Path(folder(landingRoot, feed, date));
    try {
      FileSystem fs = LandingLines.fileSystem(dir, hadoop);
      if (!fs.exists(dir)) {
        return List.of();
      }
      List<LandingFile> files = new ArrayList<>();
      for (FileStatus s : fs.listStatus(dir)) {
        String name = s.getPath().getName();
        if (name.startsWith(".") || name.startsWith("_")) {
          continue;
        }
        if (s.isDirectory()) {
          throw new IllegalArgumentException("unexpected folder " + s.getPath() + " in landing: files go directly"
              + " under " + dir);
        }
        LandingFile.Format format = LandingFile.formatOf(name);
        if (format == null) {
          throw new IllegalArgumentException("cannot read landing file " + s.getPath()
              + ": expected .csv, .jsonl or .ndjson, optionally .gz");
        }
        files.add(new LandingFile(s.getPath().toString(), s.getPath().toUri().toString(), name, s.getLen(), format));
      }
      files.sort(Comparator.comparing(LandingFile::name));
      return files;
    } catch (FileNotFoundException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list landing folder " + dir, e);
    }
  }

  /** A load id that identifies the input set: the same files give the same id, so re-runs are comparable. */
  static String loadId(String feed, LocalDate date, List<LandingFile> files) {
    StringBuilder sb = new StringBuilder(feed).append('|').append(date);
    files.forEach(f -> sb.append('|').append(f.name()).append(':').append(f.size()));
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
