package io.cxlake.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.TableColumns.GoldChurnModelQuality;
import io.cxlake.schema.TableColumns.GoldChurnSignal;
import io.cxlake.schema.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Churn: customers per risk band, the signals most often raised among the high-risk customers, the customers to
 * call back first with their reasons in words, and the quality of the score that ranked them (gold_churn_signal,
 * gold_churn_model_quality).
 */
final class ChurnSection implements Section {

  static final List<String> BANDS = List.of("high", "medium", "low");
  private static final String REGION = GoldChurnSignal.REGION;
  private static final String BAND = GoldChurnSignal.BAND;
  // customers per region and band or signal; a signal's name and value; a customer's rank in the call-back list
  private static final String CUSTOMERS = "customers";
  private static final String SIGNAL = "signal";
  private static final String VALUE = "value";
  private static final String RANK = "rank";
  /** A signal is raised when it pushes the risk up: a worsening mood trend is negative. */
  static final String RAISED = "CASE WHEN signal = 'mood_trend' THEN value < 0 ELSE value > 0 END";

  private final Map<String, Map<String, Long>> bands = new TreeMap<>();
  private final Map<String, Map<String, Long>> reasons = new TreeMap<>();
  private final Map<String, List<Row>> callBack = new TreeMap<>();
  private Row quality;

  @Override
  public void load(Lakehouse lake, LocalDate day, ReportSettings settings) {
    Dataset<Row> signals = lake.read(Tables.CHURN_SIGNAL)
        .where(col(GoldChurnSignal.AS_OF_DATE).equalTo(Date.valueOf(day)));
    signals.groupBy(REGION, BAND).agg(count(lit(1)).as(CUSTOMERS)).collectAsList()
        .forEach(r -> bands.computeIfAbsent(Cells.text(r, REGION), k -> new LinkedHashMap<>())
            .put(Cells.text(r, BAND), r.getLong(r.fieldIndex(CUSTOMERS))));
    signals.where(col(BAND).equalTo("high")).select(col(REGION),
        explode(col(GoldChurnSignal.SIGNALS)).as(new String[] {SIGNAL, VALUE}))
        .where(org.apache.spark.sql.functions.expr(RAISED)).groupBy(REGION, SIGNAL).agg(count(lit(1)).as(CUSTOMERS))
        .orderBy(col(REGION), col(CUSTOMERS).desc(), col(SIGNAL)).collectAsList()
        .forEach(r -> reasons.computeIfAbsent(Cells.text(r, REGION), k -> new LinkedHashMap<>())
            .put(Cells.text(r, SIGNAL), r.getLong(r.fieldIndex(CUSTOMERS))));
    signals.withColumn(RANK, row_number().over(Window.partitionBy(REGION).orderBy(col(GoldChurnSignal.RISK).desc(),
            col(GoldChurnSignal.CUSTOMER_KEY))))
        .where(col(RANK).leq(settings.callBack())).orderBy(REGION, RANK).collectAsList()
        .forEach(r -> callBack.computeIfAbsent(Cells.text(r, REGION), k -> new ArrayList<>()).add(r));
    Dataset<Row> used = lake.read(Tables.CHURN_MODEL_QUALITY)
        .where(col(GoldChurnModelQuality.RUN_DATE).leq(Date.valueOf(day)).and(col(GoldChurnModelQuality.USED)));
    List<Row> latest = used.join(used.agg(max(GoldChurnModelQuality.RUN_DATE).as(GoldChurnModelQuality.RUN_DATE)),
        GoldChurnModelQuality.RUN_DATE).collectAsList();
    quality = latest.isEmpty() ? null : latest.get(0);
  }

  @Override
  public Set<String> regions() {
    return new TreeSet<>(bands.keySet());
  }

  long highRisk(String region) {
    return bands.getOrDefault(region, Map.of()).getOrDefault("high", 0L);
  }

  @Override
  public String render(String region, Messages m) {
    Map<String, Long> b = bands.getOrDefault(region, Map.of());
    if (b.isEmpty()) {
      return Html.section("churn", m.get("churn.title"), null, Html.empty(m.get("churn.none")));
    }
    List<String> tiles = new ArrayList<>();
    for (String band : BANDS) {
      long n = b.getOrDefault(band, 0L);
      tiles.add(Html.tile(m.get("band." + band), Html.value("churn.band." + band, n, m.number((double) n, 0)),
          m.get("churn.customers")));
    }
    tiles.add(modelTile(m));
    return Html.section("churn", m.get("churn.title"), m.get("churn.intro"), Html.tiles(tiles)
        + bandChart(b, m) + reasonChart(region, m) + callBackTable(region, m));
  }

  private String modelTile(Messages m) {
    if (quality == null) {
      return Html.tile(m.get("churn.model"), Html.escape(m.get("churn.model.none")), null);
    }
    String method = Cells.text(quality, GoldChurnModelQuality.METHOD);
    return Html.tile(m.get("churn.model"), Html.value("churn.auc", Cells.number(quality, GoldChurnModelQuality.AUC),
        "AUC " + m.number(Cells.number(quality, GoldChurnModelQuality.AUC), 3)), m.get("churn.model.note",
        m.has("method." + method) ? m.get("method." + method) : method,
        m.number(Cells.number(quality, GoldChurnModelQuality.TOP_DECILE_LIFT), 1)));
  }

  private static String bandChart(Map<String, Long> b, Messages m) {
    return new Chart("bands", m.get("churn.bands.title"), null).pie(m.get("churn.customers"),
        BANDS.stream().map(x -> m.get("band." + x)).toList(),
        BANDS.stream().map(x -> (double) b.getOrDefault(x, 0L)).toList()).html();
  }

  private String reasonChart(String region, Messages m) {
    Map<String, Long> r = reasons.getOrDefault(region, Map.of());
    if (r.isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>(r.keySet());
    java.util.Collections.reverse(names);
    return new Chart("reasons", m.get("churn.reasons.title"), m.get("churn.reasons.subtitle"))
        .valueX(m.get("axis.customers")).categoryY("", names.stream().map(s -> signal(s, m)).toList())
        .values(m.get("series.customers"), "bar", names.stream().map(s -> (double) r.get(s)).toList(), 0).html();
  }

  private static String signal(String s, Messages m) {
    return m.has("signal." + s) ? m.get("signal." + s) : s;
  }

  private String callBackTable(String region, Messages m) {
    List<Row> rows = callBack.getOrDefault(region, List.of());
    List<List<String>> cells = new ArrayList<>();
    for (Row r : rows) {
      List<Object> why = r.isNullAt(r.fieldIndex(GoldChurnSignal.REASONS)) ? List.of()
          : r.getList(r.fieldIndex(GoldChurnSignal.REASONS));
      cells.add(List.of("<code>" + Html.escape(Cells.text(r, GoldChurnSignal.CUSTOMER_KEY)) + "</code>",
          Html.value("churn.risk." + Cells.text(r, GoldChurnSignal.CUSTOMER_KEY),
              Cells.number(r, GoldChurnSignal.RISK), m.percent(Cells.number(r, GoldChurnSignal.RISK))),
          Html.escape(m.get("band." + Cells.text(r, BAND))),
          Html.escape(String.join("; ", why.stream().map(Object::toString).toList())),
          Html.escape(Cells.text(r, GoldChurnSignal.LAST_CONTACT_DATE))));
    }
    return "<h3>" + Html.escape(m.get("churn.call_back.title", rows.size())) + "</h3>" + Html.table(List.of(
        m.get("col.customer"), m.get("col.risk"), m.get("col.band"), m.get("col.reasons"), m.get("col.last_contact")),
        cells);
  }
}
