package io.cxlake.text;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the agent said, as yes/no facts per contact: empathy, ownership, proactive information and service
 * guarantees, from the phrase list {@code agent-phrases.tsv} in the lexicon folder. Matching is SQL ({@code
 * translate} to Simplified, {@code lower}, one {@code rlike} per category), so it compiles with the rest of the
 * query instead of running a UDF per turn.
 */
public final class AgentPhrases {

  public static final String FILE = "agent-phrases.tsv";
  public static final List<String> CATEGORIES = List.of("empathy", "ownership", "proactive", "guarantee");
  /** Output column of each category, in {@link #CATEGORIES} order. */
  public static final List<String> COLUMNS = List.of("empathy_phrase", "ownership_phrase", "proactive_information",
      "guarantee_stated");
  public static final String AGENT_TURNS = "agent_turns";

  private final Map<String, List<String>> phrases;

  private AgentPhrases(Map<String, List<String>> phrases) {
    this.phrases = phrases;
  }

  /** From the lexicon folder, or from the copy bundled in the jar when {@code dir} is blank. */
  public static AgentPhrases load(String dir) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    CATEGORIES.forEach(c -> out.put(c, new ArrayList<>()));
    for (String line : read(dir).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
      String[] f = line.split("\t");
      if (f.length != 2 || f[0].isBlank() || !out.containsKey(f[1])) {
        throw new IllegalArgumentException("lexicon " + FILE + ", entry '" + line + "': expected phrase<TAB>category "
            + "with category one of " + CATEGORIES);
      }
      out.get(f[1]).add(Lexicons.normal(f[0]));
    }
    out.forEach((c, list) -> {
      if (list.isEmpty()) {
        throw new IllegalArgumentException("lexicon " + FILE + " has no phrase of category " + c);
      }
    });
    return new AgentPhrases(out);
  }

  private static String read(String dir) {
    try {
      return Lexicons.read(dir, FILE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + FILE + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code text} holds a phrase of the category: 1 or 0 (null text: null). */
  Column matches(Column normalised, String category) {
    String regex = phrases.get(category).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return when(normalised.rlike(regex), 1).otherwise(0);
  }

  /** Agent text in the form the phrases are written in: Simplified characters, lower case. */
  static Column normalised(Column text) {
    String[] t = ChineseScript.simplifyingTranslation();
    return lower(translate(text, t[0], t[1]));
  }

  /**
   * Per contact with agent turns: contact_id, agent_turns and one 0/1 column per category ({@link #COLUMNS}).
   * {@code turns}: silver_turns rows (contact_id, speaker, text).
   */
  public Dataset<Row> perContact(Dataset<Row> turns) {
    List<Column> aggs = new ArrayList<>();
    for (int i = 0; i < CATEGORIES.size(); i++) {
      aggs.add(max(matches(col("normalised"), CATEGORIES.get(i))).as(COLUMNS.get(i)));
    }
    // normalised once per turn in a projection of its own, not once per category inside the aggregate
    return turns.where(col("speaker").equalTo("agent").and(col("text").isNotNull()))
        .select(col("contact_id"), normalised(col("text")).as("normalised"))
        .groupBy("contact_id")
        .agg(count(lit(1)).as(AGENT_TURNS), aggs.toArray(Column[]::new));
  }

  /** The phrases of a category (normal form), for tests and documentation. */
  public List<String> phrases(String category) {
    return List.copyOf(phrases.get(category.toLowerCase(Locale.ROOT)));
  }
}
