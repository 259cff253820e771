package io.cxlake.analyst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxlake.lake.LakeCatalog;
import io.cxlake.schema.DataDictionary;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.Tables;
import io.cxlake.testing.GeneratedLake;
import io.cxlake.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Analysts' access to the generated lake's last night: tables by name with their comments, the SQL shell, the
 * data dictionary, and every query of every notebook.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystAccessTest {

  static final Path REPO = io.cxlake.testing.Repo.root();
  private static final Pattern QUERY = Pattern.compile("spark\\.sql\\(f?\"\"\"(.*?)\"\"\"\\)", Pattern.DOTALL);
  private final SparkSession spark = SharedSpark.get();
  private List<String> registered;

  @BeforeAll
  void registerTheLake() {
    GeneratedLake g = GeneratedLake.get();
    g.runThrough("contracts");
    registered = LakeCatalog.register(spark, g.lake, false);
  }

  @Test
  void everyTableOfTheLakeIsRegisteredByNameWithItsComments() {
    assertTrue(registered.contains("cx." + Tables.CHURN_SIGNAL) && registered.contains("cx.silver_contacts"), registered.toString());
    List<String> listed = spark.sql("SHOW TABLES IN cx").select("tableName").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList();
    assertEquals(registered.stream().map(t -> t.substring(3)).sorted().toList(), listed.stream().sorted().toList());
    String description = SchemaCatalog.get().table(Tables.REGION_WAIT_TOLERANCE).description();
    List<Row> extended = spark.sql("DESCRIBE TABLE EXTENDED cx." + Tables.REGION_WAIT_TOLERANCE).collectAsList();
    assertTrue(extended.stream().anyMatch(r -> "Comment".equals(r.getString(0)) && description.equals(r.getString(1))),
        "table comment from schemas/");
    Row median = extended.stream().filter(r -> "median_patience_seconds".equals(r.getString(0))).findFirst().orElseThrow();
    assertEquals(SchemaCatalog.get().table(Tables.REGION_WAIT_TOLERANCE).column("median_patience_seconds").comment(),
        median.getString(2), "column comment from schemas/");
    assertEquals(registered, LakeCatalog.register(spark, GeneratedLake.get().lake, false), "registering again is harmless");
  }

  @Test
  void rawLayersAreRegisteredOnlyWhenAnOperatorAsksAndPathReadsAreOff() throws IOException {
    assertTrue(registered.stream().noneMatch(t -> t.startsWith("cx.bronze_") || t.equals("cx.quarantine")),
        registered.toString());
    GeneratedLake.get().lake.ensure(Tables.QUARANTINE); // the generated lake skips the ingest: an empty one
    List<String> withRaw = LakeCatalog.register(spark, GeneratedLake.get().lake, true);
    assertTrue(withRaw.contains("cx.quarantine"), withRaw.toString());
    assertTrue(withRaw.containsAll(registered));
    assertEquals(registered, LakeCatalog.register(spark, GeneratedLake.get().lake, false), "raw names dropped again");
    SparkSession analyst = spark.newSession();
    LakeCatalog.ANALYST_SPARK_SETTINGS.forEach(analyst.conf()::set);
    Path secret = java.nio.file.Files.writeString(io.cxlake.testing.SharedSpark.tempDir("analyst").resolve("s.txt"),
        "secret");
    Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
        () -> analyst.sql("SELECT value FROM text.`" + secret + "`").collectAsList());
    assertTrue(String.valueOf(e.getMessage()).contains("text"), e.getMessage());
    assertEquals("secret", spark.sql("SELECT value FROM text.`" + secret + "`").head().getString(0),
        "the same query reads the file where path reads are on: the setting is what stops it");
  }

  @Test
  void theShellRunsStatementsAndStopsAtTheFirstError() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    io.cxlake.cli.SqlShellAccess shell = new io.cxlake.cli.SqlShellAccess(spark, new PrintStream(buf, true,
        StandardCharsets.UTF_8), 5);
    assertTrue(shell.run("SELECT region, count(*) AS n FROM cx.gold_churn_signal GROUP BY region ORDER BY region; "
        + "SELECT 'a;b' AS text -- a comment; with a semicolon\n;"));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("region") && out.contains("a;b") && out.contains("1 row"), out);
    buf.reset();
    assertFalse(shell.run("SELECT * FROM cx.no_such_table; SELECT 1"));
    String err = buf.toString(StandardCharsets.UTF_8);
    assertTrue(err.startsWith("error: ") && err.contains("no_such_table") && !err.contains("1 row"), err);
  }

  @Test
  void aJdbcClientSignsInAndQueriesTheTablesThroughTheThriftServerReadOnly() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path users = SharedSpark.tempDir("analyst-users").resolve("users");
    java.nio.file.Files.writeString(users, io.cxlake.cli.SqlShellAccess.usersFileLine("amy", "correct horse battery")
        + "\n");
    String url = "jdbc:hive2://127.0.0.1:" + port + "/cx";
    long silver = spark.table("cx.silver_contacts").count();
    var server = io.cxlake.cli.SqlServer.start(spark, GeneratedLake.get().lake, "127.0.0.1", port, false,
        new io.cxlake.cli.SqlServer.Auth(true, users.toString()));
    try {
      assertThrows(java.sql.SQLException.class, () -> java.sql.DriverManager.getConnection(url, "amy", "wrong").close(),
          "a wrong password is refused");
      assertThrows(java.sql.SQLException.class, () -> java.sql.DriverManager.getConnection(url, "", "").close(),
          "no credentials are refused");
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "amy", "correct horse battery");
           java.sql.Statement st = c.createStatement()) {
        try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM cx." + Tables.CHURN_SIGNAL
            + " WHERE as_of_date = DATE'" + GeneratedLake.LAST + "'")) {
          assertTrue(rs.next());
          assertEquals(spark.table("cx." + Tables.CHURN_SIGNAL).where(org.apache.spark.sql.functions.col("as_of_date")
              .equalTo(java.sql.Date.valueOf(GeneratedLake.LAST))).count(), rs.getLong(1));
        }
        for (String refused : List.of(
            "SELECT java_method('java.lang.System', 'getenv', 'CXLAKE_PSEUDONYM_KEY')",
            "SELECT reflect('java.lang.System', 'getProperty', 'user.home')",
            "DELETE FROM cx.silver_contacts WHERE true",
            "DROP TABLE cx.silver_contacts",
            "CREATE TEMPORARY VIEW etc USING text OPTIONS (path '/etc/hostname')",
            "SET spark.sql.runSQLOnFiles=true",
            "SELECT value FROM text.`/etc/hostname`")) {
          java.sql.SQLException e = assertThrows(java.sql.SQLException.class, () -> st.execute(refused), refused);
          assertTrue(String.valueOf(e.getMessage()).matches("(?s).*(analyst|refused|text|disabled).*"),
              refused + ": " + e.getMessage());
        }
        try (java.sql.ResultSet rs = st.executeQuery("SHOW TABLES IN cx")) {
          assertTrue(rs.next(), "SHOW is allowed");
        }
      }
      // settings in the URL reach the session without a SET statement: the path check does not depend on them
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(url + "?spark.sql.runSQLOnFiles=true", "amy",
          "correct horse battery"); java.sql.Statement st = c.createStatement()) {
        java.sql.SQLException e = assertThrows(java.sql.SQLException.class,
            () -> st.execute("SELECT value FROM text.`/etc/hostname`"));
        assertTrue(String.valueOf(e.getMessage()).contains("path-based reads are disabled"), e.getMessage());
      }
    } finally {
      server.stop();
      io.cxlake.lake.ReadOnlyGuard.disarm();
      System.clearProperty("hive.server2.custom.authentication.class");
    }
    assertEquals(silver, spark.table("cx.silver_contacts").count(), "nothing was deleted");
  }

  @Test
  void theShellIsReadOnly() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    io.cxlake.cli.SqlShellAccess shell = new io.cxlake.cli.SqlShellAccess(
        io.cxlake.lake.ReadOnlyGuard.readOnlySession(spark), new PrintStream(buf, true, StandardCharsets.UTF_8), 5);
    try {
      assertTrue(shell.run("SELECT count(*) FROM cx.gold_churn_signal; DESCRIBE TABLE cx.gold_churn_signal;"));
      buf.reset();
      assertFalse(shell.run("INSERT INTO cx.gold_churn_signal SELECT * FROM cx.gold_churn_signal"));
      assertTrue(buf.toString(StandardCharsets.UTF_8).contains("read-only"), buf.toString(StandardCharsets.UTF_8));
      buf.reset();
      assertFalse(shell.run("SELECT java_method('java.lang.System', 'getenv', 'PATH')"));
      assertTrue(buf.toString(StandardCharsets.UTF_8).contains("java_method"), buf.toString(StandardCharsets.UTF_8));
    } finally {
      io.cxlake.lake.ReadOnlyGuard.disarm();
    }
  }

  @Test
  void theCommittedDataDictionaryIsTheOneTheSchemasGive() throws IOException {
    String committed = Files.readString(REPO.resolve("schemas/DATA_DICTIONARY.md"), StandardCharsets.UTF_8);
    assertEquals(DataDictionary.markdown(SchemaCatalog.get()), committed,
        "regenerate with: bin/cxlake dictionary --out schemas/DATA_DICTIONARY.md");
    for (String t : SchemaCatalog.tableNames()) {
      assertTrue(committed.contains("### " + t + "\n"), t);
    }
    assertTrue(committed.contains("| `median_patience_seconds` | double | yes | seconds |"), "units listed");
  }

  @Test
  void everyNotebookQueryRunsAndReturnsRows() throws IOException {
    List<Path> books;
    try (Stream<Path> s = Files.list(REPO.resolve("notebooks"))) {
      books = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertTrue(books.size() >= 4, books.toString());
    List<String> failures = new ArrayList<>();
    int queries = 0;
    for (Path book : books) {
      JsonNode nb = new ObjectMapper().readTree(book.toFile());
      assertEquals(4, nb.path("nbformat").asInt(), book + " is an nbformat-4 notebook");
      for (JsonNode cell : nb.path("cells")) {
        if (!"code".equals(cell.path("cell_type").asText())) {
          continue;
        }
        StringBuilder src = new StringBuilder();
        cell.path("source").forEach(line -> src.append(line.asText()));
        Matcher m = QUERY.matcher(src);
        while (m.find()) {
          queries++;
          String sql = m.group(1).replace("{run_date}", GeneratedLake.LAST.toString());
          try {
            long rows = spark.sql(sql).count();
            if (rows == 0) {
              failures.add(book.getFileName() + ": no rows from " + sql.strip().lines().findFirst().orElse(""));
            }
          } catch (RuntimeException e) {
            failures.add(book.getFileName() + ": " + e.getMessage().lines().findFirst().orElse("") + " in " + sql.strip());
          }
        }
      }
    }
    assertTrue(queries >= 12, queries + " queries");
    assertEquals(List.of(), failures);
  }
}
