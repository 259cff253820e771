package io.cxlake.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxlake.runs.JobAccounting;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostTableTest {

  @Test
  void sumsEachJobOverItsRunDatesAndTheWholeChain() {
    LocalDate d1 = LocalDate.parse("2026-11-16");
    LocalDate d2 = d1.plusDays(1);
    String table = CostTable.render(List.of(
        new JobAccounting.Cost("ingest", d1, 2_000, 10, 500, Map.of("silver_turns", 2L, "run_summary", 1L)),
        new JobAccounting.Cost("text", d1, 1_500, 4, 300, Map.of("run_summary", 1L)),
        new JobAccounting.Cost("ingest", d2, 1_000, 6, 250, Map.of("silver_turns", 1L))));
    assertEquals(String.join("\n",
        "| job | runs | wall s | Spark jobs | Spark job s | Delta commits |",
        "|---|---:|---:|---:|---:|---:|",
        "| ingest | 2 | 3.0 | 16 | 0.8 | 4 |",
        "| text | 1 | 1.5 | 4 | 0.3 | 1 |",
        "| all | 3 | 4.5 | 20 | 1.1 | 5 |", ""), table.replace("\r\n", "\n"));
  }
}
