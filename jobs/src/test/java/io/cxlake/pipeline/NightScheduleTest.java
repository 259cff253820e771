package io.cxlake.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** A night's jobs run side by side only where conf/pipeline.json lets them, and a failure stops what depends on it. */
class NightScheduleTest {

  /** A job that records when it ran and how many jobs ran with it; it fails if its name is in {@code failing}. */
  private static final class Probe implements NightlyJob {
    private final String name;
    private final Set<String> failing;
    private final Map<String, long[]> spans;
    private final AtomicInteger running;
    private final AtomicInteger mostAtOnce;

    Probe(String name, Set<String> failing, Map<String, long[]> spans, AtomicInteger running, AtomicInteger most) {
      this.name = name;
      this.failing = failing;
      this.spans = spans;
      this.running = running;
      this.mostAtOnce = most;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String run(SparkSession spark, JobContext ctx) {
      long start = System.nanoTime();
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(40);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        running.decrementAndGet();
      }
      spans.put(name, new long[] {start, System.nanoTime()});
      if (failing.contains(name)) {
        throw new IllegalStateException(name + " failed");
      }
      return name;
    }
  }

  private final Map<String, long[]> spans = new ConcurrentHashMap<>();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger most = new AtomicInteger();

  private List<NightlyJob> chain(Set<String> failing) {
    List<NightlyJob> jobs = new ArrayList<>();
    NightlyPipeline.steps().forEach(s -> jobs.add(new Probe(s.name(), failing, spans, running, most)));
    return jobs;
  }

  @Test
  void everyJobStartsAfterItsUpstreamJobsEndedAndIndependentOnesOverlap() {
    List<String> out = NightSchedule.<String>of(chain(Set.of())).run(3, "test", j -> j.run(null, null));
    assertEquals(NightlyPipeline.steps().stream().map(NightlyPipeline.Step::name).toList(), out, "results in order");
    for (NightlyPipeline.Step s : NightlyPipeline.steps()) {
      for (String up : s.dependsOn()) {
        assertTrue(spans.get(up)[1] <= spans.get(s.name())[0], s.name() + " started before " + up + " ended");
      }
    }
    assertEquals(3, most.get(), "up to three at once: scores, needs, churn, strain and contracts are independent");
  }

  @Test
  void oneAtATimeRunsTheChainInItsOrderOnTheCallingThread() {
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    NightSchedule.<String>of(chain(Set.of())).run(1, "test", j -> {
      threads.add(Thread.currentThread().getName());
      return j.run(null, null);
    });
    assertEquals(1, most.get());
    assertTrue(threads.stream().allMatch(Thread.currentThread().getName()::equals), threads.toString());
    long[] previousEnd = {0};
    NightlyPipeline.steps().forEach(s -> {
      assertTrue(spans.get(s.name())[0] >= previousEnd[0], s.name() + " out of order");
      previousEnd[0] = spans.get(s.name())[1];
    });
  }

  @Test
  void afterAFailureNoJobStartsAndTheFirstFailureIsThrown() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> NightSchedule.<String>of(chain(Set.of("text"))).run(2, "test", j -> j.run(null, null)));
    assertEquals("text failed", e.getMessage());
    assertTrue(spans.containsKey("tolerance") || !spans.containsKey("scenarios"), spans.keySet().toString());
    for (String downstream : List.of("scenarios", "scores", "needs", "churn", "strain", "contracts", "reports")) {
      assertFalse(spans.containsKey(downstream), downstream + " ran after text failed");
    }
  }

  @Test
  void aPartOfTheChainKeepsTheOrderOfTheJobsItLeavesOut() {
    List<NightlyJob> two = chain(Set.of()).stream().filter(j -> Set.of("reports", "scores").contains(j.name())).toList();
    NightSchedule<String> schedule = NightSchedule.of(two);
    assertEquals(Set.of("scores"), schedule.upstreamOf("reports"));
    assertEquals(Set.of(), schedule.upstreamOf("scores"));
    schedule.run(2, "test", j -> j.run(null, null));
    assertTrue(spans.get("scores")[1] <= spans.get("reports")[0]);
  }
}
