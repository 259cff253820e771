package io.cxlake.report;

import static io.cxlake.schema.TableColumns.GoldContractKpiCompliance.ACTUAL;
import static io.cxlake.schema.TableColumns.GoldContractKpiCompliance.CONTACTS;
import static io.cxlake.schema.TableColumns.GoldContractKpiCompliance.CONTRACT;
import static io.cxlake.schema.TableColumns.GoldContractKpiCompliance.DIRECTION;
import static io.cxlake.schema.TableColumns.GoldContractKpiCompliance.INDICATOR;
import static io.cxlake.schema.TableColumns.GoldContractKpiCompliance.MET;
import static io.cxlake.schema.TableColumns.GoldContractKpiCompliance.METRIC;
import static io.cxlake.schema.TableColumns.GoldContractKpiCompliance.REGIONS;
import static io.cxlake.schema.TableColumns.GoldContractKpiCompliance.RUN_DATE;
import static io.cxlake.schema.TableColumns.GoldContractKpiCompliance.TARGET;
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
    rows.addAll(lake.read(Tables.CONTRACT_KPI_COMPLIANCE).where(col(RUN_DATE).equalTo(Date.valueOf(day)))
        .orderBy(CONTRACT, INDICATOR).collectAsList());
  }

  @Override
  public Set<String> regions() {
    return Set.of();
  }

  /** The indicators of the contracts covering the region (a contract without regions covers all). */
  List<Row> covering(String region) {
    return rows.stream().filter(r -> {
      String regions = Cells.text(r, REGIONS);
      return regions == null || Arrays.stream(regions.split(",")).map(String::strip).anyMatch(region::equals);
    }).toList();
  }

  @Override
  public String render(String region, Messages m) {
    List<Row> mine = covering(region);
    if (mine.isEmpty()) {
      return Html.section("contracts", m.get("contracts.title"), null, Html.empty(m.get("contracts.none")));
    }
    long met = mine.stream().filter(r -> Boolean.TRUE.equals(r.getAs(MET))).count();
    long measured = mine.stream().filter(r -> r.getAs(MET) != null).count();
    List<List<String>> cells = new ArrayList<>();
    for (Row r : mine) {
      Object ok = r.getAs(MET);
      boolean rate = Cells.number(r, TARGET, 0) <= 1 && !Cells.text(r, METRIC).startsWith("average");
      cells.add(List.of(Html.escape(Cells.text(r, CONTRACT)), Html.escape(Cells.text(r, INDICATOR)),
          Html.escape(m.get("direction." + Cells.text(r, DIRECTION), shown(m, Cells.number(r, TARGET), rate))),
          Html.value("contracts.actual." + Cells.text(r, INDICATOR), Cells.number(r, ACTUAL),
              shown(m, Cells.number(r, ACTUAL), rate)),
          Html.figure("contracts.contacts." + Cells.text(r, INDICATOR),
              Cells.number(r, CONTACTS), m, 0, ""),
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
