package io.cxlake.lake;

import java.util.List;
import java.util.Set;
import io.cxlake.schema.DataDictionary;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.CallMethodViaReflection;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalog;
import org.apache.spark.sql.execution.command.SetCommand;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import scala.Option;
import scala.Tuple2;
import scala.collection.JavaConverters;
import scala.runtime.BoxedUnit;

/**
 * Analyst sessions are read-only: a check on every analysed statement refuses writes and DDL (INSERT, DELETE,
 * UPDATE, MERGE, DROP, CREATE, ALTER, Delta's OPTIMIZE/VACUUM/RESTORE, temporary views over files, ADD JAR, CREATE
 * FUNCTION, CACHE, INSERT OVERWRITE DIRECTORY ...), script transforms ({@code SELECT TRANSFORM ... USING 'prog'},
 * which run a program on the server), the reflection functions ({@code java_method}, {@code reflect}, which call any Java method:
 * {@code System.getenv} of the pseudonymisation key, say) and SET of settings outside {@code spark.sql.*} or of
 * the analyst settings themselves, and reads of files by path ({@code text.`/etc/hostname`}, {@code delta.`...`})
 * outside the registered tables' folders, whatever {@code spark.sql.runSQLOnFiles} says (a JDBC URL can set it). Allowed: queries, SHOW, DESCRIBE, EXPLAIN, USE and SET of other
 * {@code spark.sql.*} settings. Installed on the session's extensions, so it holds for every session created from
 * it afterwards (each JDBC connection of the Thrift server is one), not for the session that registered the tables.
 */
public final class ReadOnlyGuard {

  /** Commands that only read the catalog or the session, by class name prefix or name. */
  private static final List<String> READ_ONLY_PREFIXES = List.of("Show", "Describe");
  private static final Set<String> READ_ONLY_COMMANDS = Set.of("ExplainCommand", "SetCatalogAndNamespace",
      "SetNamespaceCommand", "ResetCommand", "SetCommand");

  /** Writing plans that are not commands before analysis turns them into one. */
  private static final Set<String> WRITING_PLANS = Set.of("InsertIntoStatement", "InsertIntoDir");

  /** Extensions the check is injected into (once each: every injection would add the rule again). */
  private static final Set<Object> INSTALLED = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

  private ReadOnlyGuard() {}

  /**
   * Whether the check is on. An analyst process (SQL shell, SQL server) arms it for its lifetime once its tables
   * are registered; a JVM that also runs jobs (the tests) disarms it when its server stops, because sessions Spark
   * clones internally (e.g. for caching) carry the extensions too.
   */
  private static final java.util.concurrent.atomic.AtomicBoolean ARMED = new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Sessions created from {@code spark} after this call (newSession, Thrift connections) carry the check, and it
   * is armed.
   */
  public static synchronized void install(SparkSession spark) {
    ARMED.set(true);
    if (!INSTALLED.add(spark.extensions())) {
      return;
    }
    spark.extensions().injectCheckRule(session -> plan -> {
      if (ARMED.get()) {
        check(session, plan);
      }
      return BoxedUnit.UNIT;
    });
  }

  /** Turns the check off in this JVM: only for a JVM that runs jobs beside a server it stopped (tests). */
  public static void disarm() {
    ARMED.set(false);
  }

  /** A read-only session beside {@code spark}: same catalog and tables, with the check. */
  public static SparkSession readOnlySession(SparkSession spark) {
    install(spark);
    return spark.newSession();
  }

  /**
   * Throws {@link Refused} when the analysed plan writes, changes the catalog, calls Java by reflection or reads
   * files outside the folders of {@code session}'s registered tables.
   */
  public static void check(SparkSession session, LogicalPlan plan) {
    check(plan, new RegisteredFolders(session));
  }

  private static void check(LogicalPlan plan, RegisteredFolders registered) {
    String name = plan.getClass().getSimpleName();
    if (plan instanceof SetCommand set) {
      checkSet(set);
    } else if (plan instanceof Command && !readOnlyCommand(name)) {
      throw new Refused("analyst access is read-only: " + describe(name) + " is refused (queries, SHOW, DESCRIBE "
          + "and EXPLAIN are allowed; the nightly jobs are the only writers)");
    } else if (plan instanceof LogicalRelation r && r.catalogTable().isEmpty() && !registered.contain(r)) {
      throw new Refused("path-based reads are disabled for analysts (they read any file the server can read): "
          + "query the registered tables, cx.<table>");
    } else if (name.equals("ScriptTransformation")) {
      throw new Refused("SELECT TRANSFORM ... USING is disabled for analysts: it runs a program on the server");
    } else if (plan.getClass().getName().startsWith("org.apache.spark.sql.delta.") && !readOnlyCommand(name)
        || WRITING_PLANS.contains(name)) {
      throw new Refused("analyst access is read-only: " + describe(name) + " is refused");
    }
    for (Expression e : JavaConverters.seqAsJavaList(plan.expressions())) {
      checkExpression(e, registered);
    }
    for (LogicalPlan child : JavaConverters.seqAsJavaList(plan.children())) {
      check(child, registered);
    }
  }

  private static boolean readOnlyCommand(String name) {
    return READ_ONLY_COMMANDS.contains(name) || READ_ONLY_PREFIXES.stream().anyMatch(name::startsWith);
  }

  private static String describe(String planName) {
    return planName.replace("Command", "").replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(java.util.Locale.ROOT);
  }

  private static void checkExpression(Expression e, RegisteredFolders registered) {
    if (e instanceof CallMethodViaReflection) {
      throw new Refused("java_method and reflect are disabled for analysts: they call any Java method of the server");
    }
    if (e instanceof SubqueryExpression sub) {
      check(sub.plan(), registered);
    }
    for (Expression child : JavaConverters.seqAsJavaList(e.children())) {
      checkExpression(child, registered);
    }
  }

  /** SET key=value only for spark.sql.* settings other than the analyst session's own; SET key (to read) is fine. */
  private static void checkSet(SetCommand set) {
    Option<Tuple2<String, Option<String>>> kv = set.kv();
    if (kv.isEmpty() || kv.get()._2().isEmpty()) {
      return;
    }
    String key = kv.get()._1().trim();
    if (!key.startsWith("spark.sql.") || LakeCatalog.ANALYST_SPARK_SETTINGS.containsKey(key)) {
      throw new Refused("SET " + key + " is refused for analysts: only spark.sql.* settings other than "
          + String.join(", ", new java.util.TreeSet<>(LakeCatalog.ANALYST_SPARK_SETTINGS.keySet()))
          + " may be changed in a session");
    }
  }

  /**
   * The folders of the tables registered in the lake's database (only the operator registers tables: CREATE is
   * refused). A relation read by path is allowed inside them: Delta reads each table's log by path (its JSON commits
   * and checkpoints), and reading a registered table by its folder shows nothing its name does not.
   */
  private static final class RegisteredFolders {
    private final SparkSession session;
    private List<String> folders;

    RegisteredFolders(SparkSession session) {
      this.session = session;
    }

    boolean contain(LogicalRelation relation) {
      if (!(relation.relation() instanceof HadoopFsRelation files)) {
        return false;
      }
      List<Path> roots = JavaConverters.seqAsJavaList(files.location().rootPaths());
      return !roots.isEmpty() && roots.stream().map(RegisteredFolders::key).allMatch(this::inside);
    }

    private boolean inside(String path) {
      if (folders == null) {
        folders = listFolders();
      }
      return folders.stream().anyMatch(f -> path.equals(f) || path.startsWith(f + "/"));
    }

    private List<String> listFolders() {
      ExternalCatalog catalog = session.sharedState().externalCatalog();
      List<String> out = new java.util.ArrayList<>();
      String db = DataDictionary.DATABASE;
      if (catalog.databaseExists(db)) {
        for (String table : JavaConverters.seqAsJavaList(catalog.listTables(db))) {
          out.add(key(new Path(catalog.getTable(db, table).location())));
        }
      }
      return out;
    }

    /** Authority and path without scheme or trailing slash: file:/x, /x and file:///x/ are one folder. */
    private static String key(Path path) {
      java.net.URI uri = path.toUri();
      String p = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
      return (uri.getAuthority() == null ? "" : uri.getAuthority()) + "|" + p;
    }
  }

  /** A statement an analyst may not run; the message says why and what is allowed. */
  public static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }
}
