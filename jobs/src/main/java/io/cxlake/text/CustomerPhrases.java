package io.cxlake.text;

import java.util.List;

/**
 * What customers say that signals they may leave or that strains the agent ({@code customer-phrases.tsv}):
 * distrust, abuse, refund, cancel and competitor mentions, service-guarantee claims. Read by the churn and
 * agent-strain jobs.
 */
public final class CustomerPhrases {

  public static final String FILE = "customer-phrases.tsv";
  public static final List<String> CATEGORIES = List.of("distrust", "abuse", "refund", "cancel", "competitor",
      "guarantee_claim");
  public static final String DISTRUST_PHRASE = "distrust_phrase";
  public static final String ABUSE_PHRASE = "abuse_phrase";
  public static final String REFUND_MENTION = "refund_mention";
  public static final String CANCEL_MENTION = "cancel_mention";
  public static final String COMPETITOR_MENTION = "competitor_mention";
  public static final String GUARANTEE_CLAIM = "guarantee_claim";
  /** Output column of each category, in {@link #CATEGORIES} order. */
  public static final List<String> COLUMNS = List.of(DISTRUST_PHRASE, ABUSE_PHRASE, REFUND_MENTION,
      CANCEL_MENTION, COMPETITOR_MENTION, GUARANTEE_CLAIM);
  public static final String CUSTOMER_TURNS = "customer_phrase_turns";

  private CustomerPhrases() {}

  /** From the lexicon folder, or from the copy bundled in the jar when {@code dir} is blank. */
  public static PhraseLexicon load(String dir) {
    return PhraseLexicon.load(dir, FILE, "customer", CATEGORIES, COLUMNS, CUSTOMER_TURNS);
  }
}
