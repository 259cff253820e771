package io.cxlake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which touched silver partitions the ingest compacts: only those holding the configured number of files. */
class CompactionPolicyTest {

  private static List<String> files(String partition, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("file:/lake/silver_turns/turn_date=" + partition + "/part-0000" + i + "-x.c000.snappy.parquet");
    }
    return out;
  }

  @Test
  void onlyPartitionsWithEnoughFilesAreCompacted() {
    List<String> paths = new ArrayList<>(files("2026-11-16", 8));
    paths.addAll(files("2026-11-17", 7));
    paths.addAll(files("2026-11-18", 1));
    assertEquals(List.of("2026-11-16"), FeedIngest.fragmented(paths, "turn_date", 8));
    assertEquals(List.of("2026-11-16", "2026-11-17", "2026-11-18"), FeedIngest.fragmented(paths, "turn_date", 1));
    assertEquals(List.of(), FeedIngest.fragmented(paths, "contact_date", 1), "other column: no partition of it");
  }

  @Test
  void encodedPartitionValuesAreDecoded() {
    assertEquals(List.of("2026-11-01"), FeedIngest.fragmented(
        List.of("s3a://b/lake/silver_x/event_month=2026%2D11%2D01/part-1.parquet"), "event_month", 1));
  }
}
