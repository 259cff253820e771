package io.cxlake.cli;

import java.io.PrintStream;
import org.apache.spark.sql.SparkSession;

/** The SQL shell on a test's session, for tests outside this package. */
public final class SqlShellAccess {

  private final SqlShell shell;

  public SqlShellAccess(SparkSession spark, PrintStream out, int maxRows) {
    this.shell = new SqlShell(spark, out, maxRows);
  }

  /** A users-file line (analyst.users-file) for a test's analyst. */
  public static String usersFileLine(String user, String password) {
    return AnalystPasswords.line(user, password);
  }

  /** Runs a script's statements; false at the first error. */
  public boolean run(String script) {
    return shell.runAll(SqlShell.statements(script));
  }
}
