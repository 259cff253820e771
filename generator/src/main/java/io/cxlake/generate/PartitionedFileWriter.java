package io.cxlake.generate;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one feed as {@code <feedDir>/dt=YYYY-MM-DD/part-NNNNN.<ext>}, rolling to the next part file
 * after {@code partRows} rows. Writers of several dt folders stay open at once because late rows,
 * turns after midnight and follow-on events land in later folders; the day loop closes a folder as soon
 * as no more rows can reach it, which keeps the number of open files small.
 */
final class PartitionedFileWriter implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final Path feedDir;
  private final String extension;
  private final String header;
  private final boolean gzip;
  private final int partRows;
  private final TreeMap<Long, Partition> open = new TreeMap<>();
  private final TreeSet<Long> closed = new TreeSet<>();
  private long rows;
  private int files;
  /** Reused copy buffer: Writer.append(CharSequence) would allocate a String per row. */
  private char[] scratch = new char[1024];

  /**
   * @param header CSV header line without line break, or null for JSON Lines
   * @param extension file extension without dot, e.g. csv or jsonl.gz
   */
  PartitionedFileWriter(Path feedDir, String extension, String header, boolean gzip, int partRows) {
    this.feedDir = feedDir;
    this.extension = extension;
    this.header = header;
    this.gzip = gzip;
    this.partRows = partRows;
  }

  /** Writes one row (without line break) into the folder of the given local epoch day. */
  void write(long epochDay, CharSequence row) throws IOException {
    Partition p = partition(epochDay);
    if (p.rowsInPart == partRows) {
      p.roll();
    }
    int n = row.length();
    if (scratch.length < n + 1) {
      scratch = new char[Math.max(n + 1, scratch.length * 2)];
    }
    if (row instanceof StringBuilder sb) {
      sb.getChars(0, n, scratch, 0);
    } else {
      row.toString().getChars(0, n, scratch, 0);
    }
    scratch[n] = '\n';
    p.out.write(scratch, 0, n + 1);
    p.rowsInPart++;
    rows++;
  }

  /** Makes sure the folder of a day exists with at least an empty part file (header only for CSV). */
  void touch(long epochDay) throws IOException {
    if (!closed.contains(epochDay)) {
      partition(epochDay);
    }
  }

  /** Days whose folders are still open (after the window: the days late rows spill into). */
  java.util.Set<Long> openDays() {
    return new java.util.TreeSet<>(open.keySet());
  }

  /** Closes every folder up to and including the given day; writing there afterwards is a bug. */
  void closeThrough(long epochDay) throws IOException {
    Iterator<Map.Entry<Long, Partition>> it = open.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Long, Partition> e = it.next();
      if (e.getKey() > epochDay) {
        break;
      }
      e.getValue().out.close();
      closed.add(e.getKey());
      it.remove();
    }
  }

  @Override
  public void close() throws IOException {
    closeThrough(Long.MAX_VALUE);
  }

  long rows() {
    return rows;
  }

  int files() {
    return files;
  }

  private Partition partition(long epochDay) throws IOException {
    Partition p = open.get(epochDay);
    if (p == null) {
      if (closed.contains(epochDay)) {
        throw new IllegalStateException("folder dt=" + LocalDate.ofEpochDay(epochDay) + " of " + feedDir
            + " is already closed");
      }
      p = new Partition(feedDir.resolve("dt=" + LocalDate.ofEpochDay(epochDay)));
      open.put(epochDay, p);
    }
    return p;
  }

  /** The open part file of one dt folder. */
  private final class Partition {
    private final Path dir;
    private int partNo = -1;
    private int rowsInPart;
    private Writer out;

    Partition(Path dir) throws IOException {
      this.dir = dir;
      Files.createDirectories(dir);
      roll();
    }

    void roll() throws IOException {
      if (out != null) {
        out.close();
      }
      partNo++;
      StringBuilder name = new StringBuilder("part-");
      Timestamps.pad(name, partNo, 5);
      name.append('.').append(extension);
      OutputStream os = Files.newOutputStream(dir.resolve(name.toString()));
      os = gzip ? new GZIPOutputStream(os, BUFFER) : new BufferedOutputStream(os, BUFFER);
      out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), BUFFER);
      files++;
      rowsInPart = 0;
      if (header != null) {
        out.write(header);
        out.write('\n');
      }
    }
  }
}
