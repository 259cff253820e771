package io.cxlake.cli;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.LakeCatalog;
import io.cxlake.lake.Lakehouse;
import io.cxlake.spark.SparkSessions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code cxlake sql}: a Spark SQL shell on the lakehouse, every table registered as {@code cx.<table>}.
 * Statements end with ';'. With {@code -e SQL} or {@code -f FILE} it runs them and exits (1 on the first error);
 * without, it reads statements from standard input until {@code quit;} or end of input.
 */
public final class SqlShell {

  static final String USAGE = "sql [-e \"SQL; ...\"] [-f FILE.sql] [--max-rows N] [--env local] [--set key=value ...]";

  private final SparkSession spark;
  private final PrintStream out;
  private final int maxRows;

  SqlShell(SparkSession spark, PrintStream out, int maxRows) {
    this.spark = spark;
    this.out = out;
    this.maxRows = maxRows;
  }

  public static int run(String[] args) {
    SessionOptions o = SessionOptions.parse(args, USAGE, Set.of("-e", "-f", "--max-rows"));
    String script = o.own().containsKey("-f") ? read(Path.of(o.own().get("-f"))) : o.own().get("-e");
    int maxRows = Integer.parseInt(o.own().getOrDefault("--max-rows", "200"));
    CxConfig config = o.config();
    AnalystSessions.refuseKeyInEnvironment(config, System.getenv());
    SparkSession spark = SparkSessions.create("cxlake-sql", config, LakeCatalog.ANALYST_SPARK_SETTINGS);
    try {
      List<String> tables = LakeCatalog.register(spark, new Lakehouse(spark, config),
          config.getBoolean(io.cxlake.config.ConfigKey.ANALYST_RAW_LAYERS));
      System.err.println("cxlake sql: " + tables.size() + " tables registered in database cx, read-only "
          + "(SHOW TABLES IN cx;)");
      SqlShell shell = new SqlShell(io.cxlake.lake.ReadOnlyGuard.readOnlySession(spark), System.out, maxRows);
      if (script != null) {
        return shell.runAll(statements(script)) ? 0 : 1;
      }
      shell.interactive(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Runs each statement; stops at the first error and says so. */
  boolean runAll(List<String> statements) {
    for (String s : statements) {
      if (!execute(s)) {
        return false;
      }
    }
    return true;
  }

  private void interactive(BufferedReader in) {
    StringBuilder pending = new StringBuilder();
    try {
      out.print("cx> ");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        pending.append(line).append('\n');
        List<String> done = statements(pending.toString());
        boolean complete = pending.toString().strip().endsWith(";");
        if (complete) {
          for (String s : done) {
            if (s.equalsIgnoreCase("quit") || s.equalsIgnoreCase("exit")) {
              return;
            }
            execute(s);
          }
          pending.setLength(0);
        }
        out.print(complete ? "cx> " : "  > ");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean execute(String statement) {
    long t0 = System.nanoTime();
    try {
      Dataset<Row> result = spark.sql(statement);
      List<Row> rows = result.limit(maxRows + 1).collectAsList();
      out.print(format(result.columns(), rows.subList(0, Math.min(rows.size(), maxRows))));
      out.printf("%s%d row%s (%.1f s)%n", rows.size() > maxRows ? "first " : "", Math.min(rows.size(), maxRows),
          rows.size() == 1 ? "" : "s", (System.nanoTime() - t0) / 1e9);
      return true;
    } catch (Exception e) { // Spark's AnalysisException is a checked exception in Java's eyes
      out.println("error: " + e.getMessage().lines().findFirst().orElse(e.toString()));
      return false;
    }
  }

  /** An aligned text table. */
  static String format(String[] columns, List<Row> rows) {
    int[] width = new int[columns.length];
    List<String[]> cells = new ArrayList<>();
    for (int c = 0; c < columns.length; c++) {
      width[c] = columns[c].length();
    }
    for (Row r : rows) {
      String[] line = new String[columns.length];
      for (int c = 0; c < columns.length; c++) {
        line[c] = r.isNullAt(c) ? "NULL" : r.get(c).toString().replace('\n', ' ');
        width[c] = Math.max(width[c], line[c].length());
      }
      cells.add(line);
    }
    StringBuilder b = new StringBuilder();
    append(b, columns, width);
    for (int c = 0; c < columns.length; c++) {
      b.append(c == 0 ? "" : "-+-").append("-".repeat(width[c]));
    }
    b.append('\n');
    cells.forEach(line -> append(b, line, width));
    return b.toString();
  }

  private static void append(StringBuilder b, String[] line, int[] width) {
    for (int c = 0; c < line.length; c++) {
      b.append(c == 0 ? "" : " | ").append(line[c]).append(" ".repeat(width[c] - line[c].length()));
    }
    b.append('\n');
  }

  /** The statements of a script: split at ';' outside quotes and comments, blank ones dropped. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < script.length(); i++) {
      char ch = script.charAt(i);
      if (quote == 0 && ch == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
        while (i < script.length() && script.charAt(i) != '\n') {
          i++;
        }
        cur.append('\n');
        continue;
      }
      if (quote == 0 && (ch == '\'' || ch == '"' || ch == '`')) {
        quote = ch;
      } else if (ch == quote && script.charAt(i - 1) != '\\') {
        quote = 0;
      }
      if (ch == ';' && quote == 0) {
        add(out, cur);
      } else {
        cur.append(ch);
      }
    }
    add(out, cur);
    return out;
  }

  private static void add(List<String> out, StringBuilder cur) {
    String s = cur.toString().strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    cur.setLength(0);
  }
}
