package io.cxlake.bench;

import io.cxlake.generate.PiiCorpus;
import io.cxlake.ingest.PiiMasking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code cxlake bench-masking [--sentences N] [--seed S]}: PII masking scored on {@link PiiCorpus}, N sentences per
 * script with every form planted in turn and ordinary numbers beside it. Recall: planted values no longer in the
 * masked text. False positives: the share of the ordinary numbers' digits that were masked. Also the masking
 * throughput of one core. Prints Markdown for BENCHMARKS.md.
 */
public final class MaskingBenchmark {

  /** Quality in one script. */
  public record Score(String script, int planted, int missed, int ordinaryDigits, int ordinaryDigitsMasked,
                      Map<String, Integer> missedByForm, List<String> examples) {

    public double recall() {
      return planted == 0 ? 1.0 : 1.0 - (double) missed / planted;
    }

    public double falsePositiveRate() {
      return ordinaryDigits == 0 ? 0.0 : (double) ordinaryDigitsMasked / ordinaryDigits;
    }
  }

  private MaskingBenchmark() {}

  /** Scores every sample, per script in {@link PiiCorpus#SCRIPTS} order. */
  public static List<Score> score(List<PiiCorpus.Sample> samples) {
    Map<String, List<PiiCorpus.Sample>> byScript = new LinkedHashMap<>();
    PiiCorpus.SCRIPTS.forEach(s -> byScript.put(s, new ArrayList<>()));
    samples.forEach(s -> byScript.get(s.script()).add(s));
    List<Score> out = new ArrayList<>();
    byScript.forEach((script, list) -> out.add(scoreScript(script, list)));
    return out;
  }

  private static Score scoreScript(String script, List<PiiCorpus.Sample> samples) {
    int missed = 0;
    int digits = 0;
    int digitsMasked = 0;
    Map<String, Integer> missedByForm = new TreeMap<>();
    List<String> examples = new ArrayList<>();
    for (PiiCorpus.Sample s : samples) {
      String masked = PiiMasking.maskText(s.text());
      if (masked.contains(s.planted())) {
        missed++;
        missedByForm.merge(s.form(), 1, Integer::sum);
        if (examples.size() < 5) {
          examples.add(masked);
        }
      }
      // the ordinary numbers must survive in order: consume the masked text from left to right
      int from = 0;
      for (String n : s.ordinary()) {
        int d = (int) n.chars().filter(Character::isDigit).count();
        digits += d;
        int at = masked.indexOf(n, from);
        if (at < 0) {
          digitsMasked += d;
          if (examples.size() < 5) {
            examples.add(masked);
          }
        } else {
          from = at + n.length();
        }
      }
    }
    return new Score(script, samples.size(), missed, digits, digitsMasked, missedByForm, examples);
  }

  public static int run(String[] args) {
    int sentences = 10_000;
    long seed = 25L;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sentences" -> sentences = Integer.parseInt(value(args, ++i, "--sentences"));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
        default -> throw new IllegalArgumentException("bench-masking: unknown option " + args[i]
            + "; options: --sentences N (per script, default 10000), --seed S");
      }
    }
    if (sentences < 1) {
      throw new IllegalArgumentException("bench-masking: --sentences must be at least 1");
    }
    List<PiiCorpus.Sample> samples = PiiCorpus.generate(sentences, seed);
    List<Score> scores = score(samples);
    System.out.printf("PII masking on %d generated sentences per script (%d forms, seed %d)%n%n", sentences,
        PiiCorpus.forms().size(), seed);
    System.out.println("| script | planted values | missed | recall | ordinary digits | masked | false-positive rate |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Score s : scores) {
      System.out.println(BenchReport.f("| %s | %d | %d | %.2f %% | %d | %d | %.2f %% |", s.script(), s.planted(),
          s.missed(), 100 * s.recall(), s.ordinaryDigits(), s.ordinaryDigitsMasked(), 100 * s.falsePositiveRate()));
    }
    for (Score s : scores) {
      if (!s.missedByForm().isEmpty()) {
        System.out.println(s.script() + " missed by form: " + s.missedByForm() + "; e.g. " + s.examples());
      }
    }
    System.out.println();
    System.out.println(throughput(samples));
    return 0;
  }

  /** Sentences masked per second on one core, after a warm-up pass. */
  private static String throughput(List<PiiCorpus.Sample> samples) {
    long sink = 0;
    for (PiiCorpus.Sample s : samples) {
      sink += PiiMasking.maskText(s.text()).length();
    }
    long t0 = System.nanoTime();
    int rounds = 3;
    for (int i = 0; i < rounds; i++) {
      for (PiiCorpus.Sample s : samples) {
        sink += PiiMasking.maskText(s.text()).length();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return BenchReport.f("throughput: %.0f sentences/s on one core (%d sentences x %d rounds in %.2f s; checksum %d)",
        rounds * samples.size() / seconds, samples.size(), rounds, seconds, sink % 1000);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException("bench-masking: " + option + " needs a value");
    }
    return args[i];
  }
}
