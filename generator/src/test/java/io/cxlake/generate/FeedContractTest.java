package io.cxlake.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written files honour the feed contracts in schemas/feeds/*.json. */
class FeedContractTest {
  private static final String[] CSV_FEEDS = {"contacts", "outbound_attempts", "qa_evaluations"};
  private static final String[] JSON_FEEDS = {"turns", "account_events"};

  @TempDir(factory = TmpDirFactory.class)
  static Path out;
  static GenerationSummary summary;

  @BeforeAll
  static void generate() throws IOException {
    summary = GeneratorTestSupport.generate(out, "--contacts", "5000", "--days", "7");
  }

  @Test
  void summaryCountsRows() {
    assertEquals(5000, summary.contacts());
    assertTrue(summary.turns() > 4 * summary.contacts(), "turns " + summary.turns());
    assertTrue(summary.outboundAttempts() > 0.4 * summary.contacts());
    assertTrue(summary.accountEvents() > 0);
    assertTrue(summary.qaEvaluations() > 0);
    assertTrue(summary.files() >= 35);
  }

  @Test
  void csvHeadersFieldCountsAndValuesFollowSchemas() throws IOException {
    for (String feed : CSV_FEEDS) {
      JsonNode schema = GeneratorTestSupport.schema(feed);
      List<String> columns = GeneratorTestSupport.columnNames(schema);
      List<Path> files = GeneratorTestSupport.feedFiles(out, feed);
      assertFalse(files.isEmpty(), feed);
      for (Path f : files) {
        assertTrue(f.getFileName().toString().matches("part-\\d{5}\\.csv"), f.toString());
        List<List<String>> records = GeneratorTestSupport.readCsv(f);
        assertEquals(columns, records.get(0), "header of " + f);
        for (List<String> r : records.subList(1, records.size())) {
          assertEquals(columns.size(), r.size(), "fields in " + f + ": " + r);
          for (int i = 0; i < columns.size(); i++) {
            checkValue(feed, schema.get("columns").get(i), r.get(i));
          }
        }
      }
    }
  }

  @Test
  void jsonLinesHoldExactlyTheSchemaFieldsWithValidValues() throws IOException {
    for (String feed : JSON_FEEDS) {
      JsonNode schema = GeneratorTestSupport.schema(feed);
      List<String> columns = GeneratorTestSupport.columnNames(schema);
      List<Map.Entry<String, JsonNode>> rows = GeneratorTestSupport.jsonFeed(out, feed);
      assertFalse(rows.isEmpty(), feed);
      for (Map.Entry<String, JsonNode> e : rows) {
        JsonNode row = e.getValue();
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        assertEquals(columns, names, feed + " fields");
        Iterator<JsonNode> defs = schema.get("columns").elements();
        while (defs.hasNext()) {
          JsonNode def = defs.next();
          JsonNode v = row.get(def.get("name").asText());
          if (def.get("type").asText().equals("int") && !v.isNull()) {
            assertTrue(v.isInt(), def.get("name") + " must be a JSON number: " + row);
          }
          checkValue(feed, def, v.isNull() ? "" : v.asText());
        }
      }
    }
  }

  @Test
  void turnsAreGzippedByDefault() throws IOException {
    for (Path f : GeneratorTestSupport.feedFiles(out, "turns")) {
      assertTrue(f.getFileName().toString().endsWith(".jsonl.gz"), f.toString());
    }
    for (Path f : GeneratorTestSupport.feedFiles(out, "account_events")) {
      assertTrue(f.getFileName().toString().endsWith(".jsonl"), f.toString());
    }
  }

  @Test
  void everyWindowDayHasAFolderPerFeed() {
    for (String feed : new String[] {"contacts", "turns", "outbound_attempts", "account_events", "qa_evaluations"}) {
      for (int d = 0; d < 7; d++) {
        Path dir = out.resolve("landing").resolve(feed).resolve("dt=" + LocalDate.of(2026, 11, 16).plusDays(d));
        assertTrue(Files.isDirectory(dir), dir.toString());
      }
    }
  }

  @Test
  void rowsSitInTheFolderOfTheirBusinessDate() throws IOException {
    for (Map<String, String> r : GeneratorTestSupport.csvFeed(out, "outbound_attempts")) {
      assertEquals(localDate(r.get("attempt_time")), r.get("_dt"));
    }
    for (Map<String, String> r : GeneratorTestSupport.csvFeed(out, "qa_evaluations")) {
      assertEquals(localDate(r.get("evaluated_at")), r.get("_dt"));
    }
    for (Map.Entry<String, JsonNode> e : GeneratorTestSupport.jsonFeed(out, "account_events")) {
      String date = localDate(e.getValue().get("event_time").asText());
      if (e.getValue().get("event").asText().equals("signup")) {
        assertEquals("2026-11-16", e.getKey());
        assertTrue(date.compareTo("2026-11-16") < 0, "signups happen before the window");
      } else {
        assertEquals(date, e.getKey());
      }
    }
  }

  @Test
  void contactTimesAreConsistent() throws IOException {
    for (Map<String, String> r : GeneratorTestSupport.csvFeed(out, "contacts")) {
      OffsetDateTime arrival = OffsetDateTime.parse(r.get("arrival_time"));
      OffsetDateTime end = OffsetDateTime.parse(r.get("end_time"));
      boolean answered = !r.get("answered_time").isEmpty();
      boolean abandoned = !r.get("abandoned_time").isEmpty();
      assertTrue(answered ^ abandoned, "exactly one of answered/abandoned: " + r);
      assertFalse(end.isBefore(arrival), r.toString());
      double wait = Double.parseDouble(r.get("wait_seconds"));
      OffsetDateTime stop = OffsetDateTime.parse(answered ? r.get("answered_time") : r.get("abandoned_time"));
      assertEquals(arrival.plusSeconds((long) wait), stop, "wait_seconds matches: " + r);
      assertFalse(end.isBefore(stop), r.toString());
      if (abandoned) {
        assertEquals("", r.get("agent_id"));
        assertEquals("0.0", r.get("handle_seconds"));
      } else {
        assertTrue(r.get("agent_id").startsWith(r.get("site") + "-A"), r.toString());
      }
    }
  }

  @Test
  void turnsAlternateAndStayInsideTheirContact() throws IOException {
    Map<String, Map<String, String>> contacts = new java.util.HashMap<>();
    for (Map<String, String> r : GeneratorTestSupport.csvFeed(out, "contacts")) {
      contacts.put(r.get("contact_id"), r);
    }
    Map<String, List<JsonNode>> byContact = new java.util.TreeMap<>();
    for (Map.Entry<String, JsonNode> e : GeneratorTestSupport.jsonFeed(out, "turns")) {
      byContact.computeIfAbsent(e.getValue().get("contact_id").asText(), k -> new ArrayList<>()).add(e.getValue());
    }
    for (Map.Entry<String, List<JsonNode>> e : byContact.entrySet()) {
      Map<String, String> c = contacts.get(e.getKey());
      assertTrue(c != null, "turns of unknown contact " + e.getKey());
      List<JsonNode> turns = new ArrayList<>(e.getValue());
      turns.sort(java.util.Comparator.comparingInt(t -> t.get("turn_no").asInt()));
      OffsetDateTime previous = OffsetDateTime.parse(c.get("arrival_time")).minusSeconds(1);
      String lastHuman = null;
      int humans = 0;
      for (int i = 0; i < turns.size(); i++) {
        JsonNode t = turns.get(i);
        assertEquals(i + 1, t.get("turn_no").asInt(), e.getKey());
        OffsetDateTime time = OffsetDateTime.parse(t.get("turn_time").asText());
        assertTrue(time.isAfter(previous), "turn times increase in " + e.getKey());
        assertFalse(time.isAfter(OffsetDateTime.parse(c.get("end_time"))), "turn after end of " + e.getKey());
        previous = time;
        String speaker = t.get("speaker").asText();
        if (!speaker.equals("bot")) {
          assertTrue(!speaker.equals(lastHuman), "customer and agent alternate in " + e.getKey());
          lastHuman = speaker;
          humans++;
        }
      }
      if (!c.get("answered_time").isEmpty()) {
        assertTrue(humans >= 3 && turns.size() <= 9, e.getKey() + " has " + turns.size() + " turns");
      } else {
        assertTrue(turns.size() <= 2, e.getKey());
      }
    }
  }

  private static String localDate(String ts) {
    return OffsetDateTime.parse(ts).toLocalDate().toString();
  }

  private static void checkValue(String feed, JsonNode def, String value) {
    String name = feed + "." + def.get("name").asText();
    if (value.isEmpty()) {
      if (def.path("required").asBoolean(false)) {
        fail(name + " is required but empty");
      }
      return;
    }
    switch (def.get("type").asText()) {
      case "timestamp" -> {
        OffsetDateTime t = OffsetDateTime.parse(value);
        assertEquals(ZoneOffset.ofHours(8), t.getOffset(), name);
        assertTrue(value.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"), name + " format: " + value);
      }
      case "int" -> checkRange(name, def, Integer.parseInt(value));
      case "double" -> checkRange(name, def, Double.parseDouble(value));
      default -> {
      }
    }
    if (def.has("allowed")) {
      List<String> allowed = new ArrayList<>();
      def.get("allowed").forEach(a -> allowed.add(a.asText()));
      assertTrue(allowed.contains(value), name + " value '" + value + "' not in " + allowed);
    }
  }

  private static void checkRange(String name, JsonNode def, double v) {
    if (def.has("min")) {
      assertTrue(v >= def.get("min").asDouble(), name + " below min: " + v);
    }
    if (def.has("max")) {
      assertTrue(v <= def.get("max").asDouble(), name + " above max: " + v);
    }
  }
}
