package io.cxlake.text;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.TableColumns.SilverTurns;
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
 * What one side of the conversation said, as yes/no facts per contact, from a phrase list
 * (phrase&lt;TAB&gt;category) in the lexicon folder. Matching is SQL ({@code translate} to Simplified,
 * {@code lower}, one {@code rlike} per category), so it compiles with the rest of the query instead of running a
 * UDF per turn. {@link AgentPhrases} and {@link CustomerPhrases} name the two lists.
 */
public final class PhraseLexicon {

  /** A turn's text, normalised for matching. */
  private static final String NORMALISED = "normalised";

  private final String file;
  private final String speaker;
  private final List<String> categories;
  private final List<String> columns;
  private final String turnsColumn;
  private final Map<String, List<String>> phrases;

  private PhraseLexicon(String file, String speaker, List<String> categories, List<String> columns,
                        String turnsColumn, Map<String, List<String>> phrases) {
    this.file = file;
    this.speaker = speaker;
    this.categories = categories;
    this.columns = columns;
    this.turnsColumn = turnsColumn;
    this.phrases = phrases;
  }

  /**
   * Reads {@code file} from the lexicon folder, or the copy bundled in the jar when {@code dir} is blank.
   * {@code columns}: the output column of each category, in order; {@code turnsColumn}: the count of the speaker's
   * turns per contact.
   */
  static PhraseLexicon load(String dir, String file, String speaker, List<String> categories, List<String> columns,
                            String turnsColumn) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    categories.forEach(c -> out.put(c, new ArrayList<>()));
    for (String line : read(dir, file).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList()) {
      String[] f = line.split("\t");
      if (f.length != 2 || f[0].isBlank() || !out.containsKey(f[1])) {
        throw new IllegalArgumentException("lexicon " + file + ", entry '" + line + "': expected phrase<TAB>category "
            + "with category one of " + categories);
      }
      out.get(f[1]).add(Lexicons.normal(f[0]));
    }
    out.forEach((c, list) -> {
      if (list.isEmpty()) {
        throw new IllegalArgumentException("lexicon " + file + " has no phrase of category " + c);
      }
    });
    return new PhraseLexicon(file, speaker, categories, columns, turnsColumn, out);
  }

  private static String read(String dir, String file) {
    try {
      return Lexicons.read(dir, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether the normalised text holds a phrase of the category: 1 or 0 (null text: null). */
  Column matches(Column normalised, String category) {
    String regex = phrases.get(category).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    return when(normalised.rlike(regex), 1).otherwise(0);
  }

  /** Text in the form the phrases are written in: Simplified characters, lower case. */
  public static Column normalised(Column text) {
    String[] t = ChineseScript.simplifyingTranslation();
    return lower(translate(text, t[0], t[1]));
  }

  /**
   * Per contact where the speaker spoke: contact_id, the turn count and one 0/1 column per category.
   * {@code turns}: silver_turns rows (contact_id, speaker, text).
   */
  public Dataset<Row> perContact(Dataset<Row> turns) {
    List<Column> aggs = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      aggs.add(max(matches(col(NORMALISED), categories.get(i))).as(columns.get(i)));
    }
    // normalised once per turn in a projection of its own, not once per category inside the aggregate
    return turns.where(col(SilverTurns.SPEAKER).equalTo(speaker).and(col(SilverTurns.TEXT).isNotNull()))
        .select(col(SilverTurns.CONTACT_ID), normalised(col(SilverTurns.TEXT)).as(NORMALISED))
        .groupBy(SilverTurns.CONTACT_ID)
        .agg(count(lit(1)).as(turnsColumn), aggs.toArray(Column[]::new));
  }

  /** The phrases of a category (normal form), for tests and documentation. */
  public List<String> phrases(String category) {
    return List.copyOf(phrases.get(category.toLowerCase(Locale.ROOT)));
  }

  public String file() {
    return file;
  }
}
