package io.cxlake.contract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.schema.ColumnSpec;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.junit.jupiter.api.Test;

/** Contract files validated on load, and each indicator's arithmetic checked by hand on a few contacts. */
class ContractTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-22");
  private final SparkSession spark = SharedSpark.get();

  private static String contract(String indicator) {
    return "{\"contract\": \"acme\", \"indicators\": [" + indicator + "]}";
  }

  @Test
  void badContractsFailWithTheFileTheIndicatorAndWhatToFix() {
    Map<String, String> cases = Map.of(
        "{\"name\": \"sl\", \"metric\": \"speed\", \"target\": 0.8}", "metric must be one of",
        "{\"name\": \"sl\", \"metric\": \"service_level\", \"target\": 80, \"threshold_seconds\": 20}", "between 0 and 1",
        "{\"name\": \"sl\", \"metric\": \"service_level\", \"target\": 0.8}", "needs 'threshold_seconds'",
        "{\"name\": \"sl\", \"metric\": \"abandonment_rate\", \"target\": 0.05, \"threshold_seconds\": 20}", "does not apply",
        "{\"name\": \"sl\", \"metric\": \"abandonment_rate\", \"target\": 0.05, \"chanels\": [\"voice\"]}", "unknown key 'chanels'",
        "{\"name\": \"sl\", \"metric\": \"abandonment_rate\", \"target\": 0.05, \"channels\": [\"fax\"]}", "unknown channel 'fax'",
        "{\"name\": \"fcr\", \"metric\": \"first_contact_resolution\", \"target\": 0.7}", "needs 'repeat_days'");
    cases.forEach((indicator, message) -> {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Contract.parse("acme.json", contract(indicator)));
      assertTrue(e.getMessage().startsWith("acme.json, indicator "), e.getMessage());
      assertTrue(e.getMessage().contains(message), e.getMessage() + " should say " + message);
    });
    String twice = "{\"name\": \"a\", \"metric\": \"abandonment_rate\", \"target\": 0.05}";
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Contract.parse("acme.json", contract(twice + "," + twice)))
        .getMessage().contains("appears twice"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Contract.parse("acme.json", "{\"contract\": \"x\"}"))
        .getMessage().contains("'indicators' must be a non-empty list"));
  }

  @Test
  void theBundledContractLoads() {
    Contract c = Contract.load("", List.of("default.json")).get(0);
    assertEquals("default", c.name());
    assertTrue(c.indicators().size() >= 5);
  }

  /** Hand-made contacts: voice answered at 10 s, 25 s, 5 s, one abandoned at 30 s, one outbound (not counted). */
  private Dataset<Row> contacts() {
    return spark.createDataFrame(List.of(
        contact("v1", "K1", "voice", "inbound", "2026-11-22T09:00:00", 10.0, false, 300.0),
        contact("v2", "K2", "voice", "inbound", "2026-11-22T09:05:00", 25.0, false, 500.0),
        contact("v3", "K3", "voice", "inbound", "2026-11-22T09:10:00", 30.0, true, null),
        contact("v4", "K4", "voice", "inbound", "2026-11-22T09:20:00", 5.0, false, 400.0),
        contact("v5", "K5", "voice", "outbound", "2026-11-22T09:30:00", 1.0, false, 100.0),
        // first-contact resolution, measured for the 15th (7 days before): K6 back on the same query type
        // (repeat), K7 back on another (resolved), K8 back with no query type (repeat), K9 back after 8 days
        contact("f1", "K6", "chat", "inbound", "2026-11-15T10:00:00", 3.0, false, 200.0),
        contact("f2", "K6", "chat", "inbound", "2026-11-17T10:00:00", 3.0, false, 200.0),
        contact("f3", "K7", "chat", "inbound", "2026-11-15T10:00:00", 3.0, false, 200.0),
        contact("f4", "K7", "chat", "inbound", "2026-11-16T10:00:00", 3.0, false, 200.0),
        contact("f5", "K8", "voice", "inbound", "2026-11-15T11:00:00", 3.0, false, 200.0),
        contact("f6", "K8", "email", "inbound", "2026-11-19T11:00:00", 3.0, false, 200.0),
        contact("f7", "K9", "chat", "inbound", "2026-11-15T12:00:00", 3.0, false, 200.0),
        contact("f8", "K9", "chat", "inbound", "2026-11-23T12:00:00", 3.0, false, 200.0)),
        new org.apache.spark.sql.types.StructType().add("contact_id", "string").add("customer_key", "string")
            .add("channel", "string").add("direction", "string").add("region", "string")
            .add("arrival_time", "timestamp").add("answered_time", "timestamp").add("abandoned_time", "timestamp")
            .add("wait_seconds", "double").add("handle_seconds", "double").add("contact_date", "date"));
  }

  private static Row contact(String id, String customer, String channel, String direction, String arrival,
                             double wait, boolean abandoned, Double handle) {
    java.sql.Timestamp at = java.sql.Timestamp.valueOf(arrival.replace('T', ' '));
    java.sql.Timestamp end = new java.sql.Timestamp(at.getTime() + (long) (wait * 1000));
    return org.apache.spark.sql.RowFactory.create(id, customer, channel, direction, "Taipei", at,
        abandoned ? null : end, abandoned ? end : null, wait, handle, java.sql.Date.valueOf(arrival.substring(0, 10)));
  }

  private Dataset<Row> queryTypes() {
    return spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("f1", "QT-EN-001"),
            org.apache.spark.sql.RowFactory.create("f2", "QT-EN-001"), org.apache.spark.sql.RowFactory.create("f3", "QT-EN-001"),
            org.apache.spark.sql.RowFactory.create("f4", "QT-EN-002"), org.apache.spark.sql.RowFactory.create("f5", "QT-EN-003")),
        new org.apache.spark.sql.types.StructType().add("contact_id", "string").add("query_type_id", "string"));
  }

  private static final String INDICATORS = contract(String.join(",",
      "{\"name\": \"sl20\", \"metric\": \"service_level\", \"channels\": [\"voice\"], \"threshold_seconds\": 20, \"target\": 0.8}",
      "{\"name\": \"abandon\", \"metric\": \"abandonment_rate\", \"channels\": [\"voice\"], \"target\": 0.3}",
      "{\"name\": \"aht\", \"metric\": \"average_handle_seconds\", \"channels\": [\"voice\"], \"target\": 420}",
      "{\"name\": \"fcr\", \"metric\": \"first_contact_resolution\", \"repeat_days\": 7, \"target\": 0.5}",
      "{\"name\": \"email\", \"metric\": \"reply_within\", \"channels\": [\"email\"], \"threshold_seconds\": 86400, \"target\": 0.9}"));

  @Test
  void eachIndicatorIsComputedAsByHand() {
    Contract c = Contract.parse("acme.json", INDICATORS);
    Map<String, ContractKpis.Measured> m = new java.util.HashMap<>();
    c.indicators().forEach(i -> m.put(i.name(), ContractKpis.measure(contacts(), queryTypes(), c, i, DAY)));
    assertEquals(new ContractKpis.Measured(0.5, 4), m.get("sl20"), "10 s and 5 s of the 4 queued inbound calls");
    assertEquals(new ContractKpis.Measured(0.25, 4), m.get("abandon"));
    assertEquals(new ContractKpis.Measured(400.0, 3), m.get("aht"), "(300 + 500 + 400) / 3");
    assertEquals(new ContractKpis.Measured(0.5, 4), m.get("fcr"), "K7 and K9 resolved, K6 and K8 came back");
    assertEquals(new ContractKpis.Measured(null, 0), m.get("email"), "no e-mail on the 22nd");
    Row abandon = ContractJob.row(c, c.indicators().get(1), m.get("abandon"), DAY);
    assertEquals(true, abandon.get(13), "0.25 is at most 0.3");
    assertEquals(0.05, abandon.getDouble(14), 1e-12);
    Row sl = ContractJob.row(c, c.indicators().get(0), m.get("sl20"), DAY);
    assertEquals(false, sl.get(13));
    assertEquals(-0.3, sl.getDouble(14), 1e-12);
    Row email = ContractJob.row(c, c.indicators().get(4), m.get("email"), DAY);
    assertNull(email.get(13));
    assertEquals("no_contacts", email.getString(15));
  }

  @Test
  void theJobWritesOneRowPerIndicatorAndARerunChangesNothing() throws Exception {
    Path root = SharedSpark.tempDir("contracts");
    Files.writeString(root.resolve("acme.json"), INDICATORS);
    CxConfig config = SharedSpark.config(root, root.resolve("lake"), Map.of("contracts.dir", root.toString(),
        "contracts.files", "acme.json"));
    Lakehouse lake = new Lakehouse(spark, config);
    Dataset<Row> silver = contacts();
    for (ColumnSpec spec : SchemaCatalog.get().table("silver_contacts").columns()) {
      if (!List.of(silver.columns()).contains(spec.name())) {
        Object filler = spec.nullable() ? null : spec.type().equals("string") ? "test"
            : spec.type().equals("date") ? "2026-11-22" : 0;
        silver = silver.withColumn(spec.name(), lit(filler).cast(DataType.fromDDL(spec.type())));
      }
    }
    lake.append("silver_contacts", silver.withColumn("_run_date", col("contact_date")));
    new ContractJob().run(spark, new JobContext(config, DAY));
    Dataset<Row> first = lake.read("gold_contract_kpi_compliance").localCheckpoint();
    assertEquals(5, first.count());
    assertEquals(0.25, first.where("indicator = 'abandon'").head().<Double>getAs("actual"), 1e-12);
    assertEquals("2026-11-15", first.where("indicator = 'fcr'").head().getAs("period_date").toString());
    new ContractJob().run(spark, new JobContext(config, DAY));
    TableAssertions.assertSameRows(first, lake.read("gold_contract_kpi_compliance"), "after a re-run");
  }
}
