package io.cxlake.cli;

import io.cxlake.generate.GenerateCommand;
import io.cxlake.pipeline.JobMain;
import io.cxlake.pipeline.JobOptions;
import io.cxlake.pipeline.NightlyJob;
import io.cxlake.pipeline.NightlyPipeline;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** The launcher behind {@code bin/cxlake}: one job, the whole nightly chain, or a tool. */
public final class CxLake {

  static final String USAGE = String.join("\n",
      "usage: cxlake <command> [options]",
      "  nightly  " + JobOptions.USAGE + "      run the whole nightly chain",
      "  run JOB  " + JobOptions.USAGE + "      run one job (jobs: " + jobNames() + ")",
      "  generate --out DIR [--contacts N --days D --start-date YYYY-MM-DD --seed S]   synthetic feeds with truth",
      "  bench --contacts N[,N...] [--text-contacts N] [--warmup-contacts N] [--work DIR] [--set k=v]  "
          + "the nightly chain at each scale against floors measured in the same run "
          + "(results.md, results.csv, chain-time.svg)",
      "  bench-ingest --contacts N [--work DIR]   ingest benchmark against a bare Delta copy (see BENCHMARKS.md)",
      "  bench-tolerance --contacts N [--work DIR] [--set k=v]  wait-tolerance benchmark against a bare scan of silver contacts",
      "  bench-text --contacts N [--work DIR] [--set k=v]  CoreNLP in Spark against plain CoreNLP, and the text job on N contacts",
      "  bench-scenarios --contacts N [--work DIR] [--set k=v]  the scenario and scores jobs over a 28-day window of N contacts",
      "  bench-needs --contacts N [--work DIR] [--set k=v]  the needs, churn and strain jobs on N contacts over 56 days",
      "  bench-masking [--sentences N] [--seed S]          PII masking recall and false positives on planted sentences",
      "  train-mood --labels FILE.csv --out DIR  train the negativity model for text.mood-model on labelled texts",
      "  " + SqlShell.USAGE + "  Spark SQL on the lakehouse, tables as cx.<table>",
      "  " + SqlServer.USAGE + "  a JDBC (Thrift) server on the lakehouse",
      "  sql-user NAME   a line of analyst.users-file for NAME (password from standard input)",
      "  dictionary [--out FILE]  the data dictionary (Markdown) from schemas/");

  private CxLake() {}

  public static void main(String[] args) {
    JobMain.exit(run(args));
  }

  static int run(String[] args) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
      System.out.println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (args[0]) {
        case "nightly" -> nightly(rest, null);
        case "run" -> runJob(rest, null);
        case "generate" -> GenerateCommand.run(rest);
        case "bench" -> io.cxlake.bench.ChainBenchmark.run(rest);
        case "bench-ingest" -> io.cxlake.bench.IngestBenchmark.run(rest);
        case "bench-tolerance" -> io.cxlake.bench.ToleranceBenchmark.run(rest);
        case "bench-text" -> io.cxlake.bench.TextBenchmark.run(rest);
        case "bench-scenarios" -> io.cxlake.bench.ScenarioBenchmark.run(rest);
        case "bench-needs" -> io.cxlake.bench.NeedsBenchmark.run(rest);
        case "bench-masking" -> io.cxlake.bench.MaskingBenchmark.run(rest);
        case "train-mood" -> io.cxlake.text.MoodTraining.run(rest);
        case "sql" -> SqlShell.run(rest);
        case "sql-server" -> SqlServer.run(rest);
        case "sql-user" -> AnalystPasswords.run(Arrays.asList(rest));
        case "dictionary" -> io.cxlake.schema.DataDictionary.run(rest);
        default -> {
          System.err.println("error: unknown command '" + args[0] + "'\n" + USAGE);
          yield 2;
        }
      };
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
  }

  private static int nightly(String[] rest, SparkSession given) {
    return JobMain.runChain("nightly", NightlyPipeline.steps().stream().map(NightlyPipeline.Step::instantiate).toList(),
        rest, given);
  }

  private static int runJob(String[] rest, SparkSession given) {
    if (rest.length == 0 || rest[0].startsWith("--")) {
      throw new IllegalArgumentException("run needs a job name: " + jobNames());
    }
    NightlyJob job = NightlyPipeline.step(rest[0]).instantiate();
    return JobMain.runChain("job " + job.name(), List.of(job), Arrays.copyOfRange(rest, 1, rest.length), given);
  }

  /**
   * {@code cxlake run ...} or {@code cxlake nightly ...} in this JVM on a session that already runs (a notebook's,
   * a test's): the same option parsing, validation, run locks, progress lines and exit code as the command line,
   * without a JVM and a Spark session of their own. The session keeps its own settings and is not stopped.
   */
  public static int runInProcess(SparkSession spark, String... args) {
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (args.length == 0 ? "" : args[0]) {
        case "nightly" -> nightly(rest, spark);
        case "run" -> runJob(rest, spark);
        default -> throw new IllegalArgumentException("in process: only 'run' and 'nightly', got "
            + Arrays.toString(args));
      };
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
  }

  private static String jobNames() {
    return String.join(", ", NightlyPipeline.steps().stream().map(NightlyPipeline.Step::name).toList());
  }
}
