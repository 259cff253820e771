package io.cxlake.generate;

/**
 * All templates of one language. Customer lines: opening/detail per query type, mood prefixes and suffixes,
 * reactions per mood, churn threats, closing remarks. Agent lines: greetings, empathy and ownership
 * phrases (or a plain acknowledgement), actions per query type, service guarantees, closings per
 * disposition. Filled in by the Texts* classes and checked for completeness by {@link #validate()}.
 */
final class LanguagePack {
  private static final int QUERY_TYPES = QueryType.values().length;
  private static final int MOODS = Mood.values().length;

  final Language language;
  /** Put between two sentences of one turn: nothing in Chinese, a space otherwise. */
  final String joiner;
  String brand;
  String[] countries;
  String[] devices;

  Template[] bot;
  Template[] ivr;
  Template[] greetVoice;
  Template[] greetWalkIn;
  Template[] empathy;
  Template[] ownership;
  Template[] acknowledge;
  Template[] verify;
  Template[] guarantee;
  Template[] churn;
  Template[] thanks;
  Template[] unhappy;
  Template[] farewell;
  Template[] emailCustomerOpen;
  Template[] emailAgentOpen;
  Template[] emailAgentClose;
  Template[] socialPrefix;
  final Template[][] opening = new Template[QUERY_TYPES][];
  final Template[][] detail = new Template[QUERY_TYPES][];
  final Template[][] action = new Template[QUERY_TYPES][];
  final Template[][] moodPrefix = new Template[MOODS][];
  final Template[][] moodSuffix = new Template[MOODS][];
  final Template[][] reaction = new Template[MOODS][];
  /** The customer saying what they want (cancel, complain, ...), after the request. */
  final Template[][] goal = new Template[Goal.values().length][];
  final Template[][] closing = new Template[Disposition.values().length][];
  final Template[][] pii = new Template[PiiType.Kind.values().length][];

  LanguagePack(Language language, String joiner) {
    this.language = language;
    this.joiner = joiner;
  }

  void query(QueryType q, String[] openings, String[] details, String[] actions) {
    opening[q.ordinal()] = Template.all(openings);
    detail[q.ordinal()] = Template.all(details);
    action[q.ordinal()] = Template.all(actions);
  }

  void mood(Mood m, String[] prefixes, String[] suffixes, String[] reactions) {
    moodPrefix[m.ordinal()] = Template.all(prefixes);
    moodSuffix[m.ordinal()] = Template.all(suffixes);
    reaction[m.ordinal()] = Template.all(reactions);
  }

  void goal(Goal g, String... texts) {
    goal[g.ordinal()] = Template.all(texts);
  }

  void closing(Disposition d, String... texts) {
    closing[d.ordinal()] = Template.all(texts);
  }

  void pii(PiiType.Kind k, String... texts) {
    pii[k.ordinal()] = Template.all(texts);
  }

  LanguagePack validate() {
    Template[][] singles = {bot, ivr, greetVoice, greetWalkIn, empathy, ownership, acknowledge, verify, guarantee,
        churn, thanks, unhappy, farewell, emailCustomerOpen, emailAgentOpen, emailAgentClose, socialPrefix};
    for (Template[] t : singles) {
      require(t);
    }
    for (Template[][] group : new Template[][][] {opening, detail, action, moodPrefix, moodSuffix, reaction,
        goal, closing, pii}) {
      for (Template[] t : group) {
        require(t);
      }
    }
    if (brand == null || countries == null || countries.length == 0 || devices == null || devices.length == 0) {
      throw new IllegalStateException(language + " pack lacks brand, countries or devices");
    }
    return this;
  }

  private void require(Template[] t) {
    if (t == null || t.length == 0) {
      throw new IllegalStateException(language + " pack has an empty template group");
    }
  }

  static LanguagePack forLanguage(Language l) {
    return PACKS[l.ordinal()];
  }

  private static final LanguagePack[] PACKS = {
      TextsZhHant.create(), TextsZhHans.create(), TextsEn.create(), TextsMixed.create()};
}
