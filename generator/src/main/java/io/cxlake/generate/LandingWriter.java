package io.cxlake.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Formats rows of the five landing feeds (column order = schemas/feeds/*.json) and hands them to one
 * {@link PartitionedFileWriter} per feed. Rows are built in one reused StringBuilder: no per-row String.format.
 */
final class LandingWriter implements Closeable {
  static final String CONTACTS = "contacts";
  static final String TURNS = "turns";
  static final String OUTBOUND = "outbound_attempts";
  static final String ACCOUNT_EVENTS = "account_events";
  static final String QA = "qa_evaluations";

  static final String CONTACTS_HEADER = "contact_id,customer_id,channel,direction,region,site,queue,priority,"
      + "arrival_time,answered_time,abandoned_time,end_time,wait_seconds,handle_seconds,transfers,agent_id,"
      + "disposition,language";
  static final String OUTBOUND_HEADER = "attempt_id,customer_id,campaign,attempt_time,outcome,region,agent_id";
  static final String QA_HEADER = "contact_id,evaluator,rubric_element,score,evaluated_at";

  private final Timestamps ts;
  private final PartitionedFileWriter contacts;
  private final PartitionedFileWriter turns;
  private final PartitionedFileWriter outbound;
  private final PartitionedFileWriter events;
  private final PartitionedFileWriter qa;
  private final StringBuilder row = new StringBuilder(1024);
  /** queue names by channel and query type, precomputed to avoid concatenation per row. */
  private final String[][] queues = new String[Channel.values().length][QueryType.values().length];

  LandingWriter(Path out, int partRows, boolean gzipTurns, Timestamps ts) {
    this.ts = ts;
    Path landing = out.resolve("landing");
    contacts = new PartitionedFileWriter(landing.resolve(CONTACTS), "csv", CONTACTS_HEADER, false, partRows);
    turns = new PartitionedFileWriter(landing.resolve(TURNS), gzipTurns ? "jsonl.gz" : "jsonl", null, gzipTurns,
        partRows);
    outbound = new PartitionedFileWriter(landing.resolve(OUTBOUND), "csv", OUTBOUND_HEADER, false, partRows);
    events = new PartitionedFileWriter(landing.resolve(ACCOUNT_EVENTS), "jsonl", null, false, partRows);
    qa = new PartitionedFileWriter(landing.resolve(QA), "csv", QA_HEADER, false, partRows);
    for (Channel ch : Channel.values()) {
      for (QueryType q : QueryType.values()) {
        queues[ch.ordinal()][q.ordinal()] = ch.code + "_" + q.group;
      }
    }
  }

  void contact(Contact c, String customerId, RegionProfile r, long dtDay) throws IOException {
    StringBuilder sb = reset();
    sb.append(c.id).append(',').append(customerId).append(',').append(c.channel.code).append(",inbound,");
    Escaping.csv(sb, r.name);
    sb.append(',').append(Regions.SITES[c.site]).append(',').append(queues[c.channel.ordinal()][c.queryType.ordinal()])
        .append(',').append(c.priority).append(',');
    ts.append(sb, c.arrival);
    sb.append(',');
    if (c.answered) {
      ts.append(sb, c.answeredTime);
    }
    sb.append(',');
    if (!c.answered) {
      ts.append(sb, c.abandonedTime);
    }
    sb.append(',');
    ts.append(sb, c.endTime);
    sb.append(',').append(c.waitSeconds).append(".0,").append(c.handleSeconds).append(".0,").append(c.transfers)
        .append(',');
    if (c.agent > 0) {
      appendAgent(sb, c.site, c.agent);
    }
    sb.append(',');
    if (c.disposition != null) {
      sb.append(c.disposition.code);
    }
    sb.append(',').append(c.language.code);
    contacts.write(dtDay, sb);
  }

  void turn(String contactId, int turnNo, String speaker, long time, CharSequence text, Language language,
      long dtDay) throws IOException {
    StringBuilder sb = reset();
    sb.append("{\"contact_id\":\"").append(contactId).append("\",\"turn_no\":").append(turnNo)
        .append(",\"speaker\":\"").append(speaker).append("\",\"turn_time\":\"");
    ts.append(sb, time);
    sb.append("\",\"text\":");
    Escaping.json(sb, text);
    sb.append(",\"language\":");
    if (language == null) {
      sb.append("null");
    } else {
      sb.append('"').append(language.code).append('"');
    }
    sb.append('}');
    turns.write(dtDay, sb);
  }

  void outbound(String attemptId, String customerId, String campaign, long time, String outcome, RegionProfile r,
      String agentId) throws IOException {
    StringBuilder sb = reset();
    sb.append(attemptId).append(',').append(customerId).append(',').append(campaign).append(',');
    ts.append(sb, time);
    sb.append(',').append(outcome).append(',');
    Escaping.csv(sb, r.name);
    sb.append(',');
    Escaping.csv(sb, agentId);
    outbound.write(Timestamps.localDay(time), sb);
  }

  /** Account event; {@code dtDay} differs from the event's date only for signups before the window. */
  void accountEvent(String customerId, RegionProfile r, Segment segment, String event, long time, long dtDay)
      throws IOException {
    StringBuilder sb = reset();
    sb.append("{\"customer_id\":\"").append(customerId).append("\",\"region\":");
    Escaping.json(sb, r.name);
    sb.append(",\"segment\":\"").append(segment.code).append("\",\"event\":\"").append(event)
        .append("\",\"event_time\":\"");
    ts.append(sb, time);
    sb.append("\"}");
    events.write(dtDay, sb);
  }

  void qa(String contactId, String evaluator, String element, double score, long time) throws IOException {
    StringBuilder sb = reset();
    sb.append(contactId).append(',').append(evaluator).append(',').append(element).append(',');
    long tenths = Math.round(score * 10);
    sb.append(tenths / 10).append('.').append(tenths % 10).append(',');
    ts.append(sb, time);
    qa.write(Timestamps.localDay(time), sb);
  }

  static void appendAgent(StringBuilder sb, int site, int agent) {
    sb.append(Regions.SITES[site]).append("-A");
    Timestamps.pad(sb, agent, 3);
  }

  /** Creates the (possibly empty) files of a window day for every feed, then closes its folders. */
  void finishDay(long epochDay) throws IOException {
    for (PartitionedFileWriter w : writers()) {
      w.touch(epochDay);
      w.closeThrough(epochDay);
    }
  }

  Map<String, Long> rowsPerFeed() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put(CONTACTS, contacts.rows());
    m.put(TURNS, turns.rows());
    m.put(OUTBOUND, outbound.rows());
    m.put(ACCOUNT_EVENTS, events.rows());
    m.put(QA, qa.rows());
    return m;
  }

  int files() {
    int n = 0;
    for (PartitionedFileWriter w : writers()) {
      n += w.files();
    }
    return n;
  }

  private PartitionedFileWriter[] writers() {
    return new PartitionedFileWriter[] {contacts, turns, outbound, events, qa};
  }

  private StringBuilder reset() {
    row.setLength(0);
    return row;
  }

  @Override
  public void close() throws IOException {
    // a spill-over day (late rows only) still gets a contacts and a turns file, empty if need be: the ingest
    // requires both feeds every night, as a real export would deliver them
    java.util.Set<Long> spill = new java.util.TreeSet<>();
    for (PartitionedFileWriter w : writers()) {
      spill.addAll(w.openDays());
    }
    for (long day : spill) {
      contacts.touch(day);
      turns.touch(day);
    }
    IOException first = null;
    for (PartitionedFileWriter w : writers()) {
      try {
        w.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
