package io.cxlake.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one night's jobs in dependency order, up to {@code parallel} at once: independent jobs (text and tolerance;
 * scores, needs, churn, strain and contracts) may run side by side where the driver has cores to spare (on the
 * 2-core machine of BENCHMARKS.md it gained nothing, so the shipped setting is 1). A job starts once the jobs it
 * depends on (conf/pipeline.json) have succeeded;
 * after a failure no further job starts, the running ones finish, and the first failure is thrown.
 *
 * @param <R> what running a job gives (the launcher's cost record)
 */
public final class NightSchedule<R> {

  private final List<NightlyJob> jobs;
  private final Map<String, Set<String>> upstream;

  private NightSchedule(List<NightlyJob> jobs, Map<String, Set<String>> upstream) {
    this.jobs = jobs;
    this.upstream = upstream;
  }

  /**
   * The schedule of {@code jobs} (in the chain's order) with their dependencies from conf/pipeline.json, kept to the
   * jobs given: running {@code scores} and {@code reports} alone, reports waits for scores only. A job the pipeline
   * does not name waits for every job before it.
   */
  public static <R> NightSchedule<R> of(List<NightlyJob> jobs) {
    Map<String, List<String>> declared = new HashMap<>();
    NightlyPipeline.steps().forEach(s -> declared.put(s.name(), s.dependsOn()));
    Set<String> given = new HashSet<>();
    jobs.forEach(j -> given.add(j.name()));
    Map<String, Set<String>> upstream = new HashMap<>();
    Set<String> before = new HashSet<>();
    for (NightlyJob j : jobs) {
      Set<String> deps = new HashSet<>();
      if (declared.containsKey(j.name())) {
        deps.addAll(transitive(j.name(), declared));
        deps.retainAll(given);
      } else {
        deps.addAll(before);
      }
      upstream.put(j.name(), deps);
      before.add(j.name());
    }
    return new NightSchedule<>(List.copyOf(jobs), upstream);
  }

  /** Every job {@code name} waits for, directly or through others (so a job left out keeps its place in the order). */
  private static Set<String> transitive(String name, Map<String, List<String>> declared) {
    Set<String> out = new HashSet<>();
    List<String> todo = new ArrayList<>(declared.getOrDefault(name, List.of()));
    while (!todo.isEmpty()) {
      String d = todo.remove(todo.size() - 1);
      if (out.add(d)) {
        todo.addAll(declared.getOrDefault(d, List.of()));
      }
    }
    return out;
  }

  /** The jobs {@code job} waits for in this schedule. */
  public Set<String> upstreamOf(String job) {
    return Set.copyOf(upstream.get(job));
  }

  /**
   * Runs every job with {@code run}, returning the results in the chain's order. With {@code parallel} 1 the jobs
   * run one after another on the calling thread, in the chain's order.
   */
  public List<R> run(int parallel, String threadPrefix, Function<NightlyJob, R> run) {
    if (parallel <= 1 || jobs.size() == 1) {
      List<R> out = new ArrayList<>();
      jobs.forEach(j -> out.add(run.apply(j)));
      return out;
    }
    AtomicInteger n = new AtomicInteger();
    // threads made here, per night: Spark's local properties (job group, description) are inherited at creation
    ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
      Thread t = new Thread(r, threadPrefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      return runOn(new ExecutorCompletionService<>(pool), parallel, run);
    } finally {
      pool.shutdownNow();
    }
  }

  private record Done<R>(NightlyJob job, R result, RuntimeException failure) {}

  private List<R> runOn(CompletionService<Done<R>> pool, int parallel, Function<NightlyJob, R> run) {
    Map<String, R> results = new HashMap<>();
    Set<String> started = new HashSet<>();
    RuntimeException firstFailure = null;
    int running = 0;
    while (true) {
      if (firstFailure == null) {
        for (NightlyJob j : jobs) {
          if (running < parallel && !started.contains(j.name()) && results.keySet().containsAll(upstream.get(j.name()))) {
            started.add(j.name());
            running++;
            pool.submit(() -> attempt(j, run));
          }
        }
      }
      if (running == 0) {
        break;
      }
      Done<R> done = next(pool);
      running--;
      if (done.failure() != null) {
        firstFailure = firstFailure == null ? done.failure() : firstFailure;
      } else {
        results.put(done.job().name(), done.result());
      }
    }
    if (firstFailure != null) {
      throw firstFailure;
    }
    List<R> out = new ArrayList<>();
    jobs.forEach(j -> out.add(results.get(j.name())));
    return out;
  }

  private static <R> Done<R> attempt(NightlyJob job, Function<NightlyJob, R> run) {
    try {
      return new Done<>(job, run.apply(job), null);
    } catch (RuntimeException e) {
      return new Done<>(job, null, e);
    }
  }

  private static <R> Done<R> next(CompletionService<Done<R>> pool) {
    try {
      Future<Done<R>> f = pool.take();
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the night's jobs", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a job's thread failed outside the job", e.getCause());
    }
  }
}
