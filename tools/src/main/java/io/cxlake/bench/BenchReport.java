package io.cxlake.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The results file of {@code cxlake bench} (Markdown, pasted into BENCHMARKS.md as it is): one table per scale
 * with every job against its floor, the text step against raw CoreNLP, how each job grows with the contacts,
 * the goals, and the cores a cluster needs to finish a night in an hour.
 */
final class BenchReport {

  static final double GIB = 1024.0 * 1024 * 1024;
  /** The chain without text within this multiple of the sum of its floors (issue #27). */
  static final double CHAIN_GOAL = 4.0;
  /** The ingest within this multiple of its bare copy (issue #27). */
  static final double INGEST_GOAL = 4.0;
  /** Every job's growth between the scales at most this (issue #27; 1.0 = linear). */
  static final double GROWTH_GOAL = 1.2;
  /** The text job's wall time within this multiple of raw CoreNLP per core. */
  static final double TEXT_GOAL = 1.15;
  static final double SCENARIO_GOAL_SECONDS = 600;
  static final long SCENARIO_GOAL_CONTACTS = 1_000_000;
  /** The whole chain runs with at most this heap limit (issue #27). */
  static final double DRIVER_GOAL_GIB = 8;
  /** Share of the hour a cluster plan may fill: the rest is headroom for skew, retries and a slow night. */
  static final double HOUR_USE = 0.8;
  static final int EXECUTOR_CORES = 4;

  private BenchReport() {}

  /**
   * @param cores the cores the local session had (the per-core rates are relative to them)
   * @param maxHeapBytes the JVM's heap limit (-Xmx) the run completed in
   */
  static String markdown(String machine, String command, int cores, long maxHeapBytes, ScaleRun warmUp,
                         List<ScaleRun> scales, TextRun text) {
    StringBuilder md = new StringBuilder();
    md.append("**Machine:** ").append(machine).append("  \n**Command:** `").append(command).append("`\n\n");
    if (warmUp != null) {
      warmUp(md, warmUp, scales);
    }
    for (ScaleRun s : scales) {
      scaleTable(md, s);
    }
    if (text != null) {
      textTable(md, text);
    }
    linearity(md, scales);
    goals(md, scales, text, maxHeapBytes);
    sizing(md, scales, text, cores);
    return md.toString();
  }

  private static void scaleTable(StringBuilder md, ScaleRun s) {
    md.append(f("### %,d new contacts (generated in %.1f s)%n%n", s.contacts(), s.generateSeconds()));
    md.append("| job | wall s | CPU s | CPU / wall | peak heap / RSS GB | rows read | rows/s | floor s | floor | "
        + "ratio |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (JobRun j : s.jobs()) {
      if (j.substituted()) {
        md.append(f("| %s | – | – | – | – | – | – | – | %s | – |%n", j.job(), j.floorKind()));
        continue;
      }
      md.append(f("| %s | %.1f | %.1f | %.2f | %.1f / %.1f | %,d | %,.0f | %.1f | %s | %.2f |%n", j.job(),
          j.wallSeconds(), j.cpuSeconds(), j.cpuSeconds() / j.wallSeconds(), j.peakHeapBytes() / GIB,
          j.peakRssBytes() / GIB, j.rows(), j.rowsPerSecond(), j.floorSeconds(), j.floorKind(), j.ratio()));
    }
    md.append(f("| **chain without text** | **%.1f** | %.1f | | %.1f / %.1f | | | **%.1f** | sum of the floors | "
            + "**%.2f** |%n%n", s.wallSeconds(), s.measured().stream().mapToDouble(JobRun::cpuSeconds).sum(),
        s.peakHeapBytes() / GIB, s.peakRssBytes() / GIB, s.floorSeconds(), s.wallSeconds() / s.floorSeconds()));
  }

  private static void textTable(StringBuilder md, TextRun t) {
    md.append(f("### Text step (%,d new contacts)%n%n", t.contacts()));
    md.append(f("| contacts analysed | customer turns | sentences | text job s | CPU s | raw CoreNLP, 1 thread, s | "
        + "raw per core s | ratio | raw CoreNLP, %d threads, s | ratio to it | peak heap / RSS GB |%n"
        + "|---|---|---|---|---|---|---|---|---|---|---|%n", t.cores()));
    md.append(f("| %,d | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f | %.2f | %.1f / %.1f |%n%n",
        t.contactsAnalysed(), t.turns(), t.sentences(), t.job().wallSeconds(), t.job().cpuSeconds(), t.rawSeconds(),
        t.floorPerCoreSeconds(), t.ratio(), t.rawParallelSeconds(), t.ratioToParallel(),
        t.job().peakHeapBytes() / GIB, t.job().peakRssBytes() / GIB));
  }

  /** The untimed first night: what a fresh JVM pays on top of the warm figures of the scales. */
  private static void warmUp(StringBuilder md, ScaleRun w, List<ScaleRun> scales) {
    md.append(f("**Warm-up:** before the scales, the chain ran on a night of %,d contacts in %.1f s: the first night "
        + "in this JVM, which pays class loading, the JIT and Spark's code generation of every job's queries. The "
        + "scales below are measured after it.", w.contacts(), w.wallSeconds()));
    if (scales.size() >= 2) {
      double warm = chainLine(scales).seconds(w.contacts());
      md.append(f(" The lines through the scales put a warm night of that size at %.1f s, so a nightly run in a fresh "
          + "JVM takes about %.0f s longer than they show.", warm, w.wallSeconds() - warm));
    }
    md.append("\n\n");
  }

  private static void linearity(StringBuilder md, List<ScaleRun> scales) {
    if (scales.size() < 2) {
      return;
    }
    md.append("### Growth with the contacts\n\nSeconds per 100,000 contacts at each scale; `fixed s` and "
        + "`s per 100k` are the least-squares line through all scales; `growth` is the last step's cost per extra "
        + "contact over the first step's (1.0 = linear; with two scales, the exponent of the contacts; – when the "
        + "smaller night took longer).\n\n| job |");
    scales.forEach(s -> md.append(f(" %,d |", s.contacts())));
    md.append(" fixed s | s per 100k | growth | faster than linear |\n|---|");
    scales.forEach(s -> md.append("---|"));
    md.append("---|---|---|---|\n");
    for (String job : jobNames(scales)) {
      Linearity l = fit(scales, job);
      if (l == null) {
        continue;
      }
      md.append("| ").append(job).append(" |");
      for (ScaleRun s : scales) {
        md.append(f(" %.1f |", s.job(job).wallSeconds() / s.contacts() * 100_000));
      }
      // no growth figure when the first step's marginal cost is not positive (the smaller night took longer)
      String growth = Double.isNaN(l.growth()) ? "–" : f("%.2f", l.growth());
      md.append(f(" %.1f | %.1f | %s | %s |%n", l.fixedSeconds(), l.secondsPerContact() * 100_000, growth,
          l.fasterThanLinear() ? "**yes**" : "no"));
    }
    md.append('\n');
  }

  static Linearity fit(List<ScaleRun> scales, String job) {
    List<Long> n = new ArrayList<>();
    List<Double> t = new ArrayList<>();
    for (ScaleRun s : scales) {
      JobRun j = s.job(job);
      if (j == null || j.substituted()) {
        return null;
      }
      n.add(s.contacts());
      t.add(j.wallSeconds());
    }
    return Linearity.of(n, t);
  }

  /** Fixed seconds plus seconds per contact. */
  record Line(double fixedSeconds, double secondsPerContact) {
    double seconds(long contacts) {
      return fixedSeconds + secondsPerContact * contacts;
    }
  }

  /** The chain's line: the sum of its timed jobs' fitted lines (the warm-up paragraph, sizing and the chart). */
  static Line chainLine(List<ScaleRun> scales) {
    double fixed = 0;
    double perContact = 0;
    for (String job : jobNames(scales)) {
      Linearity l = fit(scales, job);
      if (l != null) {
        fixed += l.fixedSeconds();
        perContact += l.secondsPerContact();
      }
    }
    return new Line(fixed, perContact);
  }

  static Set<String> jobNames(List<ScaleRun> scales) {
    Set<String> names = new LinkedHashSet<>();
    scales.forEach(s -> s.jobs().forEach(j -> names.add(j.job())));
    return names;
  }

  private static void goals(StringBuilder md, List<ScaleRun> scales, TextRun text, long maxHeapBytes) {
    md.append("### Goals\n\n| goal | measured | met |\n|---|---|---|\n");
    if (!scales.isEmpty()) {
      ScaleRun big = scales.get(scales.size() - 1);
      double ratio = big.wallSeconds() / big.floorSeconds();
      md.append(f("| chain without text, %,d contacts, within %.0fx the sum of the floors | %.1f s against %.1f s: "
          + "%.2fx | %s |%n", big.contacts(), CHAIN_GOAL, big.wallSeconds(), big.floorSeconds(), ratio,
          yes(ratio <= CHAIN_GOAL)));
      JobRun ingest = big.job("ingest");
      if (ingest != null && !ingest.substituted() && ingest.floorSeconds() > 0) {
        double r = ingest.wallSeconds() / ingest.floorSeconds();
        md.append(f("| ingest of %,d contacts within %.0fx its bare copy | %.1f s against %.1f s: %.2fx | %s |%n",
            big.contacts(), INGEST_GOAL, ingest.wallSeconds(), ingest.floorSeconds(), r, yes(r <= INGEST_GOAL)));
      }
      growthGoal(md, scales);
      JobRun sc = big.job("scenarios");
      if (sc != null && !sc.substituted()) {
        boolean atScale = big.contacts() >= SCENARIO_GOAL_CONTACTS;
        md.append(f("| scenario clustering of %,d contacts under %.0f min | %.1f s for %,d contacts | %s |%n",
            SCENARIO_GOAL_CONTACTS, SCENARIO_GOAL_SECONDS / 60, sc.wallSeconds(), big.contacts(),
            atScale ? yes(sc.wallSeconds() < SCENARIO_GOAL_SECONDS) : "not measured at that scale"));
      }
      double heap = scales.stream().mapToLong(ScaleRun::peakHeapBytes).max().orElse(0) / GIB;
      double rss = scales.stream().mapToLong(ScaleRun::peakRssBytes).max().orElse(0) / GIB;
      // the run finished, so it fitted its heap limit; the pools' peaks are summed and can exceed the limit
      md.append(f("| the whole chain within a %.0f GB heap | ran to the end with a heap limit of %.1f GB (peak heap %.1f GB"
          + " as the sum of the pools' peaks, RSS %.1f GB) | %s |%n", DRIVER_GOAL_GIB, maxHeapBytes / GIB, heap, rss,
          yes(maxHeapBytes / GIB <= DRIVER_GOAL_GIB + 0.01)));
    }
    if (text != null) {
      md.append(f("| text step within %.0f %% of raw CoreNLP per core | %.1f s against %.1f s: %+.1f %% | %s |%n",
          (TEXT_GOAL - 1) * 100, text.job().wallSeconds(), text.floorPerCoreSeconds(), (text.ratio() - 1) * 100,
          yes(text.ratio() <= TEXT_GOAL)));
    }
    md.append('\n');
  }

  /** The largest growth of any job between the scales, against {@link #GROWTH_GOAL}. */
  private static void growthGoal(StringBuilder md, List<ScaleRun> scales) {
    if (scales.size() < 2) {
      return;
    }
    String worst = null;
    double max = Double.NEGATIVE_INFINITY;
    for (String job : jobNames(scales)) {
      Linearity l = fit(scales, job);
      if (l != null && !Double.isNaN(l.growth()) && l.growth() > max) {
        max = l.growth();
        worst = job;
      }
    }
    if (worst != null) {
      md.append(f("| every job's growth at most %.1f (1.0 = linear) | largest: %s %.2f | %s |%n", GROWTH_GOAL, worst,
          max, yes(max <= GROWTH_GOAL)));
    }
  }

  private static void sizing(StringBuilder md, List<ScaleRun> scales, TextRun text, int cores) {
    if (scales.isEmpty()) {
      return;
    }
    md.append(f("### Cluster sizing for a night in one hour%n%n"
        + "From the lines above: each job's fixed seconds do not shrink with more cores, its per-contact seconds "
        + "(measured on %d cores) do; the text step's per-contact core-seconds come from its own night. A plan "
        + "may fill %.0f %% of the hour. Executors of %d cores.%n%n"
        + "| contacts a night | core-seconds of work | fixed s | cores needed | executors |%n|---|---|---|---|---|%n",
        cores, HOUR_USE * 100, EXECUTOR_CORES));
    Line chain = chainLine(scales);
    for (long night : List.of(1_000_000L, 10_000_000L)) {
      double work = chain.secondsPerContact() * cores * night;
      double fixed = chain.fixedSeconds();
      if (text != null) {
        work += text.coreSecondsPerContact() * night;
      }
      double room = 3600 * HOUR_USE - fixed;
      String need = room <= 0 ? "fixed costs alone exceed the hour" : f("%d", (long) Math.ceil(work / room));
      String executors = room <= 0 ? "–" : f("%d", (long) Math.ceil(Math.ceil(work / room) / EXECUTOR_CORES));
      md.append(f("| %,d | %,.0f | %.0f | %s | %s |%n", night, work, fixed, need, executors));
    }
    md.append('\n');
  }

  private static String yes(boolean met) {
    return met ? "**yes**" : "**no**";
  }

  public static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
