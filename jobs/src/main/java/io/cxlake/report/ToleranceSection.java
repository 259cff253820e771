package io.cxlake.report;

import static io.cxlake.schema.TableColumns.GoldRegionPatienceCurve.HAZARD;
import static io.cxlake.schema.TableColumns.GoldRegionPatienceCurve.KIND;
import static io.cxlake.schema.TableColumns.GoldRegionPatienceCurve.SURVIVAL;
import static io.cxlake.schema.TableColumns.GoldRegionPatienceCurve.SURVIVAL_CI_HIGH;
import static io.cxlake.schema.TableColumns.GoldRegionPatienceCurve.SURVIVAL_CI_LOW;
import static io.cxlake.schema.TableColumns.GoldRegionPatienceCurve.WAIT_FROM;
import static io.cxlake.schema.TableColumns.GoldRegionPatienceCurve.WAIT_TO;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.ABANDONS;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.ABANDON_VS_WAIT_R2;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.ABANDON_VS_WAIT_SLOPE;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.CONTACTS;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.LOGRANK_P_VALUE;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.MEAN_WAIT_SECONDS;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.MEDIAN_PATIENCE_SECONDS;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.MEDIAN_PATIENCE_SECONDS_CI_HIGH;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.MEDIAN_PATIENCE_SECONDS_CI_LOW;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.OBSERVATIONS;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.ON_TIME_TARGET_SECONDS;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.RUN_DATE;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.SERVICE_LEVEL_PERCENT;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.SHARE_ABANDONED;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.TARGET_ABANDON_PERCENT;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.TOD_BAND;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.WINDOW_END;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.WINDOW_START;
import static org.apache.spark.sql.functions.col;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.TableColumns.GoldRegionPatienceCurve;
import io.cxlake.schema.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * Wait tolerance: the region's patience survival curve with its confidence band, the hazard of hanging up by
 * wait, the region's patience against the other regions', its on-time target and service level, and abandonment
 * against wait by time of day (gold_region_wait_tolerance, gold_region_patience_curve).
 */
final class ToleranceSection implements Section {

  static final String REGION = "region";
  static final String LEVEL = "level";
  /** Curves are charted at most this many points per series; the steps between are kept by ECharts' step line. */
  static final int MAX_POINTS = 400;

  private final Map<String, Row> regionRows = new LinkedHashMap<>();
  private final List<Row> groupRows = new ArrayList<>();
  private final List<Row> curves = new ArrayList<>();
  private List<String> bandOrder = List.of();
  private ReportSettings settings;

  /** A section over region rows already read (of gold_region_wait_tolerance), for a page built without a lake. */
  static ToleranceSection ofRegionRows(List<Row> rows, ReportSettings settings) {
    ToleranceSection s = new ToleranceSection();
    rows.forEach(r -> s.regionRows.put(Cells.text(r, REGION), r));
    s.settings = settings;
    return s;
  }

  @Override
  public void load(Lakehouse lake, LocalDate day, ReportSettings settings) {
    Date d = Date.valueOf(day);
    bandOrder = settings.todBands();
    this.settings = settings;
    for (Row r : lake.read(Tables.REGION_WAIT_TOLERANCE).where(col(RUN_DATE).equalTo(d)).collectAsList()) {
      if ("region".equals(Cells.text(r, LEVEL))) {
        regionRows.put(Cells.text(r, REGION), r);
      } else {
        groupRows.add(r);
      }
    }
    curves.addAll(lake.read(Tables.REGION_PATIENCE_CURVE)
        .where(col(GoldRegionPatienceCurve.RUN_DATE).equalTo(d).and(col(LEVEL).equalTo("region")))
        .select(REGION, KIND, WAIT_FROM, WAIT_TO, SURVIVAL, SURVIVAL_CI_LOW, SURVIVAL_CI_HIGH, HAZARD)
        .orderBy(REGION, KIND, WAIT_FROM).collectAsList());
  }

  @Override
  public Set<String> regions() {
    return new TreeSet<>(regionRows.keySet());
  }

  /** The region-level row of the run date, or null. */
  Row regionRow(String region) {
    return regionRows.get(region);
  }

  @Override
  public String render(String region, Messages m) {
    Row r = regionRows.get(region);
    if (r == null) {
      return Html.section("tolerance", m.get("tolerance.title"), null, Html.empty(m.get("tolerance.none")));
    }
    String body = tiles(r, m) + survival(region, m) + hazard(region, m) + comparison(region, m) + byTimeOfDay(region, m);
    return Html.section("tolerance", m.get("tolerance.title"), m.get("tolerance.intro",
        Cells.text(r, WINDOW_START), Cells.text(r, WINDOW_END)), body);
  }

  private String tiles(Row r, Messages m) {
    List<String> t = new ArrayList<>();
    String why = Overview.whyNoPatience(r, settings, m);
    t.add(Html.tile(m.get("tolerance.contacts"), Html.figure("tolerance.contacts", Cells.number(r, CONTACTS), m,
        0, ""), null));
    t.add(Html.tile(m.get("tolerance.median"), Html.figure("tolerance.median_patience_seconds",
            Cells.number(r, MEDIAN_PATIENCE_SECONDS), m, 0, " s"),
        why != null ? why : m.get("tolerance.ci", m.number(Cells.number(r, MEDIAN_PATIENCE_SECONDS_CI_LOW), 0),
            m.number(Cells.number(r, MEDIAN_PATIENCE_SECONDS_CI_HIGH), 0))));
    t.add(Html.tile(m.get("tolerance.target"), Html.figure("tolerance.on_time_target_seconds",
            Cells.number(r, ON_TIME_TARGET_SECONDS), m, 0, " s"),
        m.get("tolerance.target.note", m.number(Cells.number(r, TARGET_ABANDON_PERCENT), 1))));
    t.add(Html.tile(m.get("tolerance.service_level"), Html.value("tolerance.service_level_percent",
            Cells.number(r, SERVICE_LEVEL_PERCENT), m.get("tolerance.service_level.value",
                m.number(Cells.number(r, SERVICE_LEVEL_PERCENT), 0),
                m.number(Cells.number(r, ON_TIME_TARGET_SECONDS), 0))),
        m.get("tolerance.service_level.note")));
    t.add(Html.tile(m.get("tolerance.abandoned"), Html.value("tolerance.share_abandoned",
        Cells.number(r, SHARE_ABANDONED), m.percent(Cells.number(r, SHARE_ABANDONED))), null));
    Double slope = Cells.number(r, ABANDON_VS_WAIT_SLOPE);
    t.add(Html.tile(m.get("tolerance.slope"), Html.value("tolerance.abandon_vs_wait_slope", slope,
        slope == null ? "–" : m.number(slope * 60 * 100, 1) + " pp/min"),
        m.get("tolerance.slope.note", m.number(Cells.number(r, ABANDON_VS_WAIT_R2), 2))));
    t.add(Html.tile(m.get("tolerance.logrank"), Html.figure("tolerance.logrank_p_value",
        Cells.number(r, LOGRANK_P_VALUE), m, 4, ""), m.get("tolerance.logrank.note")));
    return Html.tiles(t);
  }

  private List<Row> curve(String region, String kind) {
    return curves.stream().filter(c -> region.equals(Cells.text(c, REGION)) && kind.equals(Cells.text(c, KIND)))
        .toList();
  }

  private String survival(String region, Messages m) {
    List<Row> km = thin(curve(region, "kaplan_meier"));
    if (km.isEmpty()) {
      return "";
    }
    return new Chart("survival", m.get("tolerance.survival.title"), m.get("tolerance.survival.subtitle"))
        .valueX(m.get("axis.wait_seconds")).valueY(m.get("axis.still_waiting"))
        .xy(m.get("series.survival"), "step", points(km, SURVIVAL))
        .xy(m.get("series.ci_low"), "dashed", points(km, SURVIVAL_CI_LOW))
        .xy(m.get("series.ci_high"), "dashed", points(km, SURVIVAL_CI_HIGH)).html();
  }

  private String hazard(String region, Messages m) {
    List<Row> lt = curve(region, "life_table");
    if (lt.isEmpty()) {
      return "";
    }
    List<String> bins = lt.stream().map(c -> m.number(Cells.number(c, WAIT_FROM), 0) + "–"
        + m.number(Cells.number(c, WAIT_TO), 0)).toList();
    return new Chart("hazard", m.get("tolerance.hazard.title"), m.get("tolerance.hazard.subtitle"))
        .categoryX(m.get("axis.wait_interval_seconds"), bins).valueY(m.get("axis.hazard"))
        .values(m.get("series.hazard"), "bar", lt.stream().map(c -> Cells.number(c, HAZARD)).toList(), 0).html();
  }

  /** Median patience of every region with its 95 % interval; the named region (if any) is marked. */
  private String comparison(String region, Messages m) {
    List<Row> ok = regionRows.values().stream().filter(r -> Cells.number(r, MEDIAN_PATIENCE_SECONDS) != null)
        .sorted(Comparator.comparing(r -> Cells.text(r, REGION))).toList();
    if (ok.isEmpty()) {
      return "";
    }
    List<String> names = ok.stream().map(r -> Cells.text(r, REGION))
        .map(n -> n.equals(region) ? "▶ " + m.place("region", n) : m.place("region", n)).toList();
    return new Chart("regions", m.get("tolerance.regions.title"), m.get("tolerance.regions.subtitle"))
        .categoryX(m.get("axis.region"), names).valueY(m.get("axis.patience_seconds"))
        .values(m.get("series.median_patience"), "bar", column(ok, MEDIAN_PATIENCE_SECONDS), 0)
        .values(m.get("series.ci_low"), "scatter", column(ok, MEDIAN_PATIENCE_SECONDS_CI_LOW), 0)
        .values(m.get("series.ci_high"), "scatter", column(ok, MEDIAN_PATIENCE_SECONDS_CI_HIGH), 0).html();
  }

  private static List<Double> column(List<Row> rows, String column) {
    return rows.stream().map(r -> Cells.number(r, column)).toList();
  }

  /** Abandonment and mean wait per time-of-day band: the region's groups summed per band. */
  private String byTimeOfDay(String region, Messages m) {
    Map<String, double[]> bands = new LinkedHashMap<>();
    groupRows.stream().filter(g -> region.equals(Cells.text(g, REGION)) && Cells.text(g, TOD_BAND) != null)
        .sorted(Comparator.comparing(g -> bandOrder.indexOf(Cells.text(g, TOD_BAND))))
        .forEach(g -> {
          double[] b = bands.computeIfAbsent(Cells.text(g, TOD_BAND), k -> new double[3]);
          double n = Cells.number(g, OBSERVATIONS, 0);
          b[0] += Cells.number(g, ABANDONS, 0);
          b[1] += n;
          b[2] += Cells.number(g, MEAN_WAIT_SECONDS, 0) * n;
        });
    if (bands.isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>(bands.keySet());
    return new Chart("tod", m.get("tolerance.tod.title"), m.get("tolerance.tod.subtitle"))
        .categoryX(m.get("axis.tod_band"), names.stream().map(b -> m.has("tod." + b) ? m.get("tod." + b) : b).toList())
        .valueY(m.get("axis.abandoned_percent")).secondValueY(m.get("axis.mean_wait_seconds"))
        .values(m.get("series.abandoned"), "bar", names.stream().map(b -> bands.get(b)[1] == 0 ? null
            : 100 * bands.get(b)[0] / bands.get(b)[1]).toList(), 0)
        .values(m.get("series.mean_wait"), "line", names.stream().map(b -> bands.get(b)[1] == 0 ? null
            : bands.get(b)[2] / bands.get(b)[1]).toList(), 1).html();
  }

  private static List<double[]> points(List<Row> rows, String column) {
    List<double[]> out = new ArrayList<>();
    for (Row r : rows) {
      Double y = Cells.number(r, column);
      if (y != null) {
        out.add(new double[] {Cells.number(r, WAIT_FROM), y});
      }
    }
    return out;
  }

  /** At most {@link #MAX_POINTS} rows, evenly spaced, the last kept. */
  static List<Row> thin(List<Row> rows) {
    if (rows.size() <= MAX_POINTS) {
      return rows;
    }
    List<Row> out = new ArrayList<>();
    double step = rows.size() / (double) MAX_POINTS;
    for (int i = 0; i < MAX_POINTS; i++) {
      out.add(rows.get((int) (i * step)));
    }
    out.add(rows.get(rows.size() - 1));
    return out;
  }
}
