package io.cxlake.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitioningTest {

  @Test
  void filesRollOverAtPartRowsAndTurnsCanBePlain(@TempDir(factory = TmpDirFactory.class) Path out) throws Exception {
    GenerationSummary s = GeneratorTestSupport.generate(out, "--contacts", "2000", "--days", "2",
        "--part-rows", "300", "--gzip-turns", "false");
    long contacts = 0;
    boolean rolled = false;
    for (Path f : GeneratorTestSupport.feedFiles(out, "contacts")) {
      int rows = GeneratorTestSupport.readCsv(f).size() - 1;
      assertTrue(rows <= 300, f + " has " + rows + " rows");
      contacts += rows;
      rolled |= f.getFileName().toString().equals("part-00001.csv");
    }
    assertTrue(rolled, "expected a part-00001.csv");
    assertEquals(2000, contacts);
    assertEquals(s.contacts(), contacts);
    long turns = 0;
    for (Path f : GeneratorTestSupport.feedFiles(out, "turns")) {
      assertTrue(f.getFileName().toString().matches("part-\\d{5}\\.jsonl"), f.toString());
      List<String> lines = GeneratorTestSupport.lines(f);
      assertTrue(lines.size() <= 300);
      assertTrue(lines.isEmpty() || lines.get(0).startsWith("{\"contact_id\":"), f.toString());
      turns += lines.size();
    }
    assertEquals(s.turns(), turns);
    assertTrue(Files.exists(out.resolve("ground_truth.json")));
  }

  @Test
  void turnsGetPiiAndTextsInAllFourLanguages(@TempDir(factory = TmpDirFactory.class) Path out) throws Exception {
    GeneratorTestSupport.generate(out, "--contacts", "2000", "--days", "2");
    java.util.Set<String> languages = new java.util.TreeSet<>();
    boolean traditional = false;
    boolean simplified = false;
    for (var e : GeneratorTestSupport.jsonFeed(out, "turns")) {
      var lang = e.getValue().get("language");
      String text = e.getValue().get("text").asText();
      if (!lang.isNull()) {
        languages.add(lang.asText());
      }
      traditional |= text.contains("帳單") || text.contains("網路") || text.contains("門號");
      simplified |= text.contains("话费") || text.contains("网络") || text.contains("套餐");
    }
    assertEquals(java.util.Set.of("en", "mixed", "zh-Hans", "zh-Hant"), languages);
    assertTrue(traditional && simplified);
  }
}
