package io.cxlake.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ground truth claims can be recovered from the landing files alone. */
class PlantedTruthTest {
  @TempDir(factory = TmpDirFactory.class)
  static Path out;
  static JsonNode truth;
  static List<Map<String, String>> contacts;
  static Map<String, Map<String, String>> contactById = new HashMap<>();

  @BeforeAll
  static void generate() throws IOException {
    GeneratorTestSupport.generate(out, "--contacts", "6000", "--days", "7", "--seed", "11", "--late-share", "0.03");
    truth = GeneratorTestSupport.JSON.readTree(out.resolve("ground_truth.json").toFile());
    contacts = GeneratorTestSupport.csvFeed(out, "contacts");
    for (Map<String, String> c : contacts) {
      contactById.put(c.get("contact_id"), c);
    }
  }

  @Test
  void abandonmentPerRegionMatchesGroundTruth() {
    Map<String, long[]> counts = new TreeMap<>();
    for (Map<String, String> c : contacts) {
      String ch = c.get("channel");
      if (ch.equals("voice") || ch.equals("chat")) {
        long[] n = counts.computeIfAbsent(c.get("region"), k -> new long[2]);
        n[0]++;
        if (!c.get("abandoned_time").isEmpty()) {
          n[1]++;
        }
      }
    }
    assertEquals(6, counts.size());
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      JsonNode region = truth.get("regions").get(e.getKey());
      assertNotNull(region, e.getKey());
      assertEquals(region.get("voice_chat_contacts").asLong(), e.getValue()[0], e.getKey());
      assertEquals(region.get("voice_chat_abandoned").asLong(), e.getValue()[1], e.getKey());
      double share = (double) e.getValue()[1] / e.getValue()[0];
      assertEquals(region.get("voice_chat_abandonment_share").asDouble(), share, 1e-6, e.getKey());
    }
    double shanghai = share(counts, "Shanghai");
    double taipei = share(counts, "Taipei");
    double kualaLumpur = share(counts, "Kuala Lumpur");
    for (String r : counts.keySet()) {
      if (!r.equals("Shanghai")) {
        assertTrue(shanghai > share(counts, r), "Shanghai (55 s median patience) abandons most, vs " + r);
      }
    }
    assertTrue(taipei > kualaLumpur, "Taipei (70 s) > Kuala Lumpur (140 s)");
    assertTrue(kualaLumpur < 0.5 * shanghai);
  }

  private static double share(Map<String, long[]> counts, String region) {
    return (double) counts.get(region)[1] / counts.get(region)[0];
  }

  @Test
  void patienceTruthIsWrittenPerPriority() {
    JsonNode sh = truth.get("regions").get("Shanghai").get("patience");
    assertEquals(55.0, sh.get("median_seconds").asDouble());
    assertEquals(38.5, sh.get("median_seconds_by_priority").get("1").asDouble(), 1e-9);
    assertEquals(71.5, sh.get("median_seconds_by_priority").get("3").asDouble(), 1e-9);
    assertEquals(0.8, sh.get("sigma").asDouble());
  }

  @Test
  void everyChurnerCancelsAfterTheLastContactInTheSecondHalf() throws IOException {
    List<Map<String, String>> churners = GeneratorTestSupport.csvRows(out.resolve("ground_truth/churners.csv"));
    assertEquals(truth.get("churners").get("count").asInt(), churners.size());
    assertTrue(churners.size() > 50, "about 5 % of 2000 customers");
    Map<String, String> cancellations = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : GeneratorTestSupport.jsonFeed(out, "account_events")) {
      if (e.getValue().get("event").asText().equals("cancellation")) {
        cancellations.put(e.getValue().get("customer_id").asText(), e.getValue().get("event_time").asText());
      }
    }
    Map<String, OffsetDateTime> lastEnd = new HashMap<>();
    for (Map<String, String> c : contacts) {
      OffsetDateTime end = OffsetDateTime.parse(c.get("end_time"));
      lastEnd.merge(c.get("customer_id"), end, (a, b) -> a.isAfter(b) ? a : b);
    }
    OffsetDateTime windowEnd = OffsetDateTime.parse("2026-11-23T00:00:00+08:00");
    OffsetDateTime secondHalf = OffsetDateTime.parse("2026-11-19T12:00:00+08:00");
    for (Map<String, String> ch : churners) {
      String id = ch.get("customer_id");
      assertEquals(ch.get("cancellation_time"), cancellations.get(id), "cancellation event of " + id);
      OffsetDateTime t = OffsetDateTime.parse(ch.get("cancellation_time"));
      assertNotNull(lastEnd.get(id), id + " has contacts");
      assertTrue(t.isAfter(lastEnd.get(id)), id + " cancels after the last contact");
      assertTrue(t.isBefore(windowEnd) && t.isAfter(secondHalf), id + " cancels in the second half: " + t);
    }
    assertEquals(churners.size(), cancellations.size());
  }

  @Test
  void lateContactsSitInTheNextDaysFolder() throws IOException {
    List<Map<String, String>> late = GeneratorTestSupport.csvRows(out.resolve("ground_truth/late_contacts.csv"));
    assertEquals(truth.get("late_contacts").get("count").asInt(), late.size());
    assertTrue(late.size() > 100 && late.size() < 260, "about 3 % of 6000: " + late.size());
    Map<String, String> lateIds = new HashMap<>();
    for (Map<String, String> l : late) {
      lateIds.put(l.get("contact_id"), l.get("landed_dt"));
    }
    for (Map<String, String> c : contacts) {
      LocalDate arrival = OffsetDateTime.parse(c.get("arrival_time")).toLocalDate();
      String expected = lateIds.containsKey(c.get("contact_id")) ? arrival.plusDays(1).toString() : arrival.toString();
      assertEquals(expected, c.get("_dt"), c.get("contact_id"));
    }
    for (Map.Entry<String, JsonNode> e : GeneratorTestSupport.jsonFeed(out, "turns")) {
      String id = e.getValue().get("contact_id").asText();
      LocalDate day = OffsetDateTime.parse(e.getValue().get("turn_time").asText()).toLocalDate();
      assertEquals((lateIds.containsKey(id) ? day.plusDays(1) : day).toString(), e.getKey(), id);
    }
  }

  @Test
  void everyPlantedPiiValueIsInItsTurn() throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : GeneratorTestSupport.jsonFeed(out, "turns")) {
      JsonNode t = e.getValue();
      texts.put(t.get("contact_id").asText() + "#" + t.get("turn_no").asInt(), t.get("text").asText());
    }
    List<Map<String, String>> pii = GeneratorTestSupport.csvRows(out.resolve("ground_truth/planted_pii.csv"));
    assertTrue(pii.size() > 0.03 * 6000 && pii.size() < 0.08 * 6000, "about 5 %: " + pii.size());
    assertEquals(truth.get("pii").get("contacts_with_pii").asInt(), pii.size());
    Map<String, Integer> byType = new TreeMap<>();
    for (Map<String, String> p : pii) {
      String text = texts.get(p.get("contact_id") + "#" + p.get("turn_no"));
      assertNotNull(text, "turn of " + p);
      assertTrue(text.contains(p.get("value")), p + " not in: " + text);
      byType.merge(p.get("pii_type"), 1, Integer::sum);
      assertTrue(p.get("value").matches(pattern(p.get("pii_type"))), p.toString());
    }
    assertTrue(byType.size() >= 7, "most PII types planted: " + byType);
  }

  private static String pattern(String type) {
    return switch (type) {
      case "tw_mobile" -> "09\\d{2}-\\d{3}-\\d{3}";
      case "cn_mobile" -> "1[3-9]\\d{9}";
      case "my_mobile" -> "\\+60 1\\d-\\d{3} \\d{4}";
      case "sg_mobile" -> "\\+65 [89]\\d{3} \\d{4}";
      case "email" -> "[a-z._]+\\d+@[a-z0-9.]+";
      case "tw_national_id" -> "[A-Z][12]\\d{8}";
      case "cn_national_id" -> "\\d{17}[\\dX]";
      case "card_number" -> "\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{4}";
      default -> throw new AssertionError(type);
    };
  }

  @Test
  void needFollowUpsAreLaterContactsOfTheSameCustomer() throws IOException {
    Map<String, String> scenarioQuery = new HashMap<>();
    for (Map<String, String> s : GeneratorTestSupport.csvRows(out.resolve("ground_truth/contact_scenarios.csv"))) {
      scenarioQuery.put(s.get("contact_id"), s.get("query_type"));
    }
    List<Map<String, String>> followups =
        GeneratorTestSupport.csvRows(out.resolve("ground_truth/need_followups.csv"));
    assertTrue(followups.size() > 50, "follow-ups planted: " + followups.size());
    Map<String, JsonNode> rules = new HashMap<>();
    long plantedTotal = 0;
    for (JsonNode r : truth.get("need_sequences")) {
      rules.put(r.get("rule").asText(), r);
      plantedTotal += r.get("planted_followups").asLong();
    }
    assertEquals(plantedTotal, followups.size());
    for (Map<String, String> f : followups) {
      Map<String, String> first = contactById.get(f.get("first_contact_id"));
      Map<String, String> next = contactById.get(f.get("followup_contact_id"));
      JsonNode rule = rules.get(f.get("rule"));
      assertEquals(f.get("customer_id"), first.get("customer_id"));
      assertEquals(f.get("customer_id"), next.get("customer_id"));
      assertEquals(rule.get("trigger").asText(), scenarioQuery.get(f.get("first_contact_id")));
      assertEquals(rule.get("follow_up").asText(), scenarioQuery.get(f.get("followup_contact_id")));
      long days = ChronoUnit.DAYS.between(OffsetDateTime.parse(first.get("arrival_time")).toLocalDate(),
          OffsetDateTime.parse(next.get("arrival_time")).toLocalDate());
      assertTrue(days >= rule.get("min_days").asLong() && days <= rule.get("max_days").asLong(), f.toString());
    }
  }

  @Test
  void scenarioTruthCoversEveryContactAndMatchesCounts() throws IOException {
    List<Map<String, String>> rows = GeneratorTestSupport.csvRows(out.resolve("ground_truth/contact_scenarios.csv"));
    assertEquals(contacts.size(), rows.size());
    Map<String, Integer> perScenario = new TreeMap<>();
    for (Map<String, String> r : rows) {
      Map<String, String> c = contactById.get(r.get("contact_id"));
      assertNotNull(c, r.toString());
      assertEquals(c.get("channel"), r.get("channel"));
      assertEquals(c.get("customer_id"), r.get("customer_id"));
      perScenario.merge(r.get("scenario_id"), 1, Integer::sum);
    }
    assertEquals(13, truth.get("scenarios").size());
    for (JsonNode s : truth.get("scenarios")) {
      assertEquals(s.get("contacts").asInt(), perScenario.getOrDefault(s.get("id").asText(), 0), s.toString());
      if (!s.get("id").asText().equals("S00")) {
        assertTrue(s.get("contacts").asInt() > 30, "planted scenario visible: " + s);
      }
    }
  }

  @Test
  void rowCountsInGroundTruthMatchFiles() throws IOException {
    JsonNode rows = truth.get("rows");
    assertEquals(rows.get("contacts").asLong(), contacts.size());
    assertEquals(rows.get("turns").asLong(), GeneratorTestSupport.jsonFeed(out, "turns").size());
    assertEquals(rows.get("outbound_attempts").asLong(), GeneratorTestSupport.csvFeed(out, "outbound_attempts").size());
    assertEquals(rows.get("account_events").asLong(), GeneratorTestSupport.jsonFeed(out, "account_events").size());
    assertEquals(rows.get("qa_evaluations").asLong(), GeneratorTestSupport.csvFeed(out, "qa_evaluations").size());
    assertTrue(truth.get("options").has("seed"));
    assertTrue(!truth.get("options").has("out"), "the output path would break byte-identical reruns");
  }
}
