package io.cxlake.score;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The measurable facts about a contact that a rubric element can score, each a column of the evidence frame
 * built by {@link ContactEvidence}. Yes/no facts are 1 or 0; a fact that cannot be known for a contact is null
 * (the element is then left out and the other weights rescaled).
 */
public enum Evidence {
  WAIT_RATIO("wait over the on-time target of the customer's region (voice, chat) or channel (others); inbound only"),
  HANDLE_RATIO("handle time over the median handle time of the contact's scenario in the norm window"),
  TRANSFERS("transfers during the contact"),
  RESOLVED_FIRST_CONTACT("1 when the customer did not come back on the same query type within scores.resolution-days;"
      + " null until those days have passed"),
  DISPOSITION_RESOLVED("1 when the agent closed the contact as resolved"),
  SENTIMENT_CHANGE("sentiment of the last customer turn minus that of the first (-2..2); null with one turn"),
  ENDED_CALM("1 when the last customer turn is not angry, distrustful or anxious"),
  CUSTOMER_TURNS("customer turns in the conversation (effort)"),
  EMPATHY_PHRASE("1 when an agent turn holds an empathy or apology phrase (conf/text/agent-phrases.tsv)"),
  OWNERSHIP_PHRASE("1 when an agent turn holds an ownership phrase"),
  PROACTIVE_INFORMATION("1 when an agent turn volunteers information (confirmation, update, reminder)"),
  GUARANTEE_STATED("1 when an agent turn states a service guarantee or promise");

  private final String meaning;

  Evidence(String meaning) {
    this.meaning = meaning;
  }

  /** The column name in the evidence frame and the name rubric files use. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String meaning() {
    return meaning;
  }

  public static Optional<Evidence> of(String code) {
    return Arrays.stream(values()).filter(e -> e.code().equals(code)).findFirst();
  }
}
