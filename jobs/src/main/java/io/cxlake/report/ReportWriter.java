package io.cxlake.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes one run date's reports under {@code <root>/<date>/} through Hadoop's file system (local or s3a). The
 * date's folder is emptied first, so a re-run leaves exactly that run's files.
 */
final class ReportWriter {

  private final FileSystem fs;
  private final Path dir;

  ReportWriter(Configuration hadoop, String root, String date) {
    try {
      this.dir = new Path(root, date);
      this.fs = dir.getFileSystem(hadoop);
      fs.setWriteChecksum(false); // no .crc files beside the reports on a local disk
      if (fs.exists(dir) && !fs.delete(dir, true)) {
        throw new IOException("could not empty " + dir);
      }
      fs.mkdirs(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the report folder under " + root + ": " + e.getMessage(), e);
    }
  }

  void write(String name, String html) {
    try (OutputStream out = fs.create(new Path(dir, name), true)) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + new Path(dir, name) + ": " + e.getMessage(), e);
    }
  }

  String location() {
    return dir.toString();
  }
}
