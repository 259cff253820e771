package io.cxlake.text;

import java.util.List;

/**
 * The agent's behaviour phrases ({@code agent-phrases.tsv}): empathy, ownership, proactive information and
 * service guarantees, the scores job's evidence.
 */
public final class AgentPhrases {

  public static final String FILE = "agent-phrases.tsv";
  public static final List<String> CATEGORIES = List.of("empathy", "ownership", "proactive", "guarantee");
  /** Output column of each category, in {@link #CATEGORIES} order. */
  public static final List<String> COLUMNS = List.of("empathy_phrase", "ownership_phrase", "proactive_information",
      "guarantee_stated");
  public static final String AGENT_TURNS = "agent_turns";

  private AgentPhrases() {}

  /** From the lexicon folder, or from the copy bundled in the jar when {@code dir} is blank. */
  public static PhraseLexicon load(String dir) {
    return PhraseLexicon.load(dir, FILE, "agent", CATEGORIES, COLUMNS, AGENT_TURNS);
  }
}
