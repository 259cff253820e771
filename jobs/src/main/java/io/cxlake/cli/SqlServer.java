package io.cxlake.cli;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.LakeCatalog;
import io.cxlake.lake.Lakehouse;
import io.cxlake.spark.SparkSessions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.hive.thriftserver.HiveThriftServer2;

/**
 * {@code cxlake sql-server}: a Spark Thrift server on the lakehouse, so JDBC/ODBC clients (DBeaver, Tableau,
 * beeline, any HiveServer2 driver) query {@code cx.<table>} at {@code jdbc:hive2://HOST:PORT/cx}. Runs until stopped
 * (Ctrl-C). Analysts see the published layers (silver, gold, run_summary); raw layers only with
 * {@code analyst.raw-layers=true}; path-based reads are off. No authentication yet: bind it to loopback (the
 * default) or put it behind the cluster's access control (README, "Analyst access: who can read what").
 */
public final class SqlServer {

  static final String USAGE = "sql-server [--host 127.0.0.1] [--port 10000] [--env local] [--set key=value ...]";

  private SqlServer() {}

  public static int run(String[] args) {
    SessionOptions o = SessionOptions.parse(args, USAGE, Set.of("--host", "--port"));
    String host = o.own().getOrDefault("--host", "127.0.0.1");
    int port = port(o.own().getOrDefault("--port", "10000"));
    CxConfig config = o.config();
    AnalystSessions.refuseKeyInEnvironment(config, System.getenv());
    Auth auth = Auth.from(config);
    java.util.Map<String, String> fixed = new java.util.HashMap<>(LakeCatalog.ANALYST_SPARK_SETTINGS);
    fixed.put(SINGLE_SESSION, "false"); // one session per connection, each with the read-only check
    SparkSession spark = SparkSessions.create("cxlake-sql-server", config, fixed);
    HiveThriftServer2 server = start(spark, new Lakehouse(spark, config), host, port,
        config.getBoolean(io.cxlake.config.ConfigKey.ANALYST_RAW_LAYERS), auth);
    System.err.println("cxlake sql-server: JDBC at jdbc:hive2://" + host + ":" + port + "/cx (Ctrl-C stops it)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      spark.stop();
      stopped.countDown();
    }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  static final String SINGLE_SESSION = "spark.sql.hive.thriftServer.singleSession";

  /** How JDBC clients sign in: no authentication, or a name and password checked against the users file. */
  public record Auth(boolean passwords, String usersFile) {

    public static final Auth NONE = new Auth(false, "");

    static Auth from(CxConfig config) {
      String mode = config.get(io.cxlake.config.ConfigKey.ANALYST_AUTH);
      String file = config.get(io.cxlake.config.ConfigKey.ANALYST_USERS_FILE);
      return switch (mode) {
        case "none" -> NONE;
        case "password" -> {
          if (file.isBlank() || !java.nio.file.Files.isReadable(java.nio.file.Path.of(file))) {
            throw new IllegalArgumentException("analyst.auth=password needs analyst.users-file, a readable file of "
                + "users (make its lines with: cxlake sql-user NAME); got '" + file + "'");
          }
          yield new Auth(true, file);
        }
        default -> throw new IllegalArgumentException("analyst.auth must be none or password, got '" + mode + "'");
      };
    }
  }

  /**
   * Registers the lake's tables and starts the server on the session; the caller stops it. Every JDBC connection
   * gets its own session with the {@link io.cxlake.lake.ReadOnlyGuard read-only check}.
   */
  public static HiveThriftServer2 start(SparkSession spark, Lakehouse lake, String host, int port, boolean rawLayers,
                                        Auth auth) {
    if (Boolean.parseBoolean(spark.conf().get(SINGLE_SESSION, "false"))) {
      throw new IllegalArgumentException(SINGLE_SESSION + "=true would run every client in the registering session, "
          + "without the read-only check; leave it false");
    }
    List<String> tables = LakeCatalog.register(spark, lake, rawLayers);
    io.cxlake.lake.ReadOnlyGuard.install(spark);
    spark.conf().set("hive.server2.thrift.bind.host", host);
    spark.conf().set("hive.server2.thrift.port", String.valueOf(port));
    spark.conf().set("hive.server2.transport.mode", "binary");
    // Hive builds its CUSTOM provider from a fresh HiveConf, which reads system properties, not this session
    spark.conf().set("hive.server2.authentication", auth.passwords() ? "CUSTOM" : "NONE");
    if (auth.passwords()) {
      System.setProperty("hive.server2.custom.authentication.class", AnalystPasswords.class.getName());
      System.setProperty(AnalystPasswords.USERS_FILE_PROPERTY, auth.usersFile());
    }
    System.err.println("cxlake sql-server: " + tables.size() + " tables registered in database cx, read-only, "
        + (auth.passwords() ? "password authentication" : "no authentication"));
    return HiveThriftServer2.startWithContext(spark.sqlContext());
  }

  private static int port(String v) {
    try {
      int p = Integer.parseInt(v);
      if (p > 0 && p < 65536) {
        return p;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new IllegalArgumentException("--port must be 1..65535, got '" + v + "'");
  }
}
