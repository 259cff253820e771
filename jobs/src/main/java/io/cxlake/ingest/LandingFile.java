package io.cxlake.ingest;

import java.io.Serializable;
import java.util.Locale;

/**
 * One file landed for a feed and date: {@code path} as shown in lineage columns, {@code uri} to open it by (a
 * URI keeps names with {@code :} or {@code [} exact, where parsing the path text would not).
 */
record LandingFile(String path, String uri, String name, long size, Format format) implements Serializable {

  enum Format { CSV, JSONL }

  /** The format from the file name, or null for a file the ingest does not read. */
  static Format formatOf(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".csv")) {
      return Format.CSV;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Format.JSONL;
    }
    return null;
  }
}
