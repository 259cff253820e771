package io.cxlake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.Tables;
import io.cxlake.spark.CodegenChoice;
import io.cxlake.testing.Repo;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The launcher runs small nights without code generation (run.codegen=auto), and the tests' session does too: the
 * ingest, whose validation is the widest generated code of the chain, must load a sample night into the same tables
 * either way, and auto must choose by the night's landing size.
 */
class CodegenModesTest {

  private static final LocalDate NIGHT = LocalDate.parse("2026-11-17");

  @AfterAll
  static void backToTheTestDefault() {
    CodegenChoice.set(SharedSpark.get(), false);
  }

  @Test
  void theIngestWritesTheSameTablesWithAndWithoutCodeGeneration() {
    SparkSession spark = SharedSpark.get();
    Path landing = Repo.root().resolve("data-samples/landing");
    Path root = SharedSpark.tempDir("codegen");
    CxConfig generated = SharedSpark.config(landing, root.resolve("generated"), Map.of());
    CxConfig interpreted = SharedSpark.config(landing, root.resolve("interpreted"), Map.of());
    CodegenChoice.set(spark, true);
    new IngestJob().run(spark, new JobContext(generated, NIGHT));
    CodegenChoice.set(spark, false);
    new IngestJob().run(spark, new JobContext(interpreted, NIGHT));
    Lakehouse a = new Lakehouse(spark, generated);
    Lakehouse b = new Lakehouse(spark, interpreted);
    for (String t : List.of("silver_contacts", "silver_turns", "silver_outbound_attempts", "silver_account_events",
        "bronze_contacts", Tables.QUARANTINE)) {
      TableAssertions.assertSameRows(a.read(t), b.read(t), t);
    }
    assertTrue(a.read("silver_contacts").count() > 400);
  }

  @Test
  void autoChoosesByTheNightsLandingSize() {
    SparkSession spark = SharedSpark.get();
    Path landing = Repo.root().resolve("data-samples/landing");
    CxConfig small = SharedSpark.config(landing, SharedSpark.tempDir("auto"), Map.of());
    assertEquals(false, CodegenChoice.apply(spark, small, NIGHT), "a sample night is small");
    assertEquals("false", spark.conf().get("spark.sql.codegen.wholeStage"));
    assertEquals("NO_CODEGEN", spark.conf().get("spark.sql.codegen.factoryMode"));
    CxConfig low = SharedSpark.config(landing, SharedSpark.tempDir("auto"),
        Map.of(ConfigKey.RUN_CODEGEN_MIN_LANDING_MB.key(), "0"));
    assertEquals(true, CodegenChoice.apply(spark, low, NIGHT), "at or above the threshold");
    assertEquals("FALLBACK", spark.conf().get("spark.sql.codegen.factoryMode"));
    CxConfig never = SharedSpark.config(landing, SharedSpark.tempDir("auto"),
        Map.of(ConfigKey.RUN_CODEGEN.key(), "never", ConfigKey.RUN_CODEGEN_MIN_LANDING_MB.key(), "0"));
    assertEquals(false, CodegenChoice.apply(spark, never, NIGHT));
    assertTrue(CodegenChoice.landingBytes(spark.sparkContext().hadoopConfiguration(), landing.toString(), NIGHT) > 100_000);
    assertEquals(0, CodegenChoice.landingBytes(spark.sparkContext().hadoopConfiguration(), landing.toString(),
        LocalDate.parse("2020-01-01")));
  }
}
