package io.cxlake.cli;

import io.cxlake.pipeline.JobMain;
import io.cxlake.pipeline.JobOptions;
import io.cxlake.pipeline.NightlyJob;
import io.cxlake.pipeline.NightlyPipeline;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** The launcher behind {@code bin/cxlake}: one job, the whole nightly chain, or a tool. */
public final class CxLake {

  private static final List<ToolCommands.Command> TOOLS = ToolCommands.available();

  static final String USAGE = String.join("\n",
      "usage: cxlake <command> [options]",
      "  nightly  " + JobOptions.USAGE + "      run the whole nightly chain",
      "  run JOB[,JOB...]  " + JobOptions.USAGE + "      run one job, or several in the chain's order (jobs: "
          + jobNames() + ")",
      "  train-mood --labels FILE.csv --out DIR  train the negativity model for text.mood-model on labelled texts",
      "  " + SqlShell.USAGE + "  Spark SQL on the lakehouse, tables as cx.<table>",
      "  " + SqlServer.USAGE + "  a JDBC (Thrift) server on the lakehouse",
      "  sql-user NAME   a line of analyst.users-file for NAME (password from standard input)",
      "  dictionary [--out FILE]  the data dictionary (Markdown) from schemas/",
      TOOLS.isEmpty() ? "  (the generator and the benchmarks are not in this jar: run them with bin/cxlake from a checkout)"
          : String.join("\n", TOOLS.stream().map(t -> "  " + t.name() + " " + t.usage()).toList()));

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
        case "train-mood" -> io.cxlake.text.MoodTraining.run(rest);
        case "sql" -> SqlShell.run(rest);
        case "sql-server" -> SqlServer.run(rest);
        case "sql-user" -> AnalystPasswords.run(Arrays.asList(rest));
        case "dictionary" -> io.cxlake.schema.DataDictionary.run(rest);
        default -> runTool(args[0], rest);
      };
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
  }

  private static int runTool(String name, String[] rest) {
    for (ToolCommands.Command tool : TOOLS) {
      if (tool.name().equals(name)) {
        return tool.run().applyAsInt(rest);
      }
    }
    System.err.println("error: unknown command '" + name + "'\n" + USAGE);
    return 2;
  }

  private static int nightly(String[] rest, SparkSession given) {
    return JobMain.runChain("nightly", NightlyPipeline.steps().stream().map(NightlyPipeline.Step::instantiate).toList(),
        rest, given);
  }

  private static int runJob(String[] rest, SparkSession given) {
    if (rest.length == 0 || rest[0].startsWith("--")) {
      throw new IllegalArgumentException("run needs a job name: " + jobNames());
    }
    List<NightlyJob> jobs = jobsNamed(rest[0]);
    return JobMain.runChain("job " + String.join(",", jobs.stream().map(NightlyJob::name).toList()), jobs,
        Arrays.copyOfRange(rest, 1, rest.length), given);
  }

  /**
   * The jobs of a comma-separated list (e.g. {@code scenarios,scores,reports} to redo a night's results after a
   * configuration change), in the chain's order whatever the list's, so that each runs after what it reads.
   */
  static List<NightlyJob> jobsNamed(String list) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String n : list.split(",")) {
      names.add(NightlyPipeline.step(n.trim()).name()); // an unknown name fails here, with the list of jobs
    }
    return NightlyPipeline.steps().stream().filter(s -> names.contains(s.name())).map(NightlyPipeline.Step::instantiate)
        .toList();
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
