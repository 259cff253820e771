package io.cxlake.generate;

/**
 * Everything region-specific: planted patience and queue parameters, language mix, handling sites,
 * and the local vocabulary (currency, places, plans, competitors, agent names) that fills text slots.
 */
final class RegionProfile {
  final int index;
  final String name;
  /** Share of customers in percent. */
  final double share;
  /** Handling sites (indexes into {@link Regions#SITES}) and how contacts are routed between them. */
  final int[] sites;
  final Weighted siteRouting;
  /** Planted median patience (seconds) of a priority-2 voice/chat contact. */
  final double patienceMedianSeconds;
  /** Mean offered wait (seconds) of a priority-2 voice contact at average load. */
  final double offeredWaitMeanSeconds;
  /** Customers' preferred language, indexed by Language ordinal. */
  final Weighted languages;
  final int amountMin;
  final int amountMax;
  final int amountStep;
  final String moneyZhSuffix;
  final String moneyEnPrefix;
  final String moneyMixedPrefix;
  final String[] placesZh;
  final String[] placesEn;
  final String[] plansZh;
  final String[] plansEn;
  final String[] competitorsZh;
  final String[] competitorsEn;
  final String[] agentNamesZh;
  final String[] agentNamesEn;
  final PiiType phoneType;
  /** National id type planted for this region, or null where none is planted. */
  final PiiType idType;
  final String idLetters;
  final String[] emailDomains;

  private RegionProfile(Builder b) {
    index = b.index;
    name = b.name;
    share = b.share;
    sites = b.sites;
    siteRouting = new Weighted(b.siteWeights);
    patienceMedianSeconds = b.patienceMedian;
    offeredWaitMeanSeconds = b.waitMean;
    languages = new Weighted(b.languageWeights);
    amountMin = b.amountMin;
    amountMax = b.amountMax;
    amountStep = b.amountStep;
    moneyZhSuffix = b.moneyZhSuffix;
    moneyEnPrefix = b.moneyEnPrefix;
    moneyMixedPrefix = b.moneyMixedPrefix;
    placesZh = b.placesZh;
    placesEn = b.placesEn;
    plansZh = b.plansZh;
    plansEn = b.plansEn;
    competitorsZh = b.competitorsZh;
    competitorsEn = b.competitorsEn;
    agentNamesZh = b.agentNamesZh;
    agentNamesEn = b.agentNamesEn;
    phoneType = b.phoneType;
    idType = b.idType;
    idLetters = b.idLetters;
    emailDomains = b.emailDomains;
  }

  /** Money as the customer would write it in the given language, e.g. 350元, NT$350, RM58. */
  String money(int amount, Language lang) {
    return switch (lang) {
      case ZH_HANT, ZH_HANS -> amount + moneyZhSuffix;
      case EN -> moneyEnPrefix + amount;
      case MIXED -> moneyMixedPrefix + amount;
    };
  }

  static Builder builder(int index, String name) {
    return new Builder(index, name);
  }

  /** Fluent construction of the region table in {@link Regions}. */
  static final class Builder {
    private final int index;
    private final String name;
    private double share;
    private int[] sites;
    private double[] siteWeights;
    private double patienceMedian;
    private double waitMean;
    private double[] languageWeights;
    private int amountMin;
    private int amountMax;
    private int amountStep;
    private String moneyZhSuffix;
    private String moneyEnPrefix;
    private String moneyMixedPrefix;
    private String[] placesZh;
    private String[] placesEn;
    private String[] plansZh;
    private String[] plansEn;
    private String[] competitorsZh;
    private String[] competitorsEn;
    private String[] agentNamesZh;
    private String[] agentNamesEn;
    private PiiType phoneType;
    private PiiType idType;
    private String idLetters = "";
    private String[] emailDomains;

    private Builder(int index, String name) {
      this.index = index;
      this.name = name;
    }

    Builder share(double percent) {
      share = percent;
      return this;
    }

    Builder sites(int[] siteIndexes, double... weights) {
      sites = siteIndexes;
      siteWeights = weights;
      return this;
    }

    Builder queue(double patienceMedianSeconds, double offeredWaitMeanSeconds) {
      patienceMedian = patienceMedianSeconds;
      waitMean = offeredWaitMeanSeconds;
      return this;
    }

    /** Weights of zh-Hant, zh-Hans, en, mixed. */
    Builder languages(double zhHant, double zhHans, double en, double mixed) {
      languageWeights = new double[] {zhHant, zhHans, en, mixed};
      return this;
    }

    Builder money(int min, int max, int step, String zhSuffix, String enPrefix, String mixedPrefix) {
      amountMin = min;
      amountMax = max;
      amountStep = step;
      moneyZhSuffix = zhSuffix;
      moneyEnPrefix = enPrefix;
      moneyMixedPrefix = mixedPrefix;
      return this;
    }

    Builder places(String[] zh, String[] en) {
      placesZh = zh;
      placesEn = en;
      return this;
    }

    Builder plans(String[] zh, String[] en) {
      plansZh = zh;
      plansEn = en;
      return this;
    }

    Builder competitors(String[] zh, String[] en) {
      competitorsZh = zh;
      competitorsEn = en;
      return this;
    }

    Builder agentNames(String[] zh, String[] en) {
      agentNamesZh = zh;
      agentNamesEn = en;
      return this;
    }

    Builder pii(PiiType phone, PiiType id, String idLetterChoices, String... domains) {
      phoneType = phone;
      idType = id;
      idLetters = idLetterChoices;
      emailDomains = domains;
      return this;
    }

    RegionProfile build() {
      return new RegionProfile(this);
    }
  }
}
