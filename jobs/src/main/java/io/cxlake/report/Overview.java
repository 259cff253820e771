package io.cxlake.report;

import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.CONTACTS;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.MEDIAN_PATIENCE_SECONDS;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.MEDIAN_PATIENCE_SECONDS_CI_HIGH;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.MEDIAN_PATIENCE_SECONDS_CI_LOW;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.OBSERVATIONS;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.ON_TIME_TARGET_SECONDS;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.SERVICE_LEVEL_PERCENT;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.SHARE_ABANDONED;
import static io.cxlake.schema.TableColumns.GoldRegionWaitTolerance.STATUS;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * The overview page: one chart comparing the regions' patience, on-time targets and abandonment, and every region's
 * headline figures side by side, with links to the regions' reports. An empty figure says why it is empty.
 */
final class Overview {

  private Overview() {}

  static String render(List<String> regions, ToleranceSection tolerance, ChurnSection churn, NeedSection needs,
                       ReportSettings settings, Messages m, java.util.function.BiFunction<String, String, String> file) {
    List<List<String>> rows = new ArrayList<>();
    for (String region : regions) {
      Row t = tolerance.regionRow(region);
      String why = whyNoPatience(t, settings, m);
      List<String> links = new ArrayList<>();
      for (String lang : settings.languagesOf(region)) {
        links.add("<a href=\"" + Html.escape(file.apply(region, lang)) + "\">" + Html.escape(m.get("language." + lang))
            + "</a>");
      }
      rows.add(List.of(Html.escape(m.place("region", region)) + (why == null ? "" : Html.note(why)),
          cell("overview.contacts." + region, t, CONTACTS, v -> m.number(v, 0), why),
          cell("overview.median_patience_seconds." + region, t, MEDIAN_PATIENCE_SECONDS, v -> m.number(v, 0) + " s",
              why),
          cell("overview.on_time_target_seconds." + region, t, ON_TIME_TARGET_SECONDS, v -> m.number(v, 0) + " s", why),
          cell("overview.service_level_percent." + region, t, SERVICE_LEVEL_PERCENT, v -> m.number(v, 0) + " %", why),
          cell("overview.share_abandoned." + region, t, SHARE_ABANDONED, m::percent, why),
          Html.value("overview.high_risk." + region, churn.highRisk(region), m.number((double) churn.highRisk(region), 0)),
          Html.value("overview.need_patterns." + region, needs.significantPatterns(region),
              m.number((double) needs.significantPatterns(region), 0)),
          String.join(" · ", links)));
    }
    String table = Html.table(List.of(m.get("col.region"), m.get("tolerance.contacts"), m.get("tolerance.median"),
        m.get("tolerance.target"), m.get("tolerance.service_level"), m.get("tolerance.abandoned"), m.get("band.high"),
        m.get("overview.patterns"), m.get("overview.reports")), rows);
    return Html.section("overview", m.get("overview.title"), m.get("overview.intro"), regionsChart(regions, tolerance, m)
        + table);
  }

  /**
   * The regions side by side: median patience with its 95 % interval and the on-time target (seconds, left axis),
   * and the share of callers who hung up (%, right axis). A region without figures keeps its place, with gaps.
   */
  static String regionsChart(List<String> regions, ToleranceSection tolerance, Messages m) {
    List<String> names = regions.stream().map(r -> m.place("region", r)).toList();
    return new Chart("overview-regions", m.get("overview.chart.title"), m.get("overview.chart.subtitle"))
        .categoryX(m.get("axis.region"), names).valueY(m.get("axis.seconds")).secondValueY(m.get("axis.abandoned_percent"))
        .values(m.get("series.median_patience"), "bar", column(regions, tolerance, MEDIAN_PATIENCE_SECONDS, 1), 0)
        .values(m.get("series.ci_low"), "scatter", column(regions, tolerance, MEDIAN_PATIENCE_SECONDS_CI_LOW, 1), 0)
        .values(m.get("series.ci_high"), "scatter", column(regions, tolerance, MEDIAN_PATIENCE_SECONDS_CI_HIGH, 1), 0)
        .values(m.get("series.on_time_target"), "scatter", column(regions, tolerance, ON_TIME_TARGET_SECONDS, 1), 0)
        .values(m.get("series.abandoned"), "line", column(regions, tolerance, SHARE_ABANDONED, 100), 1).html();
  }

  private static List<Double> column(List<String> regions, ToleranceSection tolerance, String column, double scale) {
    return regions.stream().map(r -> {
      Row t = tolerance.regionRow(r);
      Double v = t == null ? null : Cells.number(t, column);
      return v == null ? null : v * scale;
    }).toList();
  }

  /**
   * Why a region has no patience figures, in the reader's words, or null when it has them: no profile on the date,
   * too few waiting contacts for the tolerance job's minimum, nobody hung up, or too few hung up for the curve to
   * reach its median.
   */
  static String whyNoPatience(Row t, ReportSettings settings, Messages m) {
    if (t == null) {
      return m.get("overview.why.no_profile");
    }
    if (Cells.number(t, MEDIAN_PATIENCE_SECONDS) != null) {
      return null;
    }
    String status = Cells.text(t, STATUS);
    double observations = Cells.number(t, OBSERVATIONS, 0);
    if ("insufficient_sample".equals(status)) {
      return m.get("overview.why.insufficient_sample", m.number(observations, 0),
          m.number((double) settings.minGroupSize(), 0));
    }
    if ("no_abandons".equals(status)) {
      return m.get("overview.why.no_abandons", m.number(observations, 0));
    }
    return m.get("overview.why.curve", m.number(observations, 0));
  }

  /** A figure of the region's row as the reader sees it, or "–" with {@code why} when the row lacks it. */
  private static String cell(String key, Row r, String column, java.util.function.Function<Double, String> shown,
                             String why) {
    Double v = r == null ? null : Cells.number(r, column);
    return v == null ? Html.missing(key, why) : Html.value(key, v, shown.apply(v));
  }
}
