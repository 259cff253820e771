package io.cxlake.runs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Wall time of the named steps of one job unit (e.g. one feed's load), for the log: where did the night go. */
public final class StepTimes {

  private final Map<String, Long> millis = new LinkedHashMap<>();

  public <T> T time(String step, Supplier<T> work) {
    long t = System.nanoTime();
    try {
      return work.get();
    } finally {
      millis.merge(step, (System.nanoTime() - t) / 1_000_000, Long::sum);
    }
  }

  public void time(String step, Runnable work) {
    time(step, () -> {
      work.run();
      return null;
    });
  }

  @Override
  public String toString() {
    return millis.entrySet().stream().map(e -> String.format("%s %.1f s", e.getKey(), e.getValue() / 1000.0))
        .collect(Collectors.joining(", "));
  }
}
