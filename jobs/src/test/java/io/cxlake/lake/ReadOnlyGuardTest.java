package io.cxlake.lake;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyst sessions' check on the analysed plans of real statements (analysed, never run). */
class ReadOnlyGuardTest {

  private static final SparkSession SPARK = SharedSpark.get();
  private static final String TABLE = "cx.guard_test_numbers"; // cx: the database whose folders may be read
  private static String path;
  private static String unregistered;

  @BeforeAll
  static void aRegisteredDeltaTable() {
    path = SharedSpark.tempDir("guard").resolve("t").toString();
    SPARK.range(3).write().format("delta").save(path);
    SPARK.sql("CREATE DATABASE IF NOT EXISTS cx");
    SPARK.sql("CREATE TABLE IF NOT EXISTS " + TABLE + " USING DELTA LOCATION '" + path + "'");
    unregistered = java.nio.file.Path.of(path).resolveSibling("elsewhere").toString();
    SPARK.range(2).write().format("delta").save(unregistered);
  }

  @AfterAll
  static void dropIt() {
    SPARK.sql("DROP TABLE IF EXISTS " + TABLE); // only the name: other classes list the lake's tables in cx
  }

  private static LogicalPlan analysed(String sql) {
    try {
      return SPARK.sessionState().analyzer().execute(SPARK.sessionState().sqlParser().parsePlan(sql));
    } catch (org.apache.spark.sql.catalyst.parser.ParseException e) {
      throw new IllegalArgumentException(sql, e);
    }
  }

  @Test
  void refusesWritesDdlReflectionAndProtectedSettings() {
    for (String sql : List.of(
        "SELECT java_method('java.lang.System', 'getenv', 'CXLAKE_PSEUDONYM_KEY')",
        "SELECT id FROM " + TABLE + " WHERE id IN (SELECT length(reflect('java.lang.System', 'getenv', 'X')))",
        "DELETE FROM " + TABLE + " WHERE id = 1",
        "UPDATE " + TABLE + " SET id = 0",
        "INSERT INTO " + TABLE + " SELECT 9",
        "DROP TABLE IF EXISTS nothing_here",
        "CREATE TEMPORARY VIEW etc USING text OPTIONS (path '/etc/hostname')",
        "ADD JAR /tmp/evil.jar",
        "SELECT TRANSFORM(id) USING 'env' AS (line) FROM " + TABLE,
        "INSERT OVERWRITE DIRECTORY '/tmp/out' USING parquet SELECT * FROM " + TABLE,
        "SET spark.sql.runSQLOnFiles=true",
        "SET spark.hadoop.fs.s3a.endpoint=http://elsewhere",
        "SELECT * FROM delta.`" + unregistered + "`",
        "SELECT count(*) FROM (SELECT 1) JOIN parquet.`" + unregistered + "`",
        "SELECT count(*) FROM text.`" + path + "/../elsewhere/_delta_log`")) {
      ReadOnlyGuard.Refused e = assertThrows(ReadOnlyGuard.Refused.class,
          () -> ReadOnlyGuard.check(SPARK, analysed(sql)), sql);
      assertTrue(e.getMessage().contains("analyst") || e.getMessage().contains("read-only"), e.getMessage());
    }
  }

  @Test
  void allowsQueriesAndReadingCommands() {
    for (String sql : List.of(
        "SELECT id, upper(cast(id AS string)) FROM " + TABLE + " WHERE id IN (SELECT max(id) FROM " + TABLE + ")",
        "SHOW TABLES",
        "DESCRIBE TABLE " + TABLE,
        "DESCRIBE HISTORY " + TABLE,
        "EXPLAIN SELECT * FROM " + TABLE,
        "SET spark.sql.shuffle.partitions=2",
        "SET spark.sql.runSQLOnFiles",
        "SET",
        "SELECT count(*) FROM delta.`" + path + "`")) {
      assertDoesNotThrow(() -> ReadOnlyGuard.check(SPARK, analysed(sql)), sql);
    }
  }
}
