package io.cxlake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainArgsTest {

  @Test
  void parsesScalesTextNightWorkAndOverrides() {
    ChainArgs a = ChainArgs.parse(new String[] {"--contacts", "100000,300_000,1000000", "--text-contacts", "0",
        "--warmup-contacts", "5000", "--work", "/tmp/b", "--set", "scores.lookback-days=28"});
    assertEquals(List.of(100_000L, 300_000L, 1_000_000L), a.scales());
    assertEquals(0, a.textContacts());
    assertEquals(5000, a.warmUpContacts());
    assertEquals("/tmp/b", a.work().toString());
    assertEquals(Map.of("scores.lookback-days", "28"), a.overrides());
  }

  @Test
  void defaultsAreTheIssuesScales() {
    ChainArgs a = ChainArgs.parse(new String[0]);
    assertEquals(List.of(100_000L, 300_000L, 1_000_000L), a.scales());
    assertEquals(20_000, a.textContacts());
    assertEquals(10_000, a.warmUpContacts());
  }

  @Test
  void rejectsUnorderedScalesUnknownOptionsAndMissingValues() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ChainArgs.parse(
        new String[] {"--contacts", "300000,100000"})).getMessage().contains("ascending"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ChainArgs.parse(
        new String[] {"--contact", "1"})).getMessage().contains("usage: bench"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ChainArgs.parse(
        new String[] {"--contacts"})).getMessage().contains("needs a value"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ChainArgs.parse(
        new String[] {"--contacts", "1e6"})).getMessage().contains("whole number"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ChainArgs.parse(
        new String[] {"--warmup-contacts", "-5"})).getMessage()
        .contains("--warmup-contacts takes a whole number of 0 or more"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ChainArgs.parse(
        new String[] {"--text-contacts", "-1"})).getMessage().contains("0 or more"));
  }
}
