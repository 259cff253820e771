package io.cxlake.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.TableColumns.GoldScenarioCatalog;
import io.cxlake.schema.TableColumns.GoldScenarioDailyMetrics;
import io.cxlake.schema.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Scenarios: the region's mix on the run date, its scores per dimension against all regions, the scenarios that
 * moved most over the last seven days against the seven before, and exemplar contacts
 * (gold_scenario_daily_metrics, gold_scenario_catalog).
 */
final class ScenarioSection implements Section {

  static final List<String> DIMENSIONS = List.of("timeliness", "information", "connection", "differentiation",
      "overall");
  static final int TOP = 10;
  static final int MOVERS = 5;
  static final String ALL = "*";
  private static final String REGION = GoldScenarioDailyMetrics.REGION;
  private static final String SCENARIO_ID = GoldScenarioDailyMetrics.SCENARIO_ID;
  private static final String CONTACTS = GoldScenarioDailyMetrics.CONTACTS;
  private static final String SCORED = GoldScenarioDailyMetrics.SCORED;
  private static final String METRIC_DATE = GoldScenarioDailyMetrics.METRIC_DATE;
  // a scenario's share of its region's contacts and its rank there; its contacts over the last 7 days, the 7
  // before and the change
  private static final String SHARE = "share";
  private static final String RANK = "rank";
  private static final String LAST_7D = "last_7d";
  private static final String PREV_7D = "prev_7d";
  private static final String CHANGE = "change";

  private final Map<String, List<Row>> mix = new TreeMap<>();
  private final Map<String, Row> dimensions = new TreeMap<>();
  private final Map<String, List<Row>> movers = new TreeMap<>();

  @Override
  public void load(Lakehouse lake, LocalDate day, ReportSettings settings) {
    Dataset<Row> metrics = lake.read(Tables.SCENARIO_DAILY_METRICS);
    Dataset<Row> catalog = lake.read(Tables.SCENARIO_CATALOG)
        .where(col(GoldScenarioCatalog.RUN_DATE).equalTo(Date.valueOf(day)))
        .select(GoldScenarioCatalog.ID, GoldScenarioCatalog.LABEL, GoldScenarioCatalog.EXEMPLAR_TEXTS);
    Dataset<Row> today = metrics.where(col(METRIC_DATE).equalTo(Date.valueOf(day)));
    Dataset<Row> perScenario = today.groupBy(REGION, SCENARIO_ID).agg(sum(CONTACTS).as(CONTACTS))
        .withColumn(SHARE, col(CONTACTS).divide(sum(CONTACTS).over(Window.partitionBy(REGION))))
        .withColumn(RANK, row_number().over(Window.partitionBy(REGION).orderBy(col(CONTACTS).desc(),
            col(SCENARIO_ID))))
        .where(col(RANK).leq(TOP)).join(catalog, new String[] {SCENARIO_ID}, "left");
    perScenario.orderBy(REGION, RANK).collectAsList()
        .forEach(r -> mix.computeIfAbsent(Cells.text(r, REGION), k -> new ArrayList<>()).add(r));
    weightedScores(today).unionByName(weightedScores(today.withColumn(REGION, lit(ALL)))).collectAsList()
        .forEach(r -> dimensions.put(Cells.text(r, REGION), r));
    Column last = col(METRIC_DATE).gt(Date.valueOf(day.minusDays(7)));
    Dataset<Row> fortnight = metrics.where(col(METRIC_DATE).between(Date.valueOf(day.minusDays(13)), Date.valueOf(day)))
        .groupBy(REGION, SCENARIO_ID)
        .agg(sum(when(last, col(CONTACTS)).otherwise(0)).as(LAST_7D),
            sum(when(last, lit(0)).otherwise(col(CONTACTS))).as(PREV_7D))
        .withColumn(CHANGE, col(LAST_7D).minus(col(PREV_7D)))
        .withColumn(RANK, row_number().over(Window.partitionBy(REGION)
            .orderBy(org.apache.spark.sql.functions.abs(col(CHANGE)).desc(), col(SCENARIO_ID))))
        .where(col(RANK).leq(MOVERS).and(col(CHANGE).notEqual(0))).join(catalog, new String[] {SCENARIO_ID}, "left");
    fortnight.orderBy(REGION, RANK).collectAsList()
        .forEach(r -> movers.computeIfAbsent(Cells.text(r, REGION), k -> new ArrayList<>()).add(r));
  }

  /** Per region: each dimension's mean over the scored contacts (the daily means weighted by scored contacts). */
  private static Dataset<Row> weightedScores(Dataset<Row> metrics) {
    List<Column> aggs = new ArrayList<>();
    for (String d : DIMENSIONS) {
      String c = d + "_score";
      aggs.add(sum(col(c).multiply(col(SCORED))).divide(sum(when(col(c).isNotNull(), col(SCORED)))).as(c));
    }
    return metrics.groupBy(REGION).agg(sum(SCORED).as(SCORED), aggs.toArray(Column[]::new));
  }

  @Override
  public Set<String> regions() {
    return new TreeSet<>(mix.keySet());
  }

  @Override
  public String render(String region, Messages m) {
    List<Row> top = mix.getOrDefault(region, List.of());
    if (top.isEmpty()) {
      return Html.section("scenarios", m.get("scenarios.title"), null, Html.empty(m.get("scenarios.none")));
    }
    return Html.section("scenarios", m.get("scenarios.title"), m.get("scenarios.intro"),
        mixChart(top, m) + dimensionChart(region, m) + moversTable(region, m) + exemplars(top, m));
  }

  private static String label(Row r) {
    String l = Cells.text(r, GoldScenarioCatalog.LABEL);
    return l == null ? Cells.text(r, SCENARIO_ID) : l;
  }

  private static String mixChart(List<Row> top, Messages m) {
    List<Row> reversed = new ArrayList<>(top);
    java.util.Collections.reverse(reversed); // the largest on top of a horizontal bar chart
    return new Chart("mix", m.get("scenarios.mix.title", top.size()), m.get("scenarios.mix.subtitle"))
        .valueX(m.get("axis.share_percent")).categoryY("", reversed.stream().map(ScenarioSection::label).toList())
        .values(m.get("series.share"), "bar", reversed.stream().map(r -> 100 * Cells.number(r, SHARE, 0)).toList(), 0)
        .html();
  }

  private String dimensionChart(String region, Messages m) {
    Row mine = dimensions.get(region);
    Row all = dimensions.get(ALL);
    if (mine == null || all == null) {
      return "";
    }
    List<String> names = DIMENSIONS.stream().map(d -> m.get("dimension." + d)).toList();
    String tiles = Html.tiles(DIMENSIONS.stream().map(d -> Html.tile(m.get("dimension." + d),
        Html.figure("scenarios." + d + "_score", Cells.number(mine, d + "_score"), m, 1, ""),
        m.get("scenarios.all_regions", m.number(Cells.number(all, d + "_score"), 1)))).toList());
    return tiles + new Chart("dimensions", m.get("scenarios.dimensions.title"), m.get("scenarios.dimensions.subtitle"))
        .categoryX(m.get("axis.dimension"), names).valueY(m.get("axis.score"))
        .values(region, "bar", DIMENSIONS.stream().map(d -> Cells.number(mine, d + "_score")).toList(), 0)
        .values(m.get("series.all_regions"), "bar", DIMENSIONS.stream().map(d -> Cells.number(all, d + "_score")).toList(), 0)
        .html();
  }

  private String moversTable(String region, Messages m) {
    List<Row> rows = movers.getOrDefault(region, List.of());
    if (rows.isEmpty()) {
      return Html.empty(m.get("scenarios.movers.none"));
    }
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      double prev = Cells.number(r, PREV_7D, 0);
      cells.add(List.of(Html.escape(label(r)), Html.figure("scenarios.last_7d", Cells.number(r, LAST_7D),
              m, 0, ""),
          Html.value("scenarios.prev_7d", prev, m.number(prev, 0)),
          prev == 0 ? m.get("scenarios.new") : Html.escape(m.percent(Cells.number(r, CHANGE, 0) / prev))));
    }
    return "<h3>" + Html.escape(m.get("scenarios.movers.title")) + "</h3>" + Html.table(List.of(m.get("col.scenario"),
        m.get("col.last_7d"), m.get("col.prev_7d"), m.get("col.change")), cells);
  }

  private static String exemplars(List<Row> top, Messages m) {
    StringBuilder b = new StringBuilder("<h3>").append(Html.escape(m.get("scenarios.exemplars.title"))).append("</h3><ul>");
    top.stream().limit(3).forEach(r -> {
      List<Object> texts = r.isNullAt(r.fieldIndex(GoldScenarioCatalog.EXEMPLAR_TEXTS)) ? List.of()
          : r.getList(r.fieldIndex(GoldScenarioCatalog.EXEMPLAR_TEXTS));
      if (!texts.isEmpty()) {
        b.append("<li><b>").append(Html.escape(label(r))).append("</b>: “").append(Html.escape(texts.get(0).toString()))
            .append("”</li>");
      }
    });
    return b.append("</ul>").toString();
  }
}
