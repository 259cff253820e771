package io.cxlake.scenario;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.Tables;
import io.cxlake.testing.GeneratedLake;
import io.cxlake.testing.SharedSpark;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * A centre whose customers all write English (the generated lake's English contacts only): the Chinese family
 * is empty, yet the night gets its scenarios, and the run summary says why the family has no query types.
 */
class OneLanguageLakeTest {

  private final SparkSession spark = SharedSpark.get();

  @Test
  void aLakeInOneLanguageFamilyGetsItsScenariosAndNamesTheSkippedFamily() {
    GeneratedLake g = GeneratedLake.get();
    Path root = SharedSpark.tempDir("one-language");
    CxConfig config = SharedSpark.config(root.resolve("landing"), root.resolve("lake"),
        Map.of("scenarios.k-candidates", "8,10,12,15,18"));
    Lakehouse lake = new Lakehouse(spark, config);
    lake.append("silver_contacts", g.lake.read("silver_contacts").where(col("language").equalTo("en")));
    lake.append("silver_contact_text", g.lake.read("silver_contact_text").where(col("language").equalTo("en")));
    String summary = new ScenarioJob().run(spark, new JobContext(config, GeneratedLake.LAST));
    assertTrue(summary.contains("zh skipped: 0 contact(s) with words"), summary);
    var scenarios = lake.read(Tables.CONTACT_SCENARIO);
    long contacts = lake.read("silver_contacts").count();
    assertEquals(contacts, scenarios.count(), "every contact of the window has its scenario row");
    assertTrue(scenarios.where("assignment = 'assigned'").count() > contacts / 2, summary);
    assertEquals(0L, scenarios.where("family = 'zh'").count());
    assertTrue(lake.read(Tables.SCENARIO_CATALOG).where("status = 'active'").count() > 0, summary);
  }
}
