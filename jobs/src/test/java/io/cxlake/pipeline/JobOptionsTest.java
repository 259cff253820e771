package io.cxlake.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

  @Test
  void parsesOneDateOrARangeAndOverrides() {
    JobOptions o = JobOptions.parse(new String[] {"--date", "2026-11-22", "--env", "cluster", "--set", "a=b"});
    assertEquals(List.of(LocalDate.parse("2026-11-22")), o.dates());
    assertEquals("cluster", o.env());
    assertEquals(List.of("a=b"), o.overrides());
    assertEquals(3, JobOptions.parse(new String[] {"--from", "2026-11-20", "--to", "2026-11-22"}).dates().size());
  }

  @Test
  void theRunDateIsRequiredAndValidated() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {}))
        .getMessage().startsWith("the run date is required"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--date", "22/11/2026"}))
        .getMessage().contains("YYYY-MM-DD"));
    assertThrows(IllegalArgumentException.class,
        () -> JobOptions.parse(new String[] {"--from", "2026-11-22", "--to", "2026-11-20"}));
    assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--date", "2026-11-22", "--bogus"}));
  }
}
