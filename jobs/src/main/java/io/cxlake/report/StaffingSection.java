package io.cxlake.report;

import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.AGENTS_ERLANG_A;
import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.AGENTS_ERLANG_C;
import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.ARRIVALS_PER_INTERVAL;
import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.INTERVAL_MINUTES;
import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.INTERVAL_START;
import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.REGION;
import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.RUN_DATE;
import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.SERVICE_LEVEL_PERCENT;
import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.STATUS;
import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.TARGET_WAIT_SECONDS;
import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.WINDOW_END;
import static io.cxlake.schema.TableColumns.GoldRegionStaffingPlan.WINDOW_START;
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
    lake.read(Tables.REGION_STAFFING_PLAN).where(col(RUN_DATE).equalTo(Date.valueOf(day)))
        .orderBy(REGION, INTERVAL_START).collectAsList()
        .forEach(r -> plans.computeIfAbsent(Cells.text(r, REGION), k -> new ArrayList<>()).add(r));
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
    double a = rows.stream().mapToDouble(r -> Cells.number(r, AGENTS_ERLANG_A, 0)).max().orElse(0);
    double c = rows.stream().mapToDouble(r -> Cells.number(r, AGENTS_ERLANG_C, 0)).max().orElse(0);
    double sumA = rows.stream().mapToDouble(r -> Cells.number(r, AGENTS_ERLANG_A, 0)).sum();
    double sumC = rows.stream().mapToDouble(r -> Cells.number(r, AGENTS_ERLANG_C, 0)).sum();
    Row first = rows.get(0);
    String statuses = rows.stream().map(r -> Cells.text(r, STATUS)).distinct().sorted()
        .collect(Collectors.joining(", "));
    String tiles = Html.tiles(List.of(
        Html.tile(m.get("staffing.peak_a"), Html.figure("staffing.peak_agents_erlang_a", a, m, 0, ""), null),
        Html.tile(m.get("staffing.peak_c"), Html.figure("staffing.peak_agents_erlang_c", c, m, 0, ""), null),
        Html.tile(m.get("staffing.saved"), Html.figure("staffing.agent_intervals_saved", sumC - sumA, m, 0, ""),
            m.get("staffing.saved.note", m.number(Cells.number(first, INTERVAL_MINUTES), 0))),
        Html.tile(m.get("staffing.target"), Html.figure("staffing.target_wait_seconds",
            Cells.number(first, TARGET_WAIT_SECONDS), m, 0, " s"),
            m.get("staffing.target.note", m.number(Cells.number(first, SERVICE_LEVEL_PERCENT), 0)))));
    List<String> intervals = rows.stream().map(r -> Cells.text(r, INTERVAL_START)).toList();
    String chart = new Chart("staffing", m.get("staffing.chart.title"), m.get("staffing.chart.subtitle", statuses))
        .categoryX(m.get("axis.interval"), intervals).valueY(m.get("axis.agents"))
        .secondValueY(m.get("axis.arrivals"))
        .values(m.get("series.erlang_a"), "bar", rows.stream().map(r -> Cells.number(r, AGENTS_ERLANG_A)).toList(), 0)
        .values(m.get("series.erlang_c"), "line", rows.stream().map(r -> Cells.number(r, AGENTS_ERLANG_C)).toList(), 0)
        .values(m.get("series.arrivals"), "line", rows.stream().map(r -> Cells.number(r, ARRIVALS_PER_INTERVAL))
            .toList(), 1).html();
    return Html.section("staffing", m.get("staffing.title"), m.get("staffing.intro", Cells.text(first, WINDOW_START),
        Cells.text(first, WINDOW_END)), tiles + chart);
  }
}
