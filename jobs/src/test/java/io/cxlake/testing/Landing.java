package io.cxlake.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes hand-made landing files under {@code <root>/<feed>/dt=<date>/}. */
public final class Landing {

  public static final String CONTACTS_HEADER = "contact_id,customer_id,channel,direction,region,site,queue,priority,"
      + "arrival_time,answered_time,abandoned_time,end_time,wait_seconds,handle_seconds,transfers,agent_id,"
      + "disposition,language";

  private final Path root;

  public Landing(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  public Path write(String feed, String date, String name, List<String> lines) {
    try {
      Path dir = root.resolve(feed).resolve("dt=" + date);
      Files.createDirectories(dir);
      Path f = dir.resolve(name);
      byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
      if (name.endsWith(".gz")) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
          out.write(bytes);
        }
      } else {
        Files.write(f, bytes);
      }
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A contacts CSV row; times are on 2026-11-22 unless the caller gives full timestamps. */
  public static String contact(String id, String customer, String region, String arrival, String answered,
                               String abandoned, String end, String wait, String handle) {
    return String.join(",", id, customer, "voice", "inbound", region, "TPE-1", "billing", "2", arrival, answered,
        abandoned, end, wait, handle, "0", answered.isEmpty() ? "" : "TPE-1-A001", "resolved", "zh-Hant");
  }

  /** An answered voice contact of 2026-11-22 with a 30 s wait. */
  public static String answered(String id, String customer, String hhmm) {
    return contact(id, customer, "Taipei", "2026-11-22T" + hhmm + ":00+08:00", "2026-11-22T" + hhmm + ":30+08:00",
        "", "2026-11-22T" + hhmm + ":59+08:00", "30", "29");
  }

  public static String turn(String contactId, int no, String speaker, String time, String text) {
    return "{\"contact_id\":\"" + contactId + "\",\"turn_no\":" + no + ",\"speaker\":\"" + speaker
        + "\",\"turn_time\":\"" + time + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
  }
}
