package io.cxlake.need;

import static io.cxlake.need.NeedColumns.ANTECEDENT;
import static io.cxlake.need.NeedColumns.AS_OF;
import static io.cxlake.need.NeedColumns.CONSEQUENT;
import static io.cxlake.need.NeedColumns.CONTACT_DATE;
import static io.cxlake.need.NeedColumns.LABEL;
import static io.cxlake.need.NeedColumns.QUERY_TYPE;
import static io.cxlake.need.NeedColumns.RUN_DATE;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.cxlake.pipeline.JobMain;
import io.cxlake.config.ConfigKey;
import io.cxlake.config.JsonConfigFile;
import io.cxlake.contract.Contract;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.LakeJob;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.Columns;
import io.cxlake.schema.TableColumns.GoldLatentNeedPattern;
import io.cxlake.schema.TableColumns.SilverContacts;
import io.cxlake.schema.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Nightly job: latent-need patterns mined from the customers' contacts of the window (gold_latent_need_pattern,
 * one snapshot per run date) and each customer's predicted needs as of the run date (gold_customer_latent_need).
 * Nothing after the run date is read, and both outputs replace the run date's partition, so a re-run of the night
 * writes the same rows.
 */
public final class LatentNeedJob extends LakeJob {

  public static final String NAME = "needs";

  public static void main(String[] args) {
    JobMain.exit(JobMain.runOne(new LatentNeedJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void validate(io.cxlake.config.CxConfig config) {
    NeedSettings.from(config);
    io.cxlake.contract.Contract.load(config.get(io.cxlake.config.ConfigKey.CONTRACTS_DIR),
        io.cxlake.config.JsonConfigFile.commaList(config.get(io.cxlake.config.ConfigKey.CONTRACTS_FILES)));
  }

  @Override
  protected Outcome execute(Run run) {
    NeedSettings s = NeedSettings.from(run.config());
    List<Contract> contracts = Contract.load(run.config().get(ConfigKey.CONTRACTS_DIR),
        JsonConfigFile.commaList(run.config().get(ConfigKey.CONTRACTS_FILES)));
    Lakehouse lake = run.lake();
    LocalDate day = run.day();
    LocalDate from = day.minusDays(s.windowDays() - 1L);
    Dataset<Row> contacts = run.cache(contacts(lake, from, day));
    Dataset<Row> coverage = UncoveredNeeds.coverage(lake.read(Tables.QUERY_TYPE_CATALOG), contracts, day)
        .localCheckpoint();
    long patterns = run.step("patterns", () -> {
      Dataset<Row> candidates = NeedPatterns.candidates(NeedPatterns.sequences(contacts), s.minSupport());
      Dataset<Row> rows = NeedPatterns.measure(contacts, candidates, s, day)
          .unionByName(UncoveredNeeds.patterns(contacts, UncoveredNeeds.uncovered(coverage), s),
              true)
          .join(coverage.select(col(QUERY_TYPE).as(ANTECEDENT),
              col(LABEL).as(GoldLatentNeedPattern.ANTECEDENT_LABEL)), new String[] {ANTECEDENT}, "left")
          .join(coverage.select(col(QUERY_TYPE).as(CONSEQUENT),
              col(LABEL).as(GoldLatentNeedPattern.CONSEQUENT_LABEL)), new String[] {CONSEQUENT}, "left")
          .withColumn(GoldLatentNeedPattern.WITHIN_DAYS, lit(s.followDays()))
          .withColumn(GoldLatentNeedPattern.WINDOW_START, lit(Date.valueOf(from)))
          .withColumn(GoldLatentNeedPattern.WINDOW_END, lit(Date.valueOf(day)))
          .withColumn(RUN_DATE, lit(Date.valueOf(day))).withColumn(Columns.RUN_DATE, lit(Date.valueOf(day)));
      lake.replace(Tables.LATENT_NEED_PATTERN, rows, RUN_DATE + " = " + Lakehouse.sqlDate(day));
      return lake.lastWrittenRows(Tables.LATENT_NEED_PATTERN);
    });
    long needs = run.step("customer needs", () -> {
      Dataset<Row> rows = CustomerNeeds.all(contacts,
              lake.read(Tables.LATENT_NEED_PATTERN).where(col(RUN_DATE).equalTo(Date.valueOf(day))), coverage, s, day)
          .withColumn(AS_OF, lit(Date.valueOf(day))).withColumn(Columns.RUN_DATE, lit(Date.valueOf(day)));
      lake.replace(Tables.CUSTOMER_LATENT_NEED, rows, AS_OF + " = " + Lakehouse.sqlDate(day));
      return lake.lastWrittenRows(Tables.CUSTOMER_LATENT_NEED);
    });
    long ms = run.elapsedMs();
    long read = contacts.count();
    return Outcome.ok(read + " contacts of " + from + ".." + day + ": " + patterns + " need pattern rows, " + needs
        + " predicted customer needs", List.of(RunSummary.Entry.output(Tables.LATENT_NEED_PATTERN, read, patterns, ms),
        RunSummary.Entry.output(Tables.CUSTOMER_LATENT_NEED, read, needs, ms)));
  }

  /** Contacts of the window with their query types; text of the window (and the day before, for late turns). */
  static Dataset<Row> contacts(Lakehouse lake, LocalDate from, LocalDate day) {
    Date f = Date.valueOf(from);
    Date d = Date.valueOf(day);
    return NeedContacts.of(lake.read(SilverContacts.TABLE).where(col(CONTACT_DATE).between(f, d)),
        lake.read(Tables.CONTACT_SCENARIO).where(col(CONTACT_DATE).between(Date.valueOf(from.minusDays(1)), d)),
        lake.read(Tables.CONTACT_TEXT).where(col(CONTACT_DATE).between(Date.valueOf(from.minusDays(1)), d)));
  }
}
