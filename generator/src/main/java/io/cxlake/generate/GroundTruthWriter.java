package io.cxlake.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes what was planted: ground_truth/*.csv streamed while generating, and ground_truth.json at the end.
 * Nothing here depends on the output path or wall-clock time, so files stay byte-identical per seed.
 */
final class GroundTruthWriter implements Closeable {
  private final Path out;
  private final Writer scenarios;
  private final Writer churners;
  private final Writer followups;
  private final Writer pii;
  private final Writer late;
  private final StringBuilder row = new StringBuilder(256);
  private final Timestamps ts;

  GroundTruthWriter(Path out, Timestamps ts) throws IOException {
    this.out = out;
    this.ts = ts;
    Path dir = out.resolve("ground_truth");
    Files.createDirectories(dir);
    scenarios = open(dir.resolve("contact_scenarios.csv"),
        "contact_id,scenario_id,channel,query_type,mood,goal,customer_id,churner");
    churners = open(dir.resolve("churners.csv"), "customer_id,region,cancellation_time");
    followups = open(dir.resolve("need_followups.csv"), "customer_id,first_contact_id,followup_contact_id,rule");
    pii = open(dir.resolve("planted_pii.csv"), "contact_id,turn_no,pii_type,value");
    late = open(dir.resolve("late_contacts.csv"), "contact_id,arrival_date,landed_dt");
  }

  private static Writer open(Path file, String header) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    w.write(header);
    w.write('\n');
    return w;
  }

  void contactScenario(Contact c, String customerId, boolean churner) throws IOException {
    StringBuilder sb = reset();
    sb.append(c.id).append(',').append(Scenarios.id(c.scenario)).append(',').append(c.channel.code).append(',')
        .append(c.queryType.code).append(',').append(c.mood.code).append(',').append(c.goal.code).append(',')
        .append(customerId).append(',').append(churner);
    line(scenarios, sb);
  }

  void churner(String customerId, RegionProfile r, long cancellationTime) throws IOException {
    StringBuilder sb = reset();
    sb.append(customerId).append(',');
    Escaping.csv(sb, r.name);
    sb.append(',');
    ts.append(sb, cancellationTime);
    line(churners, sb);
  }

  void followup(String customerId, String firstContactId, String followupContactId, NeedRule rule)
      throws IOException {
    StringBuilder sb = reset();
    sb.append(customerId).append(',').append(firstContactId).append(',').append(followupContactId).append(',')
        .append(rule.id());
    line(followups, sb);
  }

  void pii(String contactId, int turnNo, PiiType type, String value) throws IOException {
    StringBuilder sb = reset();
    sb.append(contactId).append(',').append(turnNo).append(',').append(type.code).append(',');
    Escaping.csv(sb, value);
    line(pii, sb);
  }

  void late(String contactId, long arrivalDay, long landedDay) throws IOException {
    StringBuilder sb = reset();
    sb.append(contactId).append(',').append(java.time.LocalDate.ofEpochDay(arrivalDay)).append(',')
        .append(java.time.LocalDate.ofEpochDay(landedDay));
    line(late, sb);
  }

  /** Writes ground_truth.json (pretty-printed, keys in insertion order). */
  void writeSummary(Map<String, Object> summary) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (Writer w = Files.newBufferedWriter(out.resolve("ground_truth.json"), StandardCharsets.UTF_8)) {
      w.write(mapper.writeValueAsString(summary).replace("\r\n", "\n"));
      w.write('\n');
    }
  }

  private StringBuilder reset() {
    row.setLength(0);
    return row;
  }

  private static void line(Writer w, StringBuilder sb) throws IOException {
    sb.append('\n');
    w.append(sb);
  }

  @Override
  public void close() throws IOException {
    for (Writer w : new Writer[] {scenarios, churners, followups, pii, late}) {
      w.close();
    }
  }
}
