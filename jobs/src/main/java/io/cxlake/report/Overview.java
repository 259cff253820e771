package io.cxlake.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/** The overview page: every region's headline figures side by side, with links to the regions' reports. */
final class Overview {

  private Overview() {}

  static String render(List<String> regions, ToleranceSection tolerance, ChurnSection churn, NeedSection needs,
                       ReportSettings settings, Messages m, java.util.function.BiFunction<String, String, String> file) {
    List<List<String>> rows = new ArrayList<>();
    for (String region : regions) {
      Row t = tolerance.regionRow(region);
      List<String> links = new ArrayList<>();
      for (String lang : settings.languagesOf(region)) {
        links.add("<a href=\"" + Html.escape(file.apply(region, lang)) + "\">" + Html.escape(m.get("language." + lang))
            + "</a>");
      }
      rows.add(List.of(Html.escape(region),
          cell(m, "overview.contacts." + region, t, "contacts", 0, false),
          cell(m, "overview.median_patience_seconds." + region, t, "median_patience_seconds", 0, false),
          cell(m, "overview.on_time_target_seconds." + region, t, "on_time_target_seconds", 0, false),
          cell(m, "overview.service_level_percent." + region, t, "service_level_percent", 0, false) + " %",
          cell(m, "overview.share_abandoned." + region, t, "share_abandoned", 0, true),
          Html.value("overview.high_risk." + region, churn.highRisk(region), m.number((double) churn.highRisk(region), 0)),
          Html.value("overview.need_patterns." + region, needs.significantPatterns(region),
              m.number((double) needs.significantPatterns(region), 0)),
          String.join(" · ", links)));
    }
    String table = Html.table(List.of(m.get("col.region"), m.get("tolerance.contacts"), m.get("tolerance.median"),
        m.get("tolerance.target"), m.get("tolerance.service_level"), m.get("tolerance.abandoned"), m.get("band.high"),
        m.get("overview.patterns"), m.get("overview.reports")), rows);
    return Html.section("overview", m.get("overview.title"), m.get("overview.intro"), table
        + tolerance.comparison("", m));
  }

  private static String cell(Messages m, String key, Row r, String column, int decimals, boolean percent) {
    Double v = r == null ? null : Cells.number(r, column);
    return Html.value(key, v, percent ? m.percent(v) : m.number(v, decimals));
  }
}
