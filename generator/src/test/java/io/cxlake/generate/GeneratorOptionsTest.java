package io.cxlake.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

  @Test
  void defaults() {
    GeneratorOptions o = GeneratorOptions.parse(new String[] {"--out", "/tmp/x"});
    assertEquals(5000, o.getContacts());
    assertEquals(7, o.getDays());
    assertEquals(LocalDate.of(2026, 11, 16), o.getStartDate());
    assertEquals(7, o.getSeed());
    assertEquals(Path.of("/tmp/x"), o.getOut());
    assertEquals(0.02, o.getLateShare());
    assertEquals(250_000, o.getPartRows());
    assertTrue(o.isGzipTurns());
  }

  @Test
  void allOptionsBothSyntaxes() {
    GeneratorOptions o = GeneratorOptions.parse(new String[] {"--contacts", "1200", "--days=3",
        "--start-date", "2027-01-05", "--seed=-4", "--out=/data/gen", "--late-share", "0.1", "--part-rows", "99",
        "--gzip-turns", "false"});
    assertEquals(1200, o.getContacts());
    assertEquals(3, o.getDays());
    assertEquals(LocalDate.of(2027, 1, 5), o.getStartDate());
    assertEquals(-4, o.getSeed());
    assertEquals(Path.of("/data/gen"), o.getOut());
    assertEquals(0.1, o.getLateShare());
    assertEquals(99, o.getPartRows());
    assertFalse(o.isGzipTurns());
  }

  @Test
  void unknownOptionNamesItAndListsAccepted() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeneratorOptions.parse(new String[] {"--out", "x", "--customers", "5"}));
    assertTrue(e.getMessage().contains("--customers"), e.getMessage());
    assertTrue(e.getMessage().contains("accepted options"), e.getMessage());
    assertTrue(e.getMessage().contains("--contacts N"), e.getMessage());
  }

  @Test
  void badValuesSayWhatIsExpected() {
    assertMessage(new String[] {"--out", "x", "--contacts", "many"}, "--contacts", "integer");
    assertMessage(new String[] {"--out", "x", "--contacts", "0"}, "--contacts", "1..");
    assertMessage(new String[] {"--out", "x", "--days", "400"}, "--days", "1..366");
    assertMessage(new String[] {"--out", "x", "--start-date", "16/11/2026"}, "--start-date", "YYYY-MM-DD");
    assertMessage(new String[] {"--out", "x", "--late-share", "1.5"}, "--late-share", "0..1");
    assertMessage(new String[] {"--out", "x", "--gzip-turns", "yes"}, "--gzip-turns", "true or false");
    assertMessage(new String[] {"--out", "x", "--part-rows", "-1"}, "--part-rows", "integer");
    assertMessage(new String[] {"--out", "x", "--seed"}, "--seed", "needs a value");
    assertMessage(new String[] {"--contacts", "10"}, "--out", "missing required");
    assertMessage(new String[] {"contacts", "10"}, "contacts", "unexpected argument");
  }

  private static void assertMessage(String[] args, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GeneratorOptions.parse(args));
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), "'" + e.getMessage() + "' should mention " + f);
    }
    assertTrue(e.getMessage().contains("accepted options"), e.getMessage());
  }

  @Test
  void commandReturnsTwoAndPrintsErrorOnBadOptions() {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertEquals(2, GenerateCommand.run(new String[] {"--out", "x", "--bogus", "1"}));
    } finally {
      System.setErr(originalErr);
    }
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: unknown option --bogus"), err.toString());
  }
}
