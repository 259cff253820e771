package io.cxlake.report;

import static org.apache.spark.sql.functions.col;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/**
 * Staffing: agents needed per interval of the day to meet the region's on-time target under Erlang-A (which
 * knows customers hang up) against Erlang-C, the usual planning method that assumes nobody does
 * (gold_region_staffing_plan).
 */
final class StaffingSection implements Section {

  private final Map<String, List<Row>> plans = new TreeMap<>();

  @Override
  public void load(Lakehouse lake, LocalDate day, ReportSettings settings) {
    lake.read(Tables.REGION_STAFFING_PLAN).where(col("run_date").equalTo(Date.valueOf(day)))
        .orderBy("region", "interval_start").collectAsList()
        .forEach(r -> plans.computeIfAbsent(Cells.text(r, "region"), k -> new ArrayList<>()).add(r));
  }

  @Override
  public Set<String> regions() {
    return new TreeSet<>(plans.keySet());
  }

  @Override
  public String render(String region, Messages m) {
    List<Row> rows = plans.getOrDefault(region, List.of());
    if (rows.isEmpty()) {
      return Html.section("staffing", m.get("staffing.title"), null, Html.empty(m.get("staffing.none")));
    }
    double a = rows.stream().mapToDouble(r -> Cells.number(r, "agents_erlang_a", 0)).max().orElse(0);
    double c = rows.stream().mapToDouble(r -> Cells.number(r, "agents_erlang_c", 0)).max().orElse(0);
    double sumA = rows.stream().mapToDouble(r -> Cells.number(r, "agents_erlang_a", 0)).sum();
    double sumC = rows.stream().mapToDouble(r -> Cells.number(r, "agents_erlang_c", 0)).sum();
    Row first = rows.get(0);
    String statuses = rows.stream().map(r -> Cells.text(r, "status")).distinct().sorted().collect(Collectors.joining(", "));
    String tiles = Html.tiles(List.of(
        Html.tile(m.get("staffing.peak_a"), Html.figure("staffing.peak_agents_erlang_a", a, m, 0, ""), null),
        Html.tile(m.get("staffing.peak_c"), Html.figure("staffing.peak_agents_erlang_c", c, m, 0, ""), null),
        Html.tile(m.get("staffing.saved"), Html.figure("staffing.agent_intervals_saved", sumC - sumA, m, 0, ""), m.get("staffing.saved.note", m.number(Cells.number(first, "interval_minutes"), 0))),
        Html.tile(m.get("staffing.target"), Html.figure("staffing.target_wait_seconds",
            Cells.number(first, "target_wait_seconds"), m, 0, " s"),
            m.get("staffing.target.note", m.number(Cells.number(first, "service_level_percent"), 0)))));
    List<String> intervals = rows.stream().map(r -> Cells.text(r, "interval_start")).toList();
    String chart = new Chart("staffing", m.get("staffing.chart.title"), m.get("staffing.chart.subtitle", statuses))
        .categoryX(m.get("axis.interval"), intervals).valueY(m.get("axis.agents"))
        .secondValueY(m.get("axis.arrivals"))
        .values(m.get("series.erlang_a"), "bar", rows.stream().map(r -> Cells.number(r, "agents_erlang_a")).toList(), 0)
        .values(m.get("series.erlang_c"), "line", rows.stream().map(r -> Cells.number(r, "agents_erlang_c")).toList(), 0)
        .values(m.get("series.arrivals"), "line", rows.stream().map(r -> Cells.number(r, "arrivals_per_interval"))
            .toList(), 1).html();
    return Html.section("staffing", m.get("staffing.title"), m.get("staffing.intro", Cells.text(first, "window_start"),
        Cells.text(first, "window_end")), tiles + chart);
  }
}
