package io.cxlake.report;

import static org.apache.spark.sql.functions.col;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * Service-contract compliance: every indicator of the contracts that cover the region, measured for the run date
 * (gold_contract_kpi_compliance). A contract's figures are over all its regions, as the contract promises them.
 */
final class ContractSection implements Section {

  private final List<Row> rows = new ArrayList<>();

  @Override
  public void load(Lakehouse lake, LocalDate day, ReportSettings settings) {
    rows.addAll(lake.read(Tables.CONTRACT_KPI_COMPLIANCE).where(col("run_date").equalTo(Date.valueOf(day)))
        .orderBy("contract", "indicator").collectAsList());
  }

  @Override
  public Set<String> regions() {
    return Set.of();
  }

  /** The indicators of the contracts covering the region (a contract without regions covers all). */
  List<Row> covering(String region) {
    return rows.stream().filter(r -> {
      String regions = Cells.text(r, "regions");
      return regions == null || Arrays.stream(regions.split(",")).map(String::strip).anyMatch(region::equals);
    }).toList();
  }

  @Override
  public String render(String region, Messages m) {
    List<Row> mine = covering(region);
    if (mine.isEmpty()) {
      return Html.section("contracts", m.get("contracts.title"), null, Html.empty(m.get("contracts.none")));
    }
    long met = mine.stream().filter(r -> Boolean.TRUE.equals(r.getAs("met"))).count();
    long measured = mine.stream().filter(r -> r.getAs("met") != null).count();
    List<List<String>> cells = new ArrayList<>();
    for (Row r : mine) {
      Object ok = r.getAs("met");
      boolean rate = Cells.number(r, "target", 0) <= 1 && !Cells.text(r, "metric").startsWith("average");
      cells.add(List.of(Html.escape(Cells.text(r, "contract")), Html.escape(Cells.text(r, "indicator")),
          Html.escape(m.get("direction." + Cells.text(r, "direction"), shown(m, Cells.number(r, "target"), rate))),
          Html.value("contracts.actual." + Cells.text(r, "indicator"), Cells.number(r, "actual"),
              shown(m, Cells.number(r, "actual"), rate)),
          Html.figure("contracts.contacts." + Cells.text(r, "indicator"),
              Cells.number(r, "contacts"), m, 0, ""),
          "<span class=\"" + (ok == null ? "na" : (Boolean) ok ? "ok" : "miss") + "\">"
              + Html.escape(m.get(ok == null ? "contracts.no_contacts" : (Boolean) ok ? "contracts.met" : "contracts.missed"))
              + "</span>"));
    }
    String tiles = Html.tiles(List.of(Html.tile(m.get("contracts.kept"), Html.value("contracts.met_count", met,
        m.get("contracts.kept.value", met, measured)), null)));
    return Html.section("contracts", m.get("contracts.title"), m.get("contracts.intro"), tiles
        + Html.table(List.of(m.get("col.contract"), m.get("col.indicator"), m.get("col.target"), m.get("col.actual"),
            m.get("col.contacts"), m.get("col.status")), cells));
  }

  private static String shown(Messages m, Double v, boolean rate) {
    return rate ? m.percent(v) : m.number(v, 0) + " s";
  }
}
