package io.cxlake.need;

import static io.cxlake.testing.GeneratedLake.LAST;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.Tables;
import io.cxlake.strain.AgentStrainJob;
import io.cxlake.testing.GeneratedLake;
import io.cxlake.testing.SharedSpark;
import java.sql.Date;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The needs, churn and strain jobs on the tables the real text and scenario jobs wrote (four generated days): they
 * run on discovered query types and CoreNLP moods, and with no cancellation history the churn job says it used
 * the rule score.
 */
class DownstreamOfRealTextTest {

  private final SparkSession spark = SharedSpark.get();

  @Test
  void needsChurnAndStrainRunOnDiscoveredQueryTypesAndRealMoods() {
    GeneratedLake g = GeneratedLake.get();
    Lakehouse lake = g.lake;
    Date last = Date.valueOf(LAST);
    g.runThrough(AgentStrainJob.NAME);
    Dataset<Row> patterns = lake.read(Tables.LATENT_NEED_PATTERN).where(col("run_date").equalTo(last));
    assertTrue(patterns.count() > 0, "patterns measured");
    assertEquals(0, patterns.join(lake.read(Tables.QUERY_TYPE_CATALOG).select(col("query_type_id")
        .as("antecedent_query_type_id")), new String[] {"antecedent_query_type_id"}, "left_anti").count(),
        "patterns are over the discovered query types");
    Dataset<Row> churn = lake.read(Tables.CHURN_SIGNAL).where(col("as_of_date").equalTo(last));
    assertTrue(churn.count() > 0, "customers scored");
    assertEquals(0, churn.where(col("method").notEqual("rules")).count(), "no cancellations: the rule score");
    Row q = lake.read(Tables.CHURN_MODEL_QUALITY).where(col("run_date").equalTo(last).and(col("used"))).first();
    assertTrue(q.getString(q.fieldIndex("note")).startsWith("rule score"), q.getString(q.fieldIndex("note")));
    Dataset<Row> strain = lake.read(Tables.AGENT_STRAIN_SIGNAL);
    assertTrue(strain.count() > 0, "agent-weeks written");
    assertEquals(0, strain.join(lake.read("silver_contacts").select(col("agent_id").as("agent_key")), "agent_key")
        .count(), "agent ids are pseudonymised");
    assertTrue(strain.where(col("hostile_contacts").gt(0)).count() > 0, "hostile contacts counted from real moods");
  }
}
