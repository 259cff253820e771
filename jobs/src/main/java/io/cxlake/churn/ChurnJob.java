package io.cxlake.churn;

import static io.cxlake.churn.ChurnColumns.EVENT_DATE;
import static io.cxlake.churn.ChurnFeatures.AS_OF;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import io.cxlake.pipeline.JobMain;
import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.LakeJob;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.Columns;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.TableColumns.GoldChurnSignal;
import io.cxlake.schema.TableColumns.GoldContactScenario;
import io.cxlake.schema.TableColumns.GoldRegionWaitTolerance;
import io.cxlake.schema.TableColumns.SilverAccountEvents;
import io.cxlake.schema.TableColumns.SilverContactText;
import io.cxlake.schema.TableColumns.SilverContacts;
import io.cxlake.schema.TableColumns.SilverOutboundAttempts;
import io.cxlake.schema.TableColumns.SilverTurns;
import io.cxlake.schema.Tables;
import io.cxlake.text.CustomerPhrases;
import io.cxlake.tolerance.PatienceObservations;
import io.cxlake.tolerance.ToleranceSettings;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * Nightly job: every active customer (an account event or a recent contact, not cancelled) scored for churn risk as
 * of the run date (gold_churn_signal), with the reasons in words, and the quality of the scores on held-out history
 * (gold_churn_model_quality).
 * The model is trained on as-of dates whose cancellations are known by the run date and tested on a later one
 * (a time-based split: no label of the training rows reaches the test as-of date). Without enough cancellations
 * the transparent rule score is used, and the output says so. Both tables replace the run date's partition.
 */
public final class ChurnJob extends LakeJob {

  public static final String NAME = "churn";

  public static void main(String[] args) {
    JobMain.exit(JobMain.runOne(new ChurnJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void validate(io.cxlake.config.CxConfig config) {
    ChurnSettings.from(config);
  }

  @Override
  protected Outcome execute(Run run) {
    ChurnSettings s = ChurnSettings.from(run.config());
    Lakehouse lake = run.lake();
    LocalDate day = run.day();
    ChurnInputs in = ChurnInputs.read(lake, run.config(), s, day);
    run.releaseAtEnd(List.of(in.facts(), in.seen(), in.outbound(), in.tolerance()));
    // the training dates and the test date in one plan: their labels are all known by the run date
    List<LocalDate> labelled = new ArrayList<>(s.trainAsOf(day));
    labelled.add(s.testAsOf(day));
    Dataset<Row> snapshots = run.step("train and test snapshots",
        () -> in.snapshots(labelled, s.featureDays(), s.horizonDays()).localCheckpoint());
    Column isTest = col(AS_OF).equalTo(lit(Date.valueOf(s.testAsOf(day))));
    Dataset<Row> train = snapshots.where(functions.not(isTest));
    Dataset<Row> test = snapshots.where(isTest);
    ModelChoice choice = run.step("model", () -> ModelChoice.choose(train, test, s, day));
    long signals = run.step("signals", () -> {
      Dataset<Row> current = in.snapshots(List.of(day), s.featureDays(), 0);
      Dataset<Row> rows = choice.used().explain(choice.used().score(current), s.reasons())
          .withColumn(GoldChurnSignal.BAND, LinearScore.band(col(LinearScore.RISK), s.highBand(), s.mediumBand()))
          .withColumn(GoldChurnSignal.METHOD, lit(choice.used().method()))
          .withColumn(GoldChurnSignal.MODEL_VERSION, lit(choice.used().version()))
          .withColumn(Columns.RUN_DATE, lit(Date.valueOf(day)));
      lake.replace(Tables.CHURN_SIGNAL, rows, AS_OF + " = " + Lakehouse.sqlDate(day));
      return lake.lastWrittenRows(Tables.CHURN_SIGNAL);
    });
    List<Row> quality = choice.qualityRows(s, day);
    lake.replace(Tables.CHURN_MODEL_QUALITY, run.spark().createDataFrame(quality,
        SchemaCatalog.get().table(Tables.CHURN_MODEL_QUALITY).structType()), "run_date = " + Lakehouse.sqlDate(day));
    long ms = run.elapsedMs();
    return Outcome.ok(signals + " customers scored as of " + day + " by " + choice.used().version() + " ("
        + choice.note() + ")", List.of(RunSummary.Entry.output(Tables.CHURN_SIGNAL, signals, signals, ms),
            RunSummary.Entry.output(Tables.CHURN_MODEL_QUALITY, signals, quality.size(), ms)));
  }

  /** The inputs, read once for every as-of date: contact facts from the earliest feature window to the run date. */
  record ChurnInputs(Dataset<Row> facts, Dataset<Row> seen, Dataset<Row> outbound, Dataset<Row> events,
                     Dataset<Row> tolerance, int activeDays) {

    static ChurnInputs read(Lakehouse lake, CxConfig config, ChurnSettings s, LocalDate day) {
      String lexiconDir = config.get(ConfigKey.TEXT_LEXICON_DIR);
      java.util.Map<String, String> zones = ToleranceSettings.timeZones(config.get(ConfigKey.TOLERANCE_TIME_ZONES));
      List<LocalDate> asOf = new ArrayList<>(s.trainAsOf(day));
      LocalDate earliest = asOf.get(asOf.size() - 1).minusDays(s.featureDays() + (long) ChurnFeatures.REPEAT_DAYS);
      Date from = Date.valueOf(earliest);
      Date to = Date.valueOf(day);
      Dataset<Row> contacts = lake.read(SilverContacts.TABLE).where(col(SilverContacts.CONTACT_DATE).between(from, to));
      // every snapshot (train, test, the night's) joins these: kept once instead of scanned once per snapshot
      Dataset<Row> seen = lake.read(SilverContacts.TABLE).where(col(SilverContacts.CONTACT_DATE).between(Date.valueOf(
          asOf.get(asOf.size() - 1).minusDays(s.activeDays())), to)).select(SilverContacts.CUSTOMER_KEY,
              SilverContacts.REGION, SilverContacts.CONTACT_DATE)
          .persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> scenarios = lake.read(Tables.CONTACT_SCENARIO)
          .where(col(GoldContactScenario.CONTACT_DATE).between(from, to)
              .and(col(GoldContactScenario.ASSIGNMENT).equalTo("assigned")))
          .select(GoldContactScenario.CONTACT_ID, GoldContactScenario.QUERY_TYPE_ID);
      Dataset<Row> text = lake.read(Tables.CONTACT_TEXT).where(col(SilverContactText.CONTACT_DATE).between(from, to));
      Dataset<Row> phrases = CustomerPhrases.load(lexiconDir).perContact(lake.read(SilverTurns.TABLE)
          .where(col(SilverTurns.TURN_DATE).between(from, Date.valueOf(day.plusDays(1)))));
      Dataset<Row> facts = ChurnFeatures.contactFacts(contacts, text, scenarios, phrases)
          .persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> outbound = lake.read(SilverOutboundAttempts.TABLE)
          .where(col(SilverOutboundAttempts.ATTEMPT_DATE).between(from, to))
          .select(SilverOutboundAttempts.CUSTOMER_KEY, SilverOutboundAttempts.ATTEMPT_DATE,
              SilverOutboundAttempts.OUTCOME).persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> events = lake.read(SilverAccountEvents.TABLE)
          .withColumn(EVENT_DATE, to_date(PatienceObservations.localTime(col(SilverAccountEvents.EVENT_TIME),
              col(SilverAccountEvents.REGION), zones)))
          .where(col(EVENT_DATE).leq(to)).select(SilverAccountEvents.CUSTOMER_KEY, SilverAccountEvents.REGION,
              SilverAccountEvents.EVENT, EVENT_DATE).localCheckpoint();
      Dataset<Row> tolerance = lake.read(Tables.REGION_WAIT_TOLERANCE)
          .where(col(GoldRegionWaitTolerance.LEVEL).equalTo("region")
              .and(col(GoldRegionWaitTolerance.RUN_DATE).leq(to)))
          .select(GoldRegionWaitTolerance.REGION, GoldRegionWaitTolerance.RUN_DATE, GoldRegionWaitTolerance.LEVEL,
              GoldRegionWaitTolerance.MEDIAN_PATIENCE_SECONDS).persist(StorageLevel.MEMORY_AND_DISK());
      return new ChurnInputs(facts, seen, outbound, events, tolerance, s.activeDays());
    }

    /** The snapshots of the as-of dates, one plan for all of them ({@link ChurnFeatures#snapshots}). */
    Dataset<Row> snapshots(List<LocalDate> asOf, int featureDays, int horizonDays) {
      Dataset<Row> dates = ChurnFeatures.asOfDates(facts.sparkSession(), asOf);
      return ChurnFeatures.snapshots(facts, seen, outbound, events, ChurnFeatures.patience(tolerance, dates), dates,
          featureDays, activeDays, horizonDays);
    }
  }
}
