package io.cxlake.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the feed and table contracts from {@code schemas/} (packaged in the jar as {@code cxlake/schemas/}).
 * The lists below name every contract; a contract file that is missing or malformed fails at start-up.
 */
public final class SchemaCatalog {

  /** Feeds in load order. */
  public static final List<String> FEEDS =
      List.of("contacts", "turns", "outbound_attempts", "account_events", "qa_evaluations");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROOT = "cxlake/schemas/";
  private static volatile SchemaCatalog instance;

  private final Map<String, FeedSchema> feeds = new LinkedHashMap<>();
  private final Map<String, TableSchema> tables = new LinkedHashMap<>();

  private SchemaCatalog() {
    for (String feed : FEEDS) {
      feeds.put(feed, parseFeed(read("feeds/" + feed + ".json")));
    }
    for (String table : tableNames()) {
      tables.put(table, parseTable(read("tables/" + table + ".json")));
    }
  }

  public static SchemaCatalog get() {
    if (instance == null) {
      synchronized (SchemaCatalog.class) {
        if (instance == null) {
          instance = new SchemaCatalog();
        }
      }
    }
    return instance;
  }

  /** Every Delta table the project writes so far. */
  public static List<String> tableNames() {
    List<String> names = new ArrayList<>();
    for (String feed : FEEDS) {
      names.add("bronze_" + feed);
      names.add("silver_" + feed);
    }
    names.add(Tables.QUARANTINE);
    names.add(Tables.RUN_SUMMARY);
    names.add(Tables.CONTACT_TEXT);
    names.add(Tables.REGION_WAIT_TOLERANCE);
    names.add(Tables.REGION_PATIENCE_CURVE);
    names.add(Tables.REGION_STAFFING_PLAN);
    names.add(Tables.QUERY_TYPE_CATALOG);
    names.add(Tables.SCENARIO_CATALOG);
    names.add(Tables.CONTACT_SCENARIO);
    names.add(Tables.CONTRACT_KPI_COMPLIANCE);
    names.add(Tables.CONTACT_SCORE);
    names.add(Tables.SCENARIO_DAILY_METRICS);
    names.add(Tables.QA_AGREEMENT);
    names.add(Tables.SCENARIO_MODEL_ANSWER);
    names.add(Tables.QA_SAMPLE);
    names.add(Tables.LATENT_NEED_PATTERN);
    names.add(Tables.CUSTOMER_LATENT_NEED);
    names.add(Tables.CHURN_SIGNAL);
    names.add(Tables.CHURN_MODEL_QUALITY);
    names.add(Tables.AGENT_STRAIN_SIGNAL);
    return names;
  }

  public FeedSchema feed(String name) {
    FeedSchema f = feeds.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown feed '" + name + "'; known feeds: " + feeds.keySet());
    }
    return f;
  }

  public TableSchema table(String name) {
    TableSchema t = tables.get(name);
    if (t == null) {
      throw new IllegalArgumentException("unknown table '" + name + "'; known tables: " + tables.keySet());
    }
    return t;
  }

  public List<FeedSchema> feeds() {
    return List.copyOf(feeds.values());
  }

  private static JsonNode read(String relative) {
    try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(ROOT + relative)) {
      if (in == null) {
        throw new IllegalStateException("schema file " + relative + " is missing from the classpath ("
            + ROOT + "); rebuild with mvn so schemas/ is packaged");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse schema file " + relative, e);
    }
  }

  static FeedSchema parseFeed(JsonNode n) {
    List<ColumnSpec> cols = new ArrayList<>();
    n.get("columns").forEach(c -> cols.add(new ColumnSpec(c.get("name").asText(), c.get("type").asText(),
        c.path("required").asBoolean(false), !c.path("required").asBoolean(false), c.path("comment").asText(null),
        c.path("unit").asText(null), strings(c.path("allowed")), number(c.path("min")), number(c.path("max")),
        true)));
    List<FeedSchema.Check> checks = new ArrayList<>();
    n.path("checks").forEach(c -> checks.add(
        new FeedSchema.Check(c.get("reason").asText(), c.get("when").asText(), c.get("message").asText())));
    JsonNode bd = n.get("business_date");
    return new FeedSchema(n.get("feed").asText(), n.path("description").asText(), strings(n.get("natural_key")),
        bd.get("column").asText(), bd.get("from").asText(), monthly(bd), strings(n.path("pseudonymise")),
        strings(n.path("mask_pii")), List.copyOf(cols), List.copyOf(checks));
  }

  static TableSchema parseTable(JsonNode n) {
    List<ColumnSpec> cols = new ArrayList<>();
    n.get("columns").forEach(c -> cols.add(new ColumnSpec(c.get("name").asText(), c.get("type").asText(),
        false, c.path("nullable").asBoolean(true), c.path("comment").asText(null), c.path("unit").asText(null),
        List.of(), null, null, c.path("statistics").asBoolean(true))));
    return new TableSchema(n.get("table").asText(), n.path("layer").asText(), n.path("description").asText(),
        strings(n.path("partitioned_by")), strings(n.path("natural_key")), List.copyOf(cols));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return List.copyOf(out);
  }

  private static Double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : null;
  }

  private static boolean monthly(JsonNode businessDate) {
    String g = businessDate.path("granularity").asText("day");
    if (!g.equals("day") && !g.equals("month")) {
      throw new IllegalArgumentException("business_date.granularity must be 'day' or 'month', got '" + g + "'");
    }
    return g.equals("month");
  }
}
