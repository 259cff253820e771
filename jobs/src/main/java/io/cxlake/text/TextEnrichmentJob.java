package io.cxlake.text;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;

import io.cxlake.pipeline.JobMain;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.LakeJob;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.Columns;
import io.cxlake.schema.TableColumns.SilverContactText;
import io.cxlake.schema.TableColumns.SilverTurns;
import io.cxlake.schema.Tables;
import io.delta.tables.DeltaTable;
import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Nightly job: text understanding of every contact not yet enriched (or whose turns changed since), from the
 * masked silver turns into silver_contact_text. CoreNLP runs inside {@code mapPartitions}, one pipeline per
 * language per executor JVM. Re-running a date finds nothing new and changes nothing.
 */
public final class TextEnrichmentJob extends LakeJob {

  public static final String NAME = "text";
  static final String CONTACT_ID = "contact_id";
  static final String CONTACT_DATE = "contact_date";
  static final String FINGERPRINT = "turns_fingerprint";
  static final String TURN_DATE = "turn_date";
  // the labelled texts' count and negatives
  private static final String TEXTS = "texts";
  private static final String NEGATIVE = "negative";
  /** Contacts per NLP task: small enough to spread a night over every core, large enough to amortise a task. */
  private static final long CONTACTS_PER_TASK = 2_000;

  public static void main(String[] args) {
    JobMain.exit(JobMain.runOne(new TextEnrichmentJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void validate(io.cxlake.config.CxConfig config) {
    Lexicons.load(TextSettings.from(config).lexiconDir());
  }

  @Override
  protected Outcome execute(Run run) {
    Lakehouse lake = run.lake();
    TextSettings s = TextSettings.from(run.config());
    Lexicons lex = Lexicons.load(s.lexiconDir());
    LocalDate day = run.day();
    LocalDate from = day.minusDays(s.lookbackDays() - 1L);
    // a day's margin before the window, so a conversation that began the evening before arrives whole
    Dataset<Row> turns = lake.read(SilverTurns.TABLE)
        .where(col(TURN_DATE).between(java.sql.Date.valueOf(from.minusDays(1)), java.sql.Date.valueOf(day)));
    Dataset<Row> known = lake.read(Tables.CONTACT_TEXT).where(col(CONTACT_DATE).geq(java.sql.Date.valueOf(from)));
    Dataset<Row> pending = run.cache(pending(conversations(turns), known, from));
    long read = run.step("select", pending::count);
    int tasks = (int) Math.max(run.spark().sparkContext().defaultParallelism(), read / CONTACTS_PER_TASK);
    Dataset<Row> analysed = run.cache(enrich(pending.repartition(tasks), lex, s));
    long written = run.step("nlp", analysed::count);
    Dataset<Row> recent = lake.read(Tables.CONTACT_TEXT)
        .where(col(CONTACT_DATE).geq(java.sql.Date.valueOf(day.minusDays(s.selfTrainingDays() - 1L))));
    MoodVerdict verdict = written == 0 ? MoodVerdict.none(analysed, "no contact to score")
        : run.step("mood model", () -> withMoodModel(analysed, s, recent));
    run.releaseAtEnd(verdict.cached());
    // not cached again: the verdict is a cheap projection of the cached analysed rows, and Delta's MERGE
    // materialises its source itself (merge.materializeSource=auto), so a second cache only doubled the memory
    Dataset<Row> enriched = verdict.rows().withColumn(Columns.RUN_DATE, lit(java.sql.Date.valueOf(day)));
    if (written > 0) { // a MERGE of nothing still reads the target's files and commits
      run.step("merge", () -> merge(lake, enriched, from));
    }
    return Outcome.ok(read + " contacts with new or changed turns enriched; mood: " + verdict.note(),
        List.of(new RunSummary.Entry(Tables.CONTACT_TEXT, read, written, 0, 0, 0, written > 0 ? 1 : 0,
            run.elapsedMs(), null, read == 0 ? "no_input" : "ok",
            read == 0 ? "no contact with new or changed turns in the window" : null)));
  }

  /** One row per contact: its date (first turn), a fingerprint of its turns, and its turns in order. */
  static Dataset<Row> conversations(Dataset<Row> turns) {
    return turns.groupBy(col(CONTACT_ID)).agg(min(col(TURN_DATE)).as(CONTACT_DATE),
        sha2(concat_ws(",", array_sort(collect_list(col(Columns.ROW_HASH)))), 256).as(FINGERPRINT),
        array_sort(collect_list(struct(col(ContactTextAnalyzer.TURN_NO), col(ContactTextAnalyzer.SPEAKER),
            col(ContactTextAnalyzer.TEXT), col(ContactTextAnalyzer.LANGUAGE))))
            .as(ContactTextAnalyzer.TURNS));
  }

  /** Contacts of the window not enriched yet, or enriched from other turns than they have now. */
  static Dataset<Row> pending(Dataset<Row> conversations, Dataset<Row> known, LocalDate from) {
    return conversations.where(col(CONTACT_DATE).geq(java.sql.Date.valueOf(from)))
        .join(known.select(CONTACT_ID, FINGERPRINT), new String[] {CONTACT_ID, FINGERPRINT}, "left_anti")
        .select(CONTACT_ID, CONTACT_DATE, FINGERPRINT, ContactTextAnalyzer.TURNS);
  }

  static Dataset<Row> enrich(Dataset<Row> pending, Lexicons lex, TextSettings s) {
    return pending.mapPartitions(new ContactTextAnalyzer(lex, s), Encoders.row(ContactTextAnalyzer.OUTPUT));
  }

  /** The night's rows with their negativity verdict, how it was reached, and what it cached. */
  record MoodVerdict(Dataset<Row> rows, String note, List<Dataset<Row>> cached) {
    /** No model's verdict: a null probability, the lexicon alone names the mood. */
    static MoodVerdict none(Dataset<Row> analysed, String note) {
      return new MoodVerdict(analysed.withColumn(MoodModel.PROBABILITY, lit(null).cast("double")), note, List.of());
    }
  }

  private static final Column[] TRAINING_COLUMNS = {col(CONTACT_ID), col(SilverContactText.TERMS),
      col(SilverContactText.MOOD_EVIDENCE), col(SilverContactText.SENTIMENT)};

  /**
   * The negativity verdict of tonight's contacts: the configured model's; else a model trained tonight on what the
   * lexicon is sure of among tonight's texts and the window's earlier ones ({@link MoodModel#pseudoLabelled}), when
   * each side has text.mood-self-training-min texts; else none (a null probability, the lexicon alone). Earlier
   * rows of tonight's contacts are left out, so a re-run trains on the same texts and gives the same verdicts.
   */
  static MoodVerdict withMoodModel(Dataset<Row> analysed, TextSettings s, Dataset<Row> recent) {
    if (!s.moodModel().isBlank()) {
      return new MoodVerdict(MoodModel.apply(MoodModel.load(s.moodModel()), analysed), "model " + s.moodModel(),
          List.of());
    }
    if (s.selfTrainingMin() == 0) {
      return MoodVerdict.none(analysed, "lexicon alone (text.mood-self-training-min=0)");
    }
    Dataset<Row> texts = analysed.select(TRAINING_COLUMNS).unionByName(recent
        .join(analysed.select(CONTACT_ID), new String[] {CONTACT_ID}, "left_anti").select(TRAINING_COLUMNS));
    // the same rows in the same partitions and order every run: the optimiser's sums, and so the model, repeat
    Dataset<Row> labelled = MoodModel.pseudoLabelled(texts).repartition(4, col(CONTACT_ID))
        .sortWithinPartitions(CONTACT_ID).cache();
    Row n = labelled.agg(org.apache.spark.sql.functions.count(lit(1)).as(TEXTS),
        org.apache.spark.sql.functions.sum(col(MoodModel.LABEL)).as(NEGATIVE)).head();
    long sure = n.<Long>getAs(TEXTS);
    long negative = n.getAs(NEGATIVE) == null ? 0 : Math.round(n.<Double>getAs(NEGATIVE));
    long positive = sure - negative;
    String counts = negative + " negative and " + positive + " positive texts the lexicon is sure of";
    if (negative < s.selfTrainingMin() || positive < s.selfTrainingMin()) {
      MoodVerdict lexicon = MoodVerdict.none(analysed, "lexicon alone (" + counts
          + ", fewer than text.mood-self-training-min=" + s.selfTrainingMin() + " on a side)");
      return new MoodVerdict(lexicon.rows(), lexicon.note(), List.of(labelled));
    }
    Dataset<Row> fitRows = labelled.coalesce(fitPartitions(sure));
    return new MoodVerdict(MoodModel.apply(MoodModel.train(fitRows, MoodModel.SELF_TRAINING_ITERATIONS), analysed),
        "negativity model trained tonight on " + counts, List.of(labelled));
  }

  /** Texts per partition of the self-training fit. */
  static final long FIT_ROWS_PER_PARTITION = 50_000;

  /**
   * Partitions of the self-training fit: one per {@value #FIT_ROWS_PER_PARTITION} texts, at most the 4 the texts are
   * kept in. Each optimiser iteration is a Spark job whose every task deserialises the model's weights and IDF (a
   * 4 MiB task), which made the fit most of a small night's text job; coalescing the cached partitions keeps their
   * rows in the same order, so a re-run still trains on the same rows in the same order.
   */
  static int fitPartitions(long rows) {
    return (int) Math.max(1, Math.min(4, (rows + FIT_ROWS_PER_PARTITION - 1) / FIT_ROWS_PER_PARTITION));
  }

  /** Inserts new contacts and replaces the rows of contacts whose turns changed. */
  private static void merge(Lakehouse lake, Dataset<Row> rows, LocalDate from) {
    lake.ensure(Tables.CONTACT_TEXT);
    lake.commit(Tables.CONTACT_TEXT, () -> DeltaTable.forPath(lake.spark(), lake.path(Tables.CONTACT_TEXT)).as("t")
        .merge(Lakehouse.conform(rows, Tables.CONTACT_TEXT).as("s"),
            "t.contact_id = s.contact_id AND t.contact_date >= " + Lakehouse.sqlDate(from))
        .whenMatched().updateAll()
        .whenNotMatched().insertAll()
        .execute());
  }

}
