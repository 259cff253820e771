package io.cxlake.generate;

import java.io.IOException;

/** Command-line entry: {@code generate --out DIR [--contacts N] [--days D] ...}. */
public final class GenerateCommand {
  private GenerateCommand() {
  }

  /** Parses, generates, prints a one-line summary; 0 on success, 2 on bad options, 1 on I/O failure. */
  public static int run(String[] args) {
    GeneratorOptions options;
    try {
      options = GeneratorOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    try {
      GenerationSummary summary = SyntheticGenerator.generate(options);
      System.out.println(summary.oneLine());
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      System.err.println("error: cannot write output: " + e.getMessage());
      return 1;
    }
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }
}
