package io.cxlake.score;

import static io.cxlake.score.ScoreColumns.AS_OF;
import static io.cxlake.score.ScoreColumns.CONTACT_DATE;
import static io.cxlake.score.ScoreColumns.CONTACT_ID;
import static io.cxlake.score.ScoreColumns.NO_SCENARIO;
import static io.cxlake.score.ScoreColumns.RUN_DATE;
import static io.cxlake.score.ScoreColumns.SCENARIO_ID;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.cxlake.pipeline.JobMain;
import io.cxlake.config.ConfigKey;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.LakeJob;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.Columns;
import io.cxlake.schema.TableColumns.GoldQaAgreement;
import io.cxlake.schema.TableColumns.GoldScenarioDailyMetrics;
import io.cxlake.schema.TableColumns.SilverContactText;
import io.cxlake.schema.TableColumns.SilverContacts;
import io.cxlake.schema.TableColumns.SilverQaEvaluations;
import io.cxlake.schema.TableColumns.SilverTurns;
import io.cxlake.schema.Tables;
import io.cxlake.text.AgentPhrases;
import io.cxlake.text.PhraseLexicon;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Nightly job: every answered contact of the lookback days scored on its scenario family's rubric as known on the
 * run date (gold_contact_score), the dashboard's daily scenario metrics, the agreement of human QA with the
 * scores, the model answers per scenario and the night's stratified QA sample. Every output replaces the
 * partitions of its run date (or lookback days), so a re-run of the night writes the same rows.
 */
public final class ScoreJob extends LakeJob {

  public static final String NAME = "scores";

  public static void main(String[] args) {
    JobMain.exit(JobMain.runOne(new ScoreJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void validate(io.cxlake.config.CxConfig config) {
    ScoreSettings.from(config);
  }

  @Override
  protected Outcome execute(Run run) {
    ScoreSettings s = ScoreSettings.from(run.config());
    List<Rubric> rubrics = ScoreSettings.rubrics(run.config());
    PhraseLexicon phrases = AgentPhrases.load(run.config().get(ConfigKey.TEXT_LEXICON_DIR));
    Lakehouse lake = run.lake();
    LocalDate day = run.day();
    LocalDate from = day.minusDays(s.lookbackDays() - 1L);
    Dataset<Row> scored = run.cache(scoreContacts(lake, rubrics, phrases, s, from, day));
    long contacts = run.step("contact scores", () -> {
      lake.replace(Tables.CONTACT_SCORE, scored, between(CONTACT_DATE, from, day));
      return lake.lastWrittenRows(Tables.CONTACT_SCORE);
    });
    long metricRows = run.step("daily metrics", () -> dailyMetrics(lake, scored, from, day));
    long agreementRows = run.step("qa agreement", () -> agreement(lake, rubrics, s, day));
    long answers = run.step("model answers", () -> modelAnswers(lake, s, day));
    long sampled = run.step("qa sample", () -> sample(lake, scored, s, day));
    long ms = run.elapsedMs();
    return Outcome.ok(contacts + " answered contacts of " + from + ".." + day + " scored on " + rubrics.size()
        + " rubrics, " + metricRows + " daily metric rows, " + agreementRows + " QA agreement rows, " + answers
        + " model answers, " + sampled + " contacts in the QA sample",
        List.of(RunSummary.Entry.output(Tables.CONTACT_SCORE, contacts, contacts, ms),
            RunSummary.Entry.output(Tables.SCENARIO_DAILY_METRICS, contacts, metricRows, ms),
            RunSummary.Entry.output(Tables.QA_AGREEMENT, contacts, agreementRows, ms),
            RunSummary.Entry.output(Tables.SCENARIO_MODEL_ANSWER, contacts, answers, ms),
            RunSummary.Entry.output(Tables.QA_SAMPLE, contacts, sampled, ms)));
  }

  private static String between(String column, LocalDate from, LocalDate to) {
    return column + " BETWEEN " + Lakehouse.sqlDate(from) + " AND " + Lakehouse.sqlDate(to);
  }

  /** The scored rows of the lookback days, with the evidence columns the outputs after it need. */
  static Dataset<Row> scoreContacts(Lakehouse lake, List<Rubric> rubrics, PhraseLexicon phrases, ScoreSettings s,
                                    LocalDate from, LocalDate day) {
    LocalDate normFrom = day.minusDays(s.normDays() - 1L);
    LocalDate earliest = normFrom.isBefore(from) ? normFrom : from;
    Dataset<Row> contacts = lake.read(SilverContacts.TABLE)
        .where(col(CONTACT_DATE).between(Date.valueOf(earliest), Date.valueOf(day)));
    Dataset<Row> contactScenario = lake.read(Tables.CONTACT_SCENARIO)
        .where(col(CONTACT_DATE).between(Date.valueOf(earliest.minusDays(1)), Date.valueOf(day)));
    Dataset<Row> scenarios = contactScenario.select(CONTACT_ID, SCENARIO_ID, ScoreColumns.QUERY_TYPE_ID);
    Dataset<Row> answered = ContactEvidence.answered(contacts, from, day);
    Dataset<Row> resolved = ContactEvidence.resolution(answered,
        contacts.where(col(CONTACT_DATE).geq(Date.valueOf(from))),
        ContactEvidence.assignedQueryTypes(contactScenario), s.resolutionDays(), day);
    Dataset<Row> normBase = ContactEvidence.answered(contacts, normFrom, day).join(scenarios, CONTACT_ID);
    Dataset<Row> text = lake.read(Tables.CONTACT_TEXT)
        .where(col(CONTACT_DATE).between(Date.valueOf(from.minusDays(1)), Date.valueOf(day)));
    Dataset<Row> agent = phrases.perContact(lake.read(SilverTurns.TABLE)
        .where(col(SilverTurns.TURN_DATE).between(Date.valueOf(from), Date.valueOf(day.plusDays(1)))));
    Dataset<Row> frame = ContactEvidence.frame(resolved, scenarios, text, agent,
        ContactEvidence.regionTargets(lake.read(Tables.REGION_WAIT_TOLERANCE), day),
        ContactEvidence.scenarioNorms(normBase, s.normMinContacts()), ContactEvidence.channelNorms(normBase), s);
    return RubricScoring.score(frame, rubrics)
        .withColumn(SCENARIO_ID, coalesce(col(SCENARIO_ID), lit(NO_SCENARIO)))
        .withColumn(AS_OF, lit(Date.valueOf(day)))
        .withColumn(Columns.RUN_DATE, lit(Date.valueOf(day)));
  }

  private static long dailyMetrics(Lakehouse lake, Dataset<Row> scored, LocalDate from, LocalDate day) {
    Dataset<Row> contacts = ScenarioDailyMetrics.days(lake.read(SilverContacts.TABLE), from, day);
    Dataset<Row> scenarios = lake.read(Tables.CONTACT_SCENARIO)
        .where(col(CONTACT_DATE).between(Date.valueOf(from.minusDays(1)), Date.valueOf(day)))
        .select(CONTACT_ID, SCENARIO_ID);
    Dataset<Row> moods = lake.read(Tables.CONTACT_TEXT)
        .where(col(CONTACT_DATE).between(Date.valueOf(from.minusDays(1)), Date.valueOf(day)))
        .select(CONTACT_ID, SilverContactText.MOOD);
    Dataset<Row> daily = ScenarioDailyMetrics.daily(contacts, scenarios, scored, moods)
        .withColumn(AS_OF, lit(Date.valueOf(day)));
    lake.replace(Tables.SCENARIO_DAILY_METRICS, daily, between(GoldScenarioDailyMetrics.METRIC_DATE, from, day));
    return lake.lastWrittenRows(Tables.SCENARIO_DAILY_METRICS);
  }

  private static long agreement(Lakehouse lake, List<Rubric> rubrics, ScoreSettings s, LocalDate day) {
    LocalDate from = day.minusDays(s.qaWindowDays() - 1L);
    Dataset<Row> qa = lake.read(SilverQaEvaluations.TABLE)
        .where(col(SilverQaEvaluations.EVALUATION_DATE).between(Date.valueOf(from), Date.valueOf(day)));
    Dataset<Row> scores = lake.read(Tables.CONTACT_SCORE).where(col(CONTACT_DATE).geq(Date.valueOf(from.minusDays(7))));
    // a few rows per evaluated contact, summarised twice (per rubric and over all): computed once
    Dataset<Row> pairs = QaAgreement.pairs(qa, scores, QaAgreement.mapping(lake.spark(), rubrics)).localCheckpoint();
    Dataset<Row> summary = QaAgreement.summary(pairs)
        .withColumn(RUN_DATE, lit(Date.valueOf(day))).withColumn(GoldQaAgreement.WINDOW_START, lit(Date.valueOf(from)));
    lake.replace(Tables.QA_AGREEMENT, summary, RUN_DATE + " = " + Lakehouse.sqlDate(day));
    return lake.lastWrittenRows(Tables.QA_AGREEMENT);
  }

  private static long modelAnswers(Lakehouse lake, ScoreSettings s, LocalDate day) {
    LocalDate from = day.minusDays(ModelAnswers.WINDOW_DAYS - 1L);
    Dataset<Row> best = ModelAnswers.best(lake.read(Tables.CONTACT_SCORE)
        .where(col(CONTACT_DATE).between(Date.valueOf(from), Date.valueOf(day))), s.modelAnswers(),
        s.modelAnswerMinScore());
    Dataset<Row> turns = lake.read(SilverTurns.TABLE)
        .where(col(SilverTurns.TURN_DATE).between(Date.valueOf(from), Date.valueOf(day.plusDays(1))));
    Dataset<Row> rows = best.join(ModelAnswers.transcripts(best, turns), new String[] {CONTACT_ID}, "left")
        .withColumn(RUN_DATE, lit(Date.valueOf(day)));
    lake.replace(Tables.SCENARIO_MODEL_ANSWER, rows, RUN_DATE + " = " + Lakehouse.sqlDate(day));
    return lake.lastWrittenRows(Tables.SCENARIO_MODEL_ANSWER);
  }

  private static long sample(Lakehouse lake, Dataset<Row> scored, ScoreSettings s, LocalDate day) {
    Dataset<Row> drawn = QaSample.draw(scored.where(col(CONTACT_DATE).equalTo(Date.valueOf(day))), day, s)
        .withColumn(RUN_DATE, lit(Date.valueOf(day)));
    lake.replace(Tables.QA_SAMPLE, drawn, RUN_DATE + " = " + Lakehouse.sqlDate(day));
    return lake.lastWrittenRows(Tables.QA_SAMPLE);
  }
}
