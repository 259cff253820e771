package io.cxlake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class BenchReportTest {

  private static final long GB = 1L << 30;

  private static JobRun job(String name, double wall, double floor) {
    return new JobRun(name, wall, wall * 1.8, 3 * GB, 4 * GB, 1000, floor, "scan of silver_contacts", List.of(), false);
  }

  /** Ingest 10 s + 0.1 ms per contact against a 5 s + 0.05 ms floor; scenarios 30 s + 0.2 ms against 2 s. */
  private static ScaleRun scale(long n) {
    return new ScaleRun(n, 1, List.of(job("ingest", 10 + 1e-4 * n, 5 + 5e-5 * n),
        JobRun.substitute("text", "substituted, not timed"), job("scenarios", 30 + 2e-4 * n, 2 + 1e-5 * n)));
  }

  private static TextRun text() {
    return new TextRun(20_000, 18_000, 50_000, 80_000, job("text", 60, 100), 100, 80, 2);
  }

  @Test
  void goalsAreJudgedOnTheLargestScale() {
    List<ScaleRun> scales = List.of(scale(100_000), scale(1_000_000));
    String md = BenchReport.markdown("test machine", "bin/cxlake bench", 2, 16 * GB, null, scales, text());
    // largest: chain 10+100 + 30+200 = 340 s against 5+50 + 2+10 = 67 s: 5.07x, not met
    assertTrue(md.contains("| chain without text, 1,000,000 contacts, within 4x the sum of the floors "
        + "| 340.0 s against 67.0 s: 5.07x | **no** |"), md);
    // ingest 110 s against 55 s: 2.00x, met
    assertTrue(md.contains("| ingest of 1,000,000 contacts within 4x its bare copy | 110.0 s against 55.0 s: 2.00x "
        + "| **yes** |"), md);
    // two scales: growth is the exponent of the contacts; ingest 20 s -> 110 s over 10x: log(5.5) / log(10) = 0.74
    // (scenarios 50 s -> 230 s: 0.66)
    assertTrue(md.contains("| every job's growth at most 1.2 (1.0 = linear) | largest: ingest 0.74 | **yes** |"), md);
    assertTrue(md.contains("| scenario clustering of 1,000,000 contacts under 10 min | 230.0 s for 1,000,000 "
        + "contacts | **yes** |"), md);
    // text: 60 s against 100 s raw / 2 cores = 50 s: +20 %, not met
    assertTrue(md.contains("| 60.0 s against 50.0 s: +20.0 % | **no** |"), md);
    // and against plain CoreNLP on 2 threads (80 s): 0.75
    assertTrue(md.contains("| 18,000 | 50,000 | 80,000 | 60.0 | 108.0 | 100.0 | 50.0 | 1.20 | 80.0 | 0.75 | 3.0 / 4.0 |"),
        md);
    assertTrue(md.contains("ran to the end with a heap limit of 16.0 GB (peak heap 3.0 GB as the sum of the pools' peaks,"
        + " RSS 4.0 GB) | **no** |"), md);
    assertTrue(md.contains("| text | – | – | – | – | – | – | – | substituted, not timed | – |"), md);
  }

  @Test
  void growthAndSizingComeFromTheFittedLines() {
    List<ScaleRun> scales = List.of(scale(100_000), scale(300_000), scale(1_000_000));
    String md = BenchReport.markdown("m", "c", 2, 8 * GB, scale(10_000), scales, text());
    // warm-up: 10 + 1 + 30 + 2 = 43 s; the fitted lines give the same at 10,000, so nothing more for a fresh JVM
    assertTrue(md.contains("on a night of 10,000 contacts in 43.0 s"), md);
    assertTrue(md.contains("put a warm night of that size at 43.0 s, so a nightly run in a fresh JVM takes about 0 s"),
        md);
    assertTrue(md.contains("| ingest | 20.0 | 13.3 | 11.0 | 10.0 | 10.0 | 1.00 | no |"), md);
    // 1M a night: (1e-4 + 2e-4) s x 2 cores x 1M = 600 core-s, text 60 x 2 / 18,000 x 1M = 6,667: 7,267 core-s;
    // fixed 40 s; room 0.8 x 3600 - 40 = 2,840 s: 3 cores, 1 executor of 4
    assertTrue(md.contains("| 1,000,000 | 7,267 | 40 | 3 | 1 |"), md);
    assertTrue(md.contains("| 10,000,000 | 72,667 | 40 | 26 | 7 |"), md);
  }

  @Test
  void aSmallerNightThatTookLongerGivesNoGrowthFigure() {
    List<ScaleRun> scales = List.of(new ScaleRun(100_000, 1, List.of(job("tolerance", 34, 2))),
        new ScaleRun(300_000, 1, List.of(job("tolerance", 20, 4))),
        new ScaleRun(1_000_000, 1, List.of(job("tolerance", 27, 7))));
    String md = BenchReport.markdown("m", "c", 2, 8 * GB, null, scales, null);
    assertTrue(md.contains("| tolerance | 34.0 | 6.7 | 2.7 | 0.0 | 5.8 | – | no |"), md);
  }

  @Test
  void theChartIsWellFormedSvgWithALineForTheChainItsFloorsAndEachTimedJob() throws Exception {
    String svg = ChainChart.svg(List.of(scale(100_000), scale(300_000), scale(1_000_000)));
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getNodeName());
    assertEquals(5, doc.getElementsByTagName("polyline").getLength()); // chain, its fitted line, floors, ingest, scenarios
    assertTrue(svg.contains(">scenarios</text>") && !svg.contains(">text</text>"));
    assertEquals(1000, ChainChart.roundUp(918.5));
    assertEquals(50, ChainChart.roundUp(43));
  }

  @Test
  void theCsvHasOneRowPerJobAndScale() {
    String csv = BenchCsv.of(List.of(scale(100_000)), text());
    List<String> lines = csv.lines().toList();
    assertEquals(BenchCsv.HEADER, lines.get(0));
    assertEquals(5, lines.size());
    assertTrue(lines.get(1).startsWith("text:20000,text,60.000,108.000,"), lines.get(1));
    assertTrue(lines.get(3).endsWith("\"substituted, not timed\",true"), lines.get(3));
  }
}
