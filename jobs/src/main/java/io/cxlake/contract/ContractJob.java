package io.cxlake.contract;

import static org.apache.spark.sql.functions.col;

import io.cxlake.pipeline.JobMain;
import io.cxlake.config.ConfigKey;
import io.cxlake.config.JsonConfigFile;
import io.cxlake.contract.Contract.Indicator;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.LakeJob;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.TableColumns.GoldContactScenario;
import io.cxlake.schema.TableColumns.GoldContractKpiCompliance;
import io.cxlake.schema.TableColumns.SilverContacts;
import io.cxlake.schema.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;

/**
 * Nightly job: every indicator of every configured service contract measured for the run date, into
 * gold_contract_kpi_compliance (target, actual, met, margin). Replaces its run date's partition.
 */
public final class ContractJob extends LakeJob {

  public static final String NAME = "contracts";
  /** The table's schema: rows are built in its order and read by name. */
  private static final org.apache.spark.sql.types.StructType SCHEMA =
      SchemaCatalog.get().table(GoldContractKpiCompliance.TABLE).structType();

  public static void main(String[] args) {
    JobMain.exit(JobMain.runOne(new ContractJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void validate(io.cxlake.config.CxConfig config) {
    Contract.load(config.get(ConfigKey.CONTRACTS_DIR), JsonConfigFile.commaList(config.get(ConfigKey.CONTRACTS_FILES)));
  }

  @Override
  protected Outcome execute(Run run) {
    Lakehouse lake = run.lake();
    List<Contract> contracts = Contract.load(run.config().get(ConfigKey.CONTRACTS_DIR),
        JsonConfigFile.commaList(run.config().get(ConfigKey.CONTRACTS_FILES)));
    LocalDate day = run.day();
    int longest = contracts.stream().flatMap(c -> c.indicators().stream())
        .mapToInt(i -> i.repeatDays() == null ? 0 : i.repeatDays()).max().orElse(0);
    Dataset<Row> contacts = run.cache(lake.read(SilverContacts.TABLE)
        .where(col(SilverContacts.CONTACT_DATE).between(Date.valueOf(day.minusDays(longest)), Date.valueOf(day))));
    Dataset<Row> queryTypes = lake.read(Tables.CONTACT_SCENARIO)
        .where(col(GoldContactScenario.CONTACT_DATE).geq(Date.valueOf(day.minusDays(longest + 1L)))
            .and(col(GoldContactScenario.ASSIGNMENT).equalTo("assigned")))
        .select(GoldContactScenario.CONTACT_ID, GoldContactScenario.QUERY_TYPE_ID);
    List<Row> rows = new ArrayList<>();
    for (Contract c : contracts) {
      for (Indicator i : c.indicators()) {
        rows.add(row(c, i, ContractKpis.measure(contacts, queryTypes, c, i, day), day));
      }
    }
    lake.replace(Tables.CONTRACT_KPI_COMPLIANCE, run.spark().createDataFrame(rows, SCHEMA),
        "run_date = " + Lakehouse.sqlDate(day));
    long missed = rows.stream().filter(r -> Boolean.FALSE.equals(r.getAs(GoldContractKpiCompliance.MET))).count();
    return Outcome.ok(rows.size() + " indicators of " + contracts.size() + " contracts measured, " + missed + " missed",
        List.of(new RunSummary.Entry(Tables.CONTRACT_KPI_COMPLIANCE, rows.size(), rows.size(), 0, 0, 0, 1,
            run.elapsedMs(), null, "ok", missed + " indicators missed")));
  }

  /** One row in gold_contract_kpi_compliance's column order. */
  static Row row(Contract c, Indicator i, ContractKpis.Measured m, LocalDate day) {
    Boolean met = m.actual() == null ? null : ContractKpis.margin(i, m.actual()) >= 0;
    return new GenericRowWithSchema(new Object[] {Date.valueOf(day), c.name(), i.name(), i.metric().code(),
        i.channels().isEmpty() ? null : String.join(",", i.channels()),
        c.regions().isEmpty() ? null : String.join(",", c.regions()), Date.valueOf(ContractKpis.period(i, day)),
        i.thresholdSeconds(), i.repeatDays(), i.target(), i.atLeast() ? "at_least" : "at_most", m.actual(),
        m.contacts(), met, ContractKpis.margin(i, m.actual()), m.actual() == null ? "no_contacts" : "ok"}, SCHEMA);
  }
}
