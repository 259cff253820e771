package io.cxlake.scenario;

import static io.cxlake.scenario.QueryTypes.CLUSTER;
import static io.cxlake.scenario.QueryTypes.DISTANCE;
import static io.cxlake.scenario.QueryTypes.FAMILY;
import static io.cxlake.scenario.QueryTypes.TERMS;
import static io.cxlake.scenario.ScenarioJob.CONTACT_ID;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.TableColumns.GoldQueryTypeCatalog;
import io.cxlake.schema.TableRows;
import io.cxlake.schema.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Tonight's query types: one model per language family over the window's texts, every contact assigned (or left
 * unassigned, or without text), the query types matched to last night's catalog for their ids, and tonight's
 * query-type catalog.
 */
final class QueryTypeDiscovery {

  static final String QUERY_TYPE_ID = "query_type_id";
  static final String ASSIGNMENT = "assignment";
  static final String UNASSIGNED = "unassigned";
  static final String NO_TEXT = "no_text";
  static final String ASSIGNED = "assigned";
  /** A contact's cluster's distance cut, and the query type id of its cluster; dropped once assigned. */
  private static final String DISTANCE_CUT = "distance_cut";
  private static final String QT_ID = "qt_id";
  /** k-means seeds are fixed: re-running a night must find the same query types. */
  static final long SEED = 20_261_123L;

  /** Window rows with query type and assignment, and the catalog snapshot of the run date. */
  record Result(Dataset<Row> rows, List<Row> catalog, Map<String, String> labels, Map<String, List<String>> terms,
                String fits, List<Dataset<Row>> cached) {}

  private QueryTypeDiscovery() {}

  static Result discover(SparkSession spark, Dataset<Row> window, List<Row> previous, ScenarioSettings s,
                         LocalDate day) {
    QueryTypes.registerUdfs(spark);
    Dataset<Row> withText = window.where(col(FAMILY).isNotNull().and(size(col(TERMS)).gt(0)));
    List<Dataset<Row>> assigned = new ArrayList<>();
    Map<String, FamilyFit> fits = new LinkedHashMap<>();
    List<Dataset<Row>> cachedParts = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String family : List.of(QueryTypes.EN, QueryTypes.ZH)) {
      Dataset<Row> rows = withText.where(col(FAMILY).equalTo(family));
      long n = rows.count();
      QueryTypes.Model m = QueryTypes.fit(family, rows, n, s, SEED, previousK(previous, family));
      if (m == null) {
        skipped.add(skippedNote(family, n, s));
      } else {
        Dataset<Row> a = QueryTypes.assign(m, rows).select(col(CONTACT_ID), col(CLUSTER), col(DISTANCE)).cache();
        cachedParts.add(a); // the caller releases them once the night's rows are written
        double cut = QueryTypes.distanceCut(a, s);
        assigned.add(a.withColumn(DISTANCE_CUT, lit(cut)));
        fits.put(family, new FamilyFit(m, cut));
      }
    }
    Dataset<Row> rows = window.join(union(spark, assigned), new String[] {CONTACT_ID}, "left");
    Dataset<Row> clustered = rows.where(col(DISTANCE).leq(col(DISTANCE_CUT)));
    List<Row> profileRows = QueryTypes.profiles(clustered).collectAsList();
    List<CatalogIds.Found> found = found(profileRows);
    Map<String, String> clusterLabels = labels(profileRows);
    Map<CatalogIds.Found, String> ids = CatalogIds.match(found, known(previous), s.matchSimilarity());
    Dataset<Row> withIds = rows.join(idTable(spark, ids), new String[] {FAMILY, CLUSTER}, "left")
        .withColumn(ASSIGNMENT, assignment())
        .withColumn(QUERY_TYPE_ID, when(col(ASSIGNMENT).equalTo(ASSIGNED), col(QT_ID)).otherwise(col(ASSIGNMENT)))
        .drop(QT_ID, DISTANCE_CUT);
    Map<String, Long> sizes = sizes(profileRows, found, ids);
    List<Row> catalog = catalog(found, ids, previous, fits, sizes, clusterLabels, day);
    Map<String, String> labels = new HashMap<>();
    Map<String, List<String>> terms = new HashMap<>();
    for (CatalogIds.Found f : found) {
      labels.put(ids.get(f), clusterLabels.get(f.family() + "\t" + f.cluster()));
      terms.put(ids.get(f), List.copyOf(f.profile().keySet()));
    }
    String fitNotes = describe(fits, s);
    String notes = skipped.isEmpty() ? fitNotes
        : (fitNotes.isEmpty() ? "" : fitNotes + "; ") + String.join("; ", skipped);
    return new Result(withIds, catalog, labels, terms, notes, List.copyOf(cachedParts));
  }

  /** Why a family has no query types tonight: its contacts stay unassigned, the night goes on. */
  static String skippedNote(String family, long contacts, ScenarioSettings s) {
    return String.format(java.util.Locale.ROOT, "%s skipped: %d contact(s) with words in the window, too few or too"
        + " alike to fit query types (at least %d with shared terms needed, scenarios.min-contacts=%d)", family,
        contacts, (long) s.kCandidates().get(0) * s.minContacts(), s.minContacts());
  }

  /** The number of query types the family had last night (the k of its active catalog rows). */
  static Integer previousK(List<Row> previous, String family) {
    return previous.stream().filter(r -> family.equals(r.getAs(GoldQueryTypeCatalog.FAMILY)) && "active".equals(r.getAs(GoldQueryTypeCatalog.STATUS))
        && r.getAs(GoldQueryTypeCatalog.FAMILY_K) != null).map(r -> r.<Integer>getAs(GoldQueryTypeCatalog.FAMILY_K)).findFirst().orElse(null);
  }

  record FamilyFit(QueryTypes.Model model, double cut) {}

  /**
   * Per family: the k chosen, every candidate's silhouette, and the configured candidates not tried because the
   * family has too few contacts for them (never dropped silently), for the run's log and summary.
   */
  static String describe(Map<String, FamilyFit> fits, ScenarioSettings s) {
    List<String> out = new ArrayList<>();
    fits.forEach((family, f) -> {
      List<Integer> tried = f.model().candidates().stream().map(QueryTypes.Candidate::k).toList();
      List<Integer> notTried = s.kCandidates().stream().filter(k -> !tried.contains(k)).toList();
      out.add(String.format(java.util.Locale.ROOT, "%s k=%d of %s, distance cut %.2f%s", family, f.model().k(),
          f.model().candidates().stream().map(c -> String.format(java.util.Locale.ROOT, "%d:%.3f", c.k(),
              c.silhouette())).toList(), f.cut(), notTried.isEmpty() ? "" : String.format(java.util.Locale.ROOT,
              " (k %s not tried: %d contacts fitted, fewer than k x scenarios.min-contacts=%d)", range(notTried),
              f.model().fitted(), s.minContacts())));
    });
    return String.join("; ", out);
  }

  /** "40", or "36..150 (6 candidates)": the candidates too large are always the largest ones. */
  private static String range(List<Integer> ks) {
    return ks.size() == 1 ? String.valueOf(ks.get(0))
        : ks.get(0) + ".." + ks.get(ks.size() - 1) + " (" + ks.size() + " candidates)";
  }

  /**
   * assigned | unassigned (words, but beyond the cut, none the model knows, or only stop words: "why do you need to
   * know so much about me" is a customer speaking, not silence) | no_text (no customer words at all).
   */
  static org.apache.spark.sql.Column assignment() {
    org.apache.spark.sql.Column hasWords = col(FAMILY).isNotNull();
    return when(col(QT_ID).isNotNull().and(col(DISTANCE).leq(col(DISTANCE_CUT))), lit(ASSIGNED))
        .when(hasWords, lit(UNASSIGNED)).otherwise(lit(NO_TEXT));
  }

  private static Dataset<Row> union(SparkSession spark, List<Dataset<Row>> parts) {
    if (parts.isEmpty()) {
      return spark.createDataFrame(List.of(), new StructType().add(CONTACT_ID, DataTypes.StringType)
          .add(CLUSTER, DataTypes.IntegerType).add(DISTANCE, DataTypes.DoubleType)
          .add(DISTANCE_CUT, DataTypes.DoubleType));
    }
    Dataset<Row> u = parts.get(0);
    for (Dataset<Row> p : parts.subList(1, parts.size())) {
      u = u.unionByName(p);
    }
    return u;
  }

  /** Term profiles (family, cluster, term, weight, rank rows, rank ascending) as found query types. */
  static List<CatalogIds.Found> found(List<Row> profileRows) {
    Map<String, Map<String, Double>> profiles = new java.util.TreeMap<>();
    profileRows.stream().sorted(java.util.Comparator.comparingInt(r -> r.<Integer>getAs(QueryTypes.RANK))).forEach(r ->
        profiles.computeIfAbsent(clusterKey(r), k -> new LinkedHashMap<>())
            .put(r.getAs(QueryTypes.TERM), r.<Double>getAs(QueryTypes.WEIGHT)));
    List<CatalogIds.Found> out = new ArrayList<>();
    profiles.forEach((k, p) -> {
      String[] fc = k.split("\t");
      out.add(new CatalogIds.Found(fc[0], Integer.parseInt(fc[1]), p));
    });
    return out;
  }

  /** Last night's catalog rows (schema order) as known query types. */
  private static List<CatalogIds.Known> known(List<Row> previous) {
    List<CatalogIds.Known> out = new ArrayList<>();
    for (Row r : previous) {
      Map<String, Double> p = new LinkedHashMap<>();
      List<String> t = list(r, GoldQueryTypeCatalog.TOP_TERMS);
      List<Double> w = list(r, GoldQueryTypeCatalog.TERM_WEIGHTS);
      for (int i = 0; i < t.size(); i++) {
        p.put(t.get(i), w.get(i));
      }
      out.add(new CatalogIds.Known(r.getAs(GoldQueryTypeCatalog.ID), r.getAs(GoldQueryTypeCatalog.FAMILY), p));
    }
    return out;
  }

  /** An array cell by column name as a Java list, empty when null. */
  private static <T> List<T> list(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? List.of() : r.getList(i);
  }

  /** A profile row's family and cluster as one key ("en\t3"). */
  private static String clusterKey(Row profile) {
    return profile.getAs(QueryTypes.FAMILY) + "\t" + profile.<Integer>getAs(QueryTypes.CLUSTER);
  }

  private static Dataset<Row> idTable(SparkSession spark, Map<CatalogIds.Found, String> ids) {
    List<Row> rows = ids.entrySet().stream()
        .map(e -> RowFactory.create(e.getKey().family(), e.getKey().cluster(), e.getValue())).toList();
    StructType schema = new StructType().add(FAMILY, DataTypes.StringType).add(CLUSTER, DataTypes.IntegerType)
        .add(QT_ID, DataTypes.StringType);
    return org.apache.spark.sql.functions.broadcast(spark.createDataFrame(rows, schema));
  }

  /** Contacts per query type id, from the cluster sizes the profile rows carry (no second pass over the window). */
  private static Map<String, Long> sizes(List<Row> profileRows, List<CatalogIds.Found> found,
                                         Map<CatalogIds.Found, String> ids) {
    Map<String, Long> perCluster = new HashMap<>();
    profileRows.forEach(r -> perCluster.put(clusterKey(r), r.<Long>getAs(QueryTypes.N_CLUSTER)));
    Map<String, Long> out = new HashMap<>();
    for (CatalogIds.Found f : found) {
      out.put(ids.get(f), perCluster.getOrDefault(f.family() + "\t" + f.cluster(), 0L));
    }
    return out;
  }

  /** Tonight's query types, then last night's that were not found again (retired, id reserved). */
  private static List<Row> catalog(List<CatalogIds.Found> found, Map<CatalogIds.Found, String> ids,
                                   List<Row> previous, Map<String, FamilyFit> fits, Map<String, Long> sizes,
                                   Map<String, String> labels, LocalDate day) {
    Map<String, Row> before = new HashMap<>();
    previous.forEach(r -> before.put(r.getAs(GoldQueryTypeCatalog.ID), r));
    Date today = Date.valueOf(day);
    List<Row> out = new ArrayList<>();
    for (CatalogIds.Found f : found) {
      String id = ids.get(f);
      FamilyFit fit = fits.get(f.family());
      List<String> terms = new ArrayList<>(f.profile().keySet());
      Row old = before.remove(id);
      out.add(catalogRow(today, id, f.family(), "active", labels.get(f.family() + "\t" + f.cluster()),
          terms.toArray(new String[0]),
          f.profile().values().toArray(new Double[0]), sizes.getOrDefault(id, 0L), fit.model().k(),
          fit.model().silhouette(), fit.model().fitted(), fit.cut(), old == null ? today : old.getAs(GoldQueryTypeCatalog.FIRST_SEEN),
          today, null));
    }
    for (Row old : before.values()) {
      out.add(retired(old, today));
    }
    out.sort(java.util.Comparator.comparing(r -> r.<String>getAs(GoldQueryTypeCatalog.ID)));
    return out;
  }

  /** gold_query_type_catalog's schema, read once: every catalog row is built with it. */
  private static final StructType CATALOG_SCHEMA = SchemaCatalog.get().table(Tables.QUERY_TYPE_CATALOG).structType();

  /** A catalog row with the table's schema, so that it is read by name like the rows read from the table. */
  private static Row catalogRow(Object... values) {
    return new GenericRowWithSchema(values, CATALOG_SCHEMA);
  }

  /**
   * Last night's row of a query type not found tonight: its id reserved, its terms and typical utterance kept (none
   * in a snapshot written before that column existed), its fit figures empty.
   */
  private static Row retired(Row old, Date today) {
    Map<String, Object> set = new HashMap<>();
    set.put(GoldQueryTypeCatalog.RUN_DATE, today);
    set.put(GoldQueryTypeCatalog.STATUS, "retired");
    set.put(GoldQueryTypeCatalog.CONTACTS, 0L);
    for (String fit : List.of(GoldQueryTypeCatalog.FAMILY_K, GoldQueryTypeCatalog.FAMILY_SILHOUETTE,
        GoldQueryTypeCatalog.FAMILY_FIT_CONTACTS, GoldQueryTypeCatalog.DISTANCE_CUT)) {
      set.put(fit, null);
    }
    return TableRows.from(GoldQueryTypeCatalog.TABLE, old, set);
  }

  /** Tonight's catalog with each active query type's typical utterance (query type id to text). */
  static List<Row> withTypicalTexts(List<Row> catalog, Map<String, String> texts) {
    int at = CATALOG_SCHEMA.fieldIndex(GoldQueryTypeCatalog.TYPICAL_TEXT);
    List<Row> out = new ArrayList<>();
    for (Row r : catalog) {
      Object[] values = new Object[r.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(i);
      }
      if ("active".equals(r.getAs(GoldQueryTypeCatalog.STATUS))) {
        values[at] = texts.get(r.<String>getAs(GoldQueryTypeCatalog.ID));
      }
      out.add(catalogRow(values));
    }
    return out;
  }

  /** Per family and cluster ("en\t3"): its three most distinctive terms ({@link QueryTypes#labelTerms}). */
  static Map<String, String> labels(List<Row> profileRows) {
    Map<String, List<QueryTypes.LabelTerm>> terms = new HashMap<>();
    profileRows.forEach(r -> terms.computeIfAbsent(clusterKey(r), k -> new ArrayList<>())
        .add(new QueryTypes.LabelTerm(r.getAs(QueryTypes.TERM), r.<Long>getAs(QueryTypes.DF_CLUSTER),
            r.<Long>getAs(QueryTypes.N_CLUSTER), r.<Long>getAs(QueryTypes.DF_FAMILY))));
    Map<String, String> out = new HashMap<>();
    terms.forEach((k, t) -> out.put(k, String.join(" / ", QueryTypes.labelTerms(t, 3))));
    return out;
  }
}
