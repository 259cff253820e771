package io.cxlake.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The lines of one landing file, opened by its exact path. Not Hadoop's TextInputFormat: that treats the input
 * paths as glob patterns (a file named {@code calls[1].csv} or {@code a{b}.csv} crashed the ingest) and ends a
 * line at a bare CR, which cut CSV fields holding a CR in two. Here a line ends at LF only; the CR of a CRLF
 * line end is dropped, a CR anywhere else is kept. Bytes are decoded as UTF-8 with replacement characters, which
 * the record reader turns into a {@code bad_encoding} quarantine row. A read error (a truncated gzip) surfaces as
 * {@link FileRecordReader.UnreadableInput} after the lines read before it.
 */
final class LandingLines implements Iterator<String>, AutoCloseable {

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private byte[] line = new byte[256];
  private String next;

  LandingLines(InputStream in) {
    this.in = in;
  }

  /** Opens {@code path} (decompressing {@code .gz}) without any glob or URI interpretation of its name. */
  static LandingLines open(Configuration hadoop, String uri) {
    Path p = new Path(java.net.URI.create(uri));
    try {
      InputStream raw = fileSystem(p, hadoop).open(p);
      boolean gzip = p.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
      return new LandingLines(gzip ? gunzip(raw) : raw);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open landing file " + p, e);
    }
  }

  /**
   * The file system of a landing path; for local files the raw one: the checksumming wrapper derives a
   * {@code .name.crc} path from the name, which fails for a name with a {@code :}, and landing files carry no
   * Hadoop checksums anyway.
   */
  static FileSystem fileSystem(Path p, Configuration hadoop) throws IOException {
    FileSystem fs = p.getFileSystem(hadoop);
    return fs instanceof org.apache.hadoop.fs.LocalFileSystem local ? local.getRawFileSystem() : fs;
  }

  private static InputStream gunzip(InputStream raw) throws IOException {
    try {
      return new GZIPInputStream(raw, BUFFER);
    } catch (IOException e) { // not even a gzip header: the reader reports it as an unreadable file
      raw.close();
      return new InputStream() {
        @Override
        public int read() throws IOException {
          throw e;
        }
      };
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = readLine();
    }
    return next != null;
  }

  @Override
  public String next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String s = next;
    next = null;
    return s;
  }

  private String readLine() {
    int length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        return any ? decode(length) : null;
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      length = append(length, start, pos - start);
      if (pos < limit) {
        pos++; // the LF
        return decode(length);
      }
    }
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      eof = true;
      throw new FileRecordReader.UnreadableInput(e);
    }
  }

  private int append(int length, int from, int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(buffer, from, line, length, count);
    return length + count;
  }

  private String decode(int length) {
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return new String(line, 0, end, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
