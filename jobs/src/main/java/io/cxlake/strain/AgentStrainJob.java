package io.cxlake.strain;

import static io.cxlake.strain.AgentStrain.AGENT;
import static io.cxlake.strain.AgentStrain.WEEK;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.cxlake.pipeline.JobMain;
import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import io.cxlake.ingest.Pseudonymiser;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.LakeJob;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.Columns;
import io.cxlake.schema.TableColumns.GoldAgentStrainSignal;
import io.cxlake.schema.TableColumns.SilverContactText;
import io.cxlake.schema.TableColumns.SilverContacts;
import io.cxlake.schema.TableColumns.SilverOutboundAttempts;
import io.cxlake.schema.TableColumns.SilverTurns;
import io.cxlake.schema.Tables;
import io.cxlake.text.CustomerPhrases;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Nightly job: agent strain signals (gold_agent_strain_signal) for the week of the run date so far and the week
 * before (final once the run date is past it), so supervisors can step in. Agent ids are pseudonymised with the
 * ingest's key. Each run replaces those two weeks' partitions, reading nothing after the run date.
 */
public final class AgentStrainJob extends LakeJob {

  public static final String NAME = "strain";

  public static void main(String[] args) {
    JobMain.exit(JobMain.runOne(new AgentStrainJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void validate(CxConfig config) {
    checkBands(config);
    Pseudonymiser.key(config);
  }

  private static void checkBands(CxConfig c) {
    int baselineWeeks = c.getInt(ConfigKey.STRAIN_BASELINE_WEEKS);
    double high = c.getDouble(ConfigKey.STRAIN_HIGH_BAND);
    double medium = c.getDouble(ConfigKey.STRAIN_MEDIUM_BAND);
    if (baselineWeeks < 1 || !(0 < medium && medium < high && high <= 100)) {
      throw new IllegalArgumentException("strain.baseline-weeks must be at least 1, and strain.medium-band and "
          + "strain.high-band scores with 0 < medium < high <= 100; got " + baselineWeeks + ", " + medium + ", " + high);
    }
  }

  @Override
  protected Outcome execute(Run run) {
    CxConfig c = run.config();
    checkBands(c);
    int baselineWeeks = c.getInt(ConfigKey.STRAIN_BASELINE_WEEKS);
    double high = c.getDouble(ConfigKey.STRAIN_HIGH_BAND);
    double medium = c.getDouble(ConfigKey.STRAIN_MEDIUM_BAND);
    byte[] key = Pseudonymiser.key(c);
    Lakehouse lake = run.lake();
    LocalDate day = run.day();
    LocalDate thisWeek = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate lastWeek = thisWeek.minusWeeks(1);
    Date from = Date.valueOf(lastWeek.minusWeeks(baselineWeeks));
    Date to = Date.valueOf(day);
    Dataset<Row> contacts = lake.read(SilverContacts.TABLE).where(col(SilverContacts.CONTACT_DATE).between(from, to));
    Dataset<Row> text = lake.read(Tables.CONTACT_TEXT).where(col(SilverContactText.CONTACT_DATE).between(from, to));
    Dataset<Row> phrases = CustomerPhrases.load(c.get(ConfigKey.TEXT_LEXICON_DIR))
        .perContact(lake.read(SilverTurns.TABLE)
        .where(col(SilverTurns.TURN_DATE).between(from, Date.valueOf(day.plusDays(1)))));
    Dataset<Row> attempts = lake.read(SilverOutboundAttempts.TABLE)
        .where(col(SilverOutboundAttempts.ATTEMPT_DATE).between(from, to));
    Dataset<Row> rows = AgentStrain.strain(AgentStrain.inboundWeeks(AgentStrain.handled(contacts, text, phrases)),
            AgentStrain.outboundWeeks(attempts), baselineWeeks, high, medium)
        .where(col(WEEK).geq(Date.valueOf(lastWeek)))
        .withColumn(GoldAgentStrainSignal.AGENT_KEY, Pseudonymiser.pseudonymise(col(AGENT), key))
        .withColumn(GoldAgentStrainSignal.AS_OF_DATE, lit(to)).withColumn(Columns.RUN_DATE, lit(to));
    lake.replace(Tables.AGENT_STRAIN_SIGNAL, rows, WEEK + " BETWEEN " + Lakehouse.sqlDate(lastWeek) + " AND "
        + Lakehouse.sqlDate(thisWeek));
    long written = lake.lastWrittenRows(Tables.AGENT_STRAIN_SIGNAL);
    return Outcome.ok(written + " agent-weeks of " + lastWeek + " and " + thisWeek + " as of " + day,
        List.of(RunSummary.Entry.output(Tables.AGENT_STRAIN_SIGNAL, written, written, run.elapsedMs())));
  }
}
