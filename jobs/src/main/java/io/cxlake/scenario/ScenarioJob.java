package io.cxlake.scenario;

import static io.cxlake.scenario.QueryTypeDiscovery.ASSIGNED;
import static io.cxlake.scenario.QueryTypeDiscovery.ASSIGNMENT;
import static io.cxlake.scenario.QueryTypeDiscovery.QUERY_TYPE_ID;
import static io.cxlake.scenario.QueryTypes.DISTANCE;
import static io.cxlake.scenario.QueryTypes.FAMILY;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.cxlake.pipeline.JobMain;
import io.cxlake.config.ConfigKey;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.LakeJob;
import io.cxlake.runs.RunSummary;
import io.cxlake.scenario.ScenarioKeys.Key;
import io.cxlake.schema.Columns;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.TableColumns.GoldContactScenario;
import io.cxlake.schema.TableColumns.GoldScenarioCatalog;
import io.cxlake.schema.TableColumns.SilverContactText;
import io.cxlake.schema.TableColumns.SilverContacts;
import io.cxlake.schema.TableColumns.SilverTurns;
import io.cxlake.schema.Tables;
import io.cxlake.text.Lexicons;
import io.delta.tables.DeltaTable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Nightly job: query types discovered from the window's customer words, scenarios (channel x query type x mood
 * x goal, rare ones merged) with ids kept from last night's catalog, the two catalog snapshots of the run date,
 * and the scenario of every contact of the lookback days that has none yet (or whose turns changed).
 */
public final class ScenarioJob extends LakeJob {

  public static final String NAME = "scenarios";
  static final String CONTACT_ID = "contact_id";
  static final String CONTACT_DATE = "contact_date";
  static final String CHANNEL = "channel";
  static final String SCENARIO_ID = "scenario_id";
  static final String FINGERPRINT = "turns_fingerprint";
  static final String[] KEY = {"k_channel", "k_query_type", "k_mood", "k_goal"};
  /** The snapshot date of both catalogs (gold_query_type_catalog and gold_scenario_catalog). */
  private static final String CATALOG_RUN_DATE = GoldScenarioCatalog.RUN_DATE;
  private static final String LATEST = "latest";
  /** Spark's name for the column of {@code groupBy(..).count()}. */
  private static final String COUNT = "count";
  // a scenario's contacts in the last 7 days and the 7 before
  private static final String LAST_7D = "last_7d";
  private static final String PREV_7D = "prev_7d";
  // exemplars: which grouping, their rank in it, the first customer turn
  private static final String GROUPING = "grouping";
  private static final String RANK = "rank";
  private static final String FP = "fp";
  private static final int EXEMPLAR_CHARS = 300;

  public static void main(String[] args) {
    JobMain.exit(JobMain.runOne(new ScenarioJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void validate(io.cxlake.config.CxConfig config) {
    ScenarioSettings.from(config);
    Lexicons.load(config.get(ConfigKey.TEXT_LEXICON_DIR));
  }

  @Override
  protected Outcome execute(Run run) {
    SparkSession spark = run.spark();
    Lakehouse lake = run.lake();
    ScenarioSettings s = ScenarioSettings.from(run.config());
    LocalDate day = run.day();
    LocalDate from = day.minusDays(s.windowDays() - 1L);
    Set<String> feelings = Lexicons.load(run.config().get(ConfigKey.TEXT_LEXICON_DIR)).feelingWords();
    Dataset<Row> window = run.cache(window(lake.read(SilverContacts.TABLE), lake.read(Tables.CONTACT_TEXT), feelings,
        from, day));
    List<Row> previousTypes = snapshot(lake, Tables.QUERY_TYPE_CATALOG, day);
    List<Row> previousScenarios = snapshot(lake, Tables.SCENARIO_CATALOG, day);
    QueryTypeDiscovery.Result qt = run.step("query types",
        () -> QueryTypeDiscovery.discover(spark, window, previousTypes, s, day));
    run.releaseAtEnd(qt.cached());
    Dataset<Row> keyed = run.cache(keys(qt.rows()));
    Map<Key, Long> combinations = counts(keyed);
    ScenarioCatalog.Plan plan = ScenarioCatalog.plan(combinations, previousScenarios, s.minContacts());
    Dataset<Row> assigned = run.cache(keyed.join(broadcast(mapping(spark, plan)), KEY));
    Dataset<Row> turns = lake.read(SilverTurns.TABLE);
    List<Map<String, ScenarioCatalog.Exemplars>> nearest = run.step("exemplars", () -> exemplars(turns, from, List.of(
        new Nearest(assigned, SCENARIO_ID, s.exemplars()),
        new Nearest(assigned.where(col(ASSIGNMENT).equalTo(ASSIGNED)), QUERY_TYPE_ID, 1))));
    List<Row> catalog = run.step("catalog", () -> ScenarioCatalog.rows(plan, volumes(assigned, day),
        nearest.get(0), qt, previousScenarios, from, day));
    List<Row> queryTypes = QueryTypeDiscovery.withTypicalTexts(qt.catalog(), typicalTexts(nearest.get(1)));
    String when = "run_date = " + Lakehouse.sqlDate(day);
    run.step("write catalogs", () -> {
      lake.replace(Tables.QUERY_TYPE_CATALOG, spark.createDataFrame(queryTypes, schema(Tables.QUERY_TYPE_CATALOG)), when);
      lake.replace(Tables.SCENARIO_CATALOG, spark.createDataFrame(catalog, schema(Tables.SCENARIO_CATALOG)), when);
    });
    Dataset<Row> pending = run.cache(pending(assigned, lake.read(Tables.CONTACT_SCENARIO),
        day.minusDays(s.lookbackDays() - 1L)).withColumn(Columns.RUN_DATE, lit(Date.valueOf(day))));
    long written = pending.count();
    if (written > 0) { // a MERGE of nothing still reads the target's files and commits
      run.step("write contacts", () -> merge(lake, pending, day.minusDays(s.lookbackDays() - 1L)));
    }
    long read = window.count();
    long ms = run.elapsedMs();
    return Outcome.ok(read + " contacts in the " + s.windowDays() + "-day window: " + qt.fits() + "; "
        + qt.catalog().size() + " query types, " + catalog.size() + " scenarios in the catalog; "
        + assignmentCounts(combinations) + "; " + written + " contacts written", List.of(
            RunSummary.Entry.output(Tables.QUERY_TYPE_CATALOG, read, qt.catalog().size(), ms),
            RunSummary.Entry.output(Tables.SCENARIO_CATALOG, read, catalog.size(), ms),
            RunSummary.Entry.output(Tables.CONTACT_SCENARIO, read, written, ms)));
  }

  private static StructType schema(String table) {
    return SchemaCatalog.get().table(table).structType();
  }

  /**
   * The window's contacts with their text (none for contacts without customer words) and language family. The
   * terms lose the feeling words: mood is an axis of its own, and "furious" says nothing of the query.
   */
  static Dataset<Row> window(Dataset<Row> contacts, Dataset<Row> text, Set<String> feelings, LocalDate from,
                             LocalDate day) {
    Dataset<Row> texts = text.where(col(CONTACT_DATE).between(Date.valueOf(from.minusDays(1)), Date.valueOf(day)))
        .withColumn(QueryTypes.TERMS, array_except(col(QueryTypes.TERMS),
            lit(new java.util.TreeSet<>(feelings).toArray(new String[0]))))
        .select(CONTACT_ID, SilverContactText.LANGUAGE, QueryTypes.TERMS, SilverContactText.MOOD,
            SilverContactText.GOAL, FINGERPRINT);
    return contacts.where(col(CONTACT_DATE).between(Date.valueOf(from), Date.valueOf(day)))
        .select(CONTACT_ID, CONTACT_DATE, CHANNEL)
        .join(texts, new String[] {CONTACT_ID}, "left")
        .withColumn(FAMILY, QueryTypes.family(col(SilverContactText.LANGUAGE)));
  }

  /** The full combination of each contact; mood and goal are only told apart within a query type. */
  static Dataset<Row> keys(Dataset<Row> rows) {
    Column real = col(ASSIGNMENT).equalTo(ASSIGNED);
    return rows.withColumn(KEY[0], col(CHANNEL)).withColumn(KEY[1], col(QUERY_TYPE_ID))
        .withColumn(KEY[2], when(real, coalesce(col(SilverContactText.MOOD), lit(ScenarioKeys.ANY)))
            .otherwise(lit(ScenarioKeys.ANY)))
        .withColumn(KEY[3], when(real, coalesce(col(SilverContactText.GOAL), lit(ScenarioKeys.ANY)))
            .otherwise(lit(ScenarioKeys.ANY)));
  }

  /**
   * The window's contacts by assignment ("412 assigned, 31 unassigned, 57 without customer words"): a contact with
   * a scenario is not necessarily one with a query type.
   */
  static String assignmentCounts(Map<Key, Long> combinations) {
    long unassigned = 0;
    long noText = 0;
    long all = 0;
    for (Map.Entry<Key, Long> e : combinations.entrySet()) {
      all += e.getValue();
      unassigned += QueryTypeDiscovery.UNASSIGNED.equals(e.getKey().queryType()) ? e.getValue() : 0;
      noText += QueryTypeDiscovery.NO_TEXT.equals(e.getKey().queryType()) ? e.getValue() : 0;
    }
    return (all - unassigned - noText) + " assigned to a query type, " + unassigned + " unassigned, " + noText
        + " without customer words";
  }

  private static Map<Key, Long> counts(Dataset<Row> keyed) {
    Map<Key, Long> out = new HashMap<>();
    for (Row r : keyed.groupBy(KEY[0], KEY[1], KEY[2], KEY[3]).count().collectAsList()) {
      out.put(new Key(r.getAs(KEY[0]), r.getAs(KEY[1]), r.getAs(KEY[2]), r.getAs(KEY[3])), r.<Long>getAs(COUNT));
    }
    return out;
  }

  /** Full combination to scenario id and merge level, as a small table to broadcast. */
  static Dataset<Row> mapping(SparkSession spark, ScenarioCatalog.Plan plan) {
    List<Row> rows = new ArrayList<>();
    plan.merged().forEach((k, m) -> rows.add(RowFactory.create(k.channel(), k.queryType(), k.mood(), k.goal(),
        plan.ids().get(m.scenario()), m.level())));
    StructType schema = new StructType();
    for (String c : KEY) {
      schema = schema.add(c, DataTypes.StringType);
    }
    return spark.createDataFrame(rows, schema.add(SCENARIO_ID, DataTypes.StringType)
        .add(GoldContactScenario.MERGE_LEVEL, DataTypes.IntegerType));
  }

  /** Contacts per scenario in the window, its last 7 days and the 7 before. */
  static Map<String, ScenarioCatalog.Volume> volumes(Dataset<Row> assigned, LocalDate day) {
    Column d = col(CONTACT_DATE);
    Column last = d.gt(Date.valueOf(day.minusDays(7)));
    Column prev = d.gt(Date.valueOf(day.minusDays(14))).and(d.leq(Date.valueOf(day.minusDays(7))));
    Map<String, ScenarioCatalog.Volume> out = new HashMap<>();
    for (Row r : assigned.groupBy(SCENARIO_ID).agg(count(lit(1)).as(GoldScenarioCatalog.CONTACTS),
        sum(when(last, 1).otherwise(0)).cast("long").as(LAST_7D),
        sum(when(prev, 1).otherwise(0)).cast("long").as(PREV_7D)).collectAsList()) {
      out.put(r.getAs(SCENARIO_ID), new ScenarioCatalog.Volume(r.<Long>getAs(GoldScenarioCatalog.CONTACTS),
          r.<Long>getAs(LAST_7D), r.<Long>getAs(PREV_7D)));
    }
    return out;
  }

  /** Per query type id: the first customer turn of the contact nearest its centroid, its most typical utterance. */
  static Map<String, String> typicalTexts(Map<String, ScenarioCatalog.Exemplars> nearestPerQueryType) {
    Map<String, String> out = new HashMap<>();
    nearestPerQueryType.forEach((id, e) -> out.put(id, e.texts().isEmpty() ? null : e.texts().get(0)));
    return out;
  }

  /** The {@code n} contacts of {@code rows} nearest their query type's centroid per value of {@code group}. */
  record Nearest(Dataset<Row> rows, String group, int n) {}

  /**
   * For each grouping, the contacts nearest their query type's centroid per group value, with their first customer
   * turn (masked): one lookup of the window's turns for all groupings (scenario exemplars and query types' typical
   * utterances), where a lookup per grouping scanned silver_turns again.
   */
  static List<Map<String, ScenarioCatalog.Exemplars>> exemplars(Dataset<Row> turns, LocalDate from,
                                                               List<Nearest> groupings) {
    Dataset<Row> nearest = null;
    for (int g = 0; g < groupings.size(); g++) {
      Nearest n = groupings.get(g);
      Dataset<Row> ranked = n.rows().where(col(DISTANCE).isNotNull())
          .withColumn(RANK, row_number().over(Window.partitionBy(n.group()).orderBy(col(DISTANCE), col(CONTACT_ID))))
          .where(col(RANK).leq(n.n()))
          .select(lit(g).as(GROUPING), col(n.group()).as(SCENARIO_ID), col(CONTACT_ID), col(RANK));
      nearest = nearest == null ? ranked : nearest.unionByName(ranked);
    }
    Dataset<Row> firstTurn = turns.where(col(SilverTurns.TURN_DATE).geq(Date.valueOf(from.minusDays(1)))
            .and(col(SilverTurns.SPEAKER).equalTo("customer")))
        .join(broadcast(nearest.select(CONTACT_ID).distinct()), CONTACT_ID)
        .groupBy(CONTACT_ID).agg(expr("min_by(text, turn_no)").as(SilverTurns.TEXT));
    List<Map<String, ScenarioCatalog.Exemplars>> out = new ArrayList<>();
    groupings.forEach(g -> out.add(new HashMap<>()));
    for (Row r : nearest.join(firstTurn, new String[] {CONTACT_ID}, "left").orderBy(GROUPING, SCENARIO_ID, RANK)
        .select(col(GROUPING), col(SCENARIO_ID), col(CONTACT_ID),
            substring(coalesce(col(SilverTurns.TEXT), lit("")), 1, EXEMPLAR_CHARS).as(SilverTurns.TEXT))
        .collectAsList()) {
      ScenarioCatalog.Exemplars e = out.get(r.<Integer>getAs(GROUPING)).computeIfAbsent(r.getAs(SCENARIO_ID),
          k -> new ScenarioCatalog.Exemplars(new ArrayList<>(), new ArrayList<>()));
      e.contactIds().add(r.getAs(CONTACT_ID));
      e.texts().add(r.getAs(SilverTurns.TEXT));
    }
    return out;
  }

  /** Contacts of the lookback days without a scenario, or assigned from other turns than they have now. */
  static Dataset<Row> pending(Dataset<Row> assigned, Dataset<Row> known, LocalDate lookbackFrom) {
    Column fingerprint = coalesce(col(FINGERPRINT), lit(""));
    Dataset<Row> have = known.where(col(CONTACT_DATE).geq(Date.valueOf(lookbackFrom.minusDays(1))))
        .select(col(CONTACT_ID), fingerprint.as(FP));
    return assigned.where(col(CONTACT_DATE).geq(Date.valueOf(lookbackFrom))).withColumn(FP, fingerprint)
        .join(have, new String[] {CONTACT_ID, FP}, "left_anti").drop(FP)
        .withColumn(GoldContactScenario.CONFIDENCE, lit(1.0).minus(col(DISTANCE)));
  }

  private static void merge(Lakehouse lake, Dataset<Row> rows, LocalDate lookbackFrom) {
    lake.ensure(Tables.CONTACT_SCENARIO);
    lake.commit(Tables.CONTACT_SCENARIO, () -> DeltaTable.forPath(lake.spark(), lake.path(Tables.CONTACT_SCENARIO))
        .as("t")
        .merge(Lakehouse.conform(rows, Tables.CONTACT_SCENARIO).as("s"),
            "t.contact_id = s.contact_id AND t.contact_date >= " + Lakehouse.sqlDate(lookbackFrom.minusDays(1)))
        .whenMatched().updateAll()
        .whenNotMatched().insertAll()
        .execute());
  }

  /** The rows of the latest snapshot before the run date (none on the first night). */
  static List<Row> snapshot(Lakehouse lake, String table, LocalDate day) {
    Dataset<Row> earlier = lake.read(table).where(col(CATALOG_RUN_DATE).lt(Date.valueOf(day)));
    Date latest = earlier.agg(max(col(CATALOG_RUN_DATE)).as(LATEST)).head().getAs(LATEST);
    if (latest == null) {
      return List.of();
    }
    return earlier.where(col(CATALOG_RUN_DATE).equalTo(latest)).collectAsList();
  }
}
