package io.cxlake.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind mood, goal and key phrases, read once on the driver from {@code conf/text/} (or the
 * folder in {@code text.lexicon-dir}) and shipped to the executors with the task. Chinese entries may be written
 * in either script: they are stored in Simplified, as the text they are matched against is. English entries are
 * lower case lemmas.
 */
public final class Lexicons implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String MOOD_FILE = "mood.tsv";
  static final String GOAL_FILE = "goal.tsv";
  static final String MODIFIERS_FILE = "modifiers.tsv";
  /** Stop words and domain terms: one file per language ({@code stopwords-zh.txt}, {@code stopwords-en.txt}). */
  static final String STOPWORDS_FILE = "stopwords";
  static final String DOMAIN_FILE = "domain-terms";
  static final List<String> LANGUAGES = List.of("zh", "en");
  static final List<String> MOODS = List.of("angry", "distrustful", "anxious", "confused", "positive");
  /** Label of a term that is evidence only when negated ("understand	none/confused": "don't understand"). */
  static final String NONE = "none";
  static final List<String> GOALS = List.of("cancel", "complain", "fix", "purchase", "inform");
  /** The moods that count as negative, strongest first on ties (the mood scorer, the model, the scores job). */
  public static final List<String> NEGATIVE_MOODS = List.of("distrustful", "angry", "anxious");

  /**
   * A lexicon entry: the label it is evidence for, the label it is evidence for when negated (written
   * {@code label/negated} in the file; by default negated praise is dissatisfaction, "angry", and any other
   * negated term is no evidence), and how strongly.
   */
  record Term(String label, String negatedLabel, double weight) implements Serializable {}

  final Map<String, Term> mood;
  final Map<String, Term> goal;
  final Set<String> negators;
  final Map<String, Double> intensifiers;
  final Map<String, Double> contrasts;
  final Set<String> stopWords;
  final Set<String> domainTerms;

  private Lexicons(Map<String, Term> mood, Map<String, Term> goal, Set<String> negators,
                   Map<String, Double> intensifiers, Map<String, Double> contrasts, Set<String> stopWords,
                   Set<String> domainTerms) {
    this.mood = mood;
    this.goal = goal;
    this.negators = negators;
    this.intensifiers = intensifiers;
    this.contrasts = contrasts;
    this.stopWords = stopWords;
    this.domainTerms = domainTerms;
  }

  /** From a folder, or from the copies bundled in the jar when {@code dir} is blank. */
  public static Lexicons load(String dir) {
    Source src = name -> read(dir, name);
    Map<String, Double> intensifiers = new HashMap<>();
    Map<String, Double> contrasts = new HashMap<>();
    Set<String> negators = new HashSet<>();
    for (String[] f : rows(src, MODIFIERS_FILE, 3)) {
      switch (f[1]) {
        case "negator" -> negators.add(normal(f[0]));
        case "intensifier" -> intensifiers.put(normal(f[0]), number(f[2], MODIFIERS_FILE, f[0]));
        case "contrast" -> contrasts.put(normal(f[0]), number(f[2], MODIFIERS_FILE, f[0]));
        default -> throw bad(MODIFIERS_FILE, f[0], "kind must be negator, intensifier or contrast, got " + f[1]);
      }
    }
    return new Lexicons(terms(src, MOOD_FILE, MOODS), terms(src, GOAL_FILE, GOALS), negators, intensifiers,
        contrasts, words(src, STOPWORDS_FILE), words(src, DOMAIN_FILE));
  }

  /**
   * The single-word mood terms and intensifiers: how the customer feels and how strongly, not what the contact is
   * about (the scenario job leaves them out of the words query types are found from).
   */
  public Set<String> feelingWords() {
    Set<String> out = new HashSet<>(intensifiers.keySet());
    mood.keySet().stream().filter(k -> !k.contains(" ")).forEach(out::add);
    return out;
  }

  /** Lexicon form of a word: Simplified for Chinese, lower case for Latin script. */
  public static String normal(String word) {
    return ChineseScript.toSimplified(word.strip()).toLowerCase(Locale.ROOT);
  }

  private interface Source {
    String read(String name) throws IOException;
  }

  /** A lexicon file from {@code dir}, or the copy bundled in the jar when {@code dir} is blank. */
  static String read(String dir, String name) throws IOException {
    return dir == null || dir.isBlank() ? bundled(name) : Files.readString(Path.of(dir, name));
  }

  private static String bundled(String name) throws IOException {
    try (InputStream in = Lexicons.class.getClassLoader().getResourceAsStream("cxlake/conf/text/" + name)) {
      if (in == null) {
        throw new IOException("cxlake/conf/text/" + name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, Term> terms(Source src, String file, List<String> labels) {
    Map<String, Term> out = new HashMap<>();
    for (String[] f : rows(src, file, 3)) {
      String[] l = f[1].split("/", -1);
      String label = l[0];
      String negated = l.length > 1 ? l[1] : label.equals("positive") ? "angry" : NONE;
      for (String x : List.of(label, negated)) {
        if (!labels.contains(x) && !x.equals(NONE)) {
          throw bad(file, f[0], "label must be one of " + labels + " or none, optionally label/negated-label, got "
              + f[1]);
        }
      }
      out.put(normal(f[0]), new Term(label, negated, number(f[2], file, f[0])));
    }
    return out;
  }

  private static Set<String> words(Source src, String file) {
    Set<String> out = new HashSet<>();
    for (String language : LANGUAGES) {
      for (String[] f : rows(src, file + "-" + language + ".txt", 1)) {
        out.add(normal(f[0]));
      }
    }
    return out;
  }

  /** Non-blank, non-comment lines split on tabs, each with exactly {@code fields} fields. */
  private static List<String[]> rows(Source src, String file, int fields) {
    String text;
    try {
      text = src.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + file + ": " + e.getMessage(), e);
    }
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(l -> {
          String[] f = l.split("\t");
          if (f.length != fields) {
            throw bad(file, l, "expected " + fields + " tab-separated fields, got " + f.length);
          }
          return f;
        }).toList();
  }

  private static double number(String s, String file, String term) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw bad(file, term, "weight must be a number, got " + s);
    }
  }

  private static IllegalArgumentException bad(String file, String entry, String why) {
    return new IllegalArgumentException("lexicon " + file + ", entry '" + entry + "': " + why);
  }
}
