package io.cxlake.text;

import io.cxlake.schema.Columns;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The per-partition step of the text job: one contact with its turns in, one silver_contact_text row out. The
 * CoreNLP pipelines it uses are per JVM ({@link NlpPipelines}); the lexicons and settings travel with the task.
 */
final class ContactTextAnalyzer implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;
  static final String CUSTOMER = "customer";
  /** Input columns: the contact, its date, the fingerprint of its turns, and the turns in order. */
  static final String TURNS = "turns";
  // the fields of a turn in TURNS, as the job collects them
  static final String TURN_NO = "turn_no";
  static final String SPEAKER = "speaker";
  static final String TEXT = "text";
  static final String LANGUAGE = "language";
  /** The table's columns the analyzer fills: all but the run date and the model's probability (the job's). */
  static final StructType OUTPUT = new StructType(Arrays.stream(
      SchemaCatalog.get().table(Tables.CONTACT_TEXT).structType().fields())
      .filter(f -> !f.name().equals(Columns.RUN_DATE) && !f.name().equals(MoodModel.PROBABILITY))
      .toArray(StructField[]::new));

  private final Lexicons lex;
  private final TextSettings settings;

  ContactTextAnalyzer(Lexicons lex, TextSettings settings) {
    this.lex = lex;
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> contacts) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return contacts.hasNext();
      }

      @Override
      public Row next() {
        return analyze(contacts.next());
      }
    };
  }

  /** One turn as the job hands it over: number, speaker, text, the source's language if it knew it. */
  record TurnIn(int turnNo, String speaker, String text, String language) {}

  Row analyze(Row contact) {
    List<TurnIn> customer = new ArrayList<>();
    for (Row t : contact.<Row>getList(contact.fieldIndex(TURNS))) {
      if (CUSTOMER.equals(t.getAs(SPEAKER)) && t.getAs(TEXT) != null) {
        customer.add(new TurnIn(t.<Integer>getAs(TURN_NO), t.getAs(SPEAKER), t.getAs(TEXT), t.getAs(LANGUAGE)));
      }
    }
    ContactText text = analyze(customer);
    return RowFactory.create(contact.getAs(TextEnrichmentJob.CONTACT_ID), contact.getAs(TextEnrichmentJob.CONTACT_DATE),
        text.language(), customer.size(), text.sentences(),
        text.tokens().toArray(), text.terms().toArray(), text.keyPhrases().toArray(), text.mood(),
        text.moodScore(), text.sentiment(), text.moodEvidence().toArray(), text.firstTurnMood(),
        text.lastTurnMood(), text.goal(), text.goalScore(), text.goalEvidence().toArray(),
        text.turnMoods().stream().map(m -> RowFactory.create(m.turnNo(), m.language(), m.mood(), m.score(),
            m.sentiment())).toArray(), contact.getAs(TextEnrichmentJob.FINGERPRINT));
  }

  /** Everything the job derives from one contact's customer turns. */
  record ContactText(String language, int sentences, List<String> tokens, List<String> terms,
                     List<String> keyPhrases, String mood, Double moodScore, Double sentiment,
                     List<String> moodEvidence, String firstTurnMood, String lastTurnMood, String goal,
                     Double goalScore, List<String> goalEvidence, List<TurnMood> turnMoods) {}

  record TurnMood(int turnNo, String language, String mood, double score, double sentiment) {}

  ContactText analyze(List<TurnIn> turns) {
    List<LanguageDetector.Counts> turnCounts = turns.stream().map(t -> LanguageDetector.count(t.text())).toList();
    LanguageDetector.Counts counts = turnCounts.stream().reduce(LanguageDetector.Counts.NONE,
        LanguageDetector.Counts::plus);
    String language = LanguageDetector.decide(counts, majorityHint(turns));
    List<String> tokens = new ArrayList<>();
    List<List<String>> turnTerms = new ArrayList<>();
    List<TermMatcher.Match> moodMatches = new ArrayList<>();
    List<TermMatcher.Match> goalMatches = new ArrayList<>();
    List<TurnMood> moods = new ArrayList<>();
    int sentences = 0;
    int lastTurnStart = 0;
    for (int i = 0; i < turns.size(); i++) {
      TurnIn t = turns.get(i);
      String lang = LanguageDetector.decide(turnCounts.get(i), language);
      Tokeniser.Turn tt = lang == null ? new Tokeniser.Turn(List.of(), 0) : Tokeniser.tokens(t.text(), lang, settings, lex.domainTerms);
      sentences += tt.sentences();
      List<String> norms = tt.tokens().stream().map(Tokeniser.Token::norm).toList();
      tt.tokens().stream().map(Tokeniser.Token::word).filter(KeyPhrases::isWord).forEach(tokens::add);
      turnTerms.add(KeyPhrases.terms(norms, lex));
      List<TermMatcher.Match> m = TermMatcher.find(norms, lex.mood, lex);
      lastTurnStart = moodMatches.size();
      moodMatches.addAll(m);
      goalMatches.addAll(TermMatcher.find(norms, lex.goal, lex));
      MoodScorer.Mood tm = MoodScorer.decide(m);
      moods.add(new TurnMood(t.turnNo(), lang, tm.mood(), tm.score(), tm.sentiment()));
    }
    if (turns.isEmpty()) {
      return new ContactText(null, 0, List.of(), List.of(), List.of(), null, null, null, List.of(), null, null,
          null, null, List.of(), List.of());
    }
    MoodScorer.Mood mood = MoodScorer.decide(stateOfMind(moodMatches, lastTurnStart));
    GoalClassifier.Goal goal = GoalClassifier.decide(goalMatches);
    List<String> terms = turnTerms.stream().flatMap(List::stream).toList();
    return new ContactText(language, sentences, tokens, terms, KeyPhrases.top(turnTerms, lex, settings.keyPhrases()),
        mood.mood(), mood.score(), mood.sentiment(), mood.evidence(), moods.get(0).mood(),
        moods.get(moods.size() - 1).mood(), goal.goal(), goal.score(), goal.evidence(), moods);
  }

  /**
   * The evidence of the state of mind the customer brought: all of it but the thanks in the last turn, which
   * say how the contact ended (last_turn_mood), not how the customer came in.
   */
  static List<TermMatcher.Match> stateOfMind(List<TermMatcher.Match> matches, int lastTurnStart) {
    List<TermMatcher.Match> out = new ArrayList<>(matches.subList(0, lastTurnStart));
    for (TermMatcher.Match m : matches.subList(lastTurnStart, matches.size())) {
      if (lastTurnStart == 0 || !m.label().equals("positive")) {
        out.add(m);
      }
    }
    return out;
  }

  /** The language most of the turns' sources named, if any: it only breaks ties between the two scripts. */
  private static String majorityHint(List<TurnIn> turns) {
    long hant = turns.stream().filter(t -> LanguageDetector.ZH_HANT.equals(t.language())).count();
    long hans = turns.stream().filter(t -> LanguageDetector.ZH_HANS.equals(t.language())).count();
    return hant > hans ? LanguageDetector.ZH_HANT : hans > 0 ? LanguageDetector.ZH_HANS : null;
  }
}
