package io.cxlake.score;

import com.fasterxml.jackson.databind.JsonNode;
import io.cxlake.config.ConfigKey;
import io.cxlake.config.JsonConfigFile;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weighted rubric of one scenario family, read from {@code conf/rubrics/} and validated on load: four
 * dimensions split into 8-20 elements whose weights sum to 1, each scoring one {@link Evidence} with a
 * piecewise-linear rule. {@code appliesTo} says which contacts belong to the family (any clause matching; within a
 * clause every listed axis must match); the rubric without clauses is the catch-all and comes last.
 */
public record Rubric(String name, String description, List<Match> appliesTo, List<Element> elements)
    implements Serializable {

  public static final List<String> DIMENSIONS = List.of("timeliness", "information", "connection", "differentiation");
  static final int MIN_ELEMENTS = 8;
  static final int MAX_ELEMENTS = 20;
  static final double WEIGHT_TOLERANCE = 1e-3;
  static final Set<String> CHANNELS = Set.of("voice", "chat", "email", "social", "walk_in");
  static final Set<String> MOODS = Set.of("calm", "confused", "anxious", "angry", "distrustful");
  static final Set<String> GOALS = Set.of("fix", "inform", "purchase", "complain", "cancel", "other");
  private static final Set<String> FILE_KEYS = Set.of("rubric", "description", "applies_to", "elements");
  private static final Set<String> MATCH_KEYS = Set.of("channels", "goals", "moods", "query_types");
  private static final Set<String> ELEMENT_KEYS = Set.of("name", "dimension", "weight", "evidence", "points",
      "qa_element", "description");

  /** One clause of applies_to; an empty list means any value of that axis. */
  public record Match(List<String> channels, List<String> goals, List<String> moods, List<String> queryTypes)
      implements Serializable {}

  /** One scored element: {@code points} are (evidence value, score 0-100) pairs with rising values. */
  public record Element(String name, String dimension, double weight, Evidence evidence, double[][] points,
                        String qaElement, String description) implements Serializable {

    /** The rule applied to one value: the score of the nearest end outside the points, linear between them. */
    public double score(double value) {
      if (value <= points[0][0]) {
        return points[0][1];
      }
      for (int i = 1; i < points.length; i++) {
        if (value <= points[i][0]) {
          double[] a = points[i - 1];
          double[] b = points[i];
          return a[1] + (value - a[0]) * (b[1] - a[1]) / (b[0] - a[0]);
        }
      }
      return points[points.length - 1][1];
    }
  }

  public boolean catchAll() {
    return appliesTo.isEmpty();
  }

  /** Every rubric of the setting, validated together: unique names, exactly one catch-all, and it last. */
  public static List<Rubric> load(String dir, List<String> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException(ConfigKey.SCORES_RUBRIC_FILES.key() + " names no rubric file");
    }
    List<Rubric> out = JsonConfigFile.loadAll(dir, "rubrics", files, ConfigKey.SCORES_RUBRIC_DIR,
        ConfigKey.SCORES_RUBRIC_FILES, Rubric::parse, Rubric::name);
    long catchAlls = out.stream().filter(Rubric::catchAll).count();
    if (catchAlls != 1 || !out.get(out.size() - 1).catchAll()) {
      throw new IllegalArgumentException(ConfigKey.SCORES_RUBRIC_FILES.key() + ": exactly one rubric must have no "
          + "'applies_to' (the catch-all for contacts no other family takes) and it must be listed last; got "
          + catchAlls + " catch-all rubrics in " + files);
    }
    return List.copyOf(out);
  }

  static Rubric parse(String file, String json) {
    JsonConfigFile f = JsonConfigFile.named(file);
    JsonNode root = f.parse(json);
    f.unknownKeys("the file", root, FILE_KEYS);
    String name = f.text("the file", root, "rubric");
    List<Match> matches = new ArrayList<>();
    for (JsonNode m : root.path("applies_to")) {
      matches.add(match(f, m));
    }
    JsonNode list = root.path("elements");
    if (!list.isArray() || list.size() < MIN_ELEMENTS || list.size() > MAX_ELEMENTS) {
      throw f.bad("'elements' must list " + MIN_ELEMENTS + " to " + MAX_ELEMENTS + " elements, got "
          + (list.isArray() ? list.size() : 0));
    }
    List<Element> elements = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode n : list) {
      Element e = element(f, n);
      if (!seen.add(e.name())) {
        throw f.bad("element '" + e.name() + "' appears twice");
      }
      elements.add(e);
    }
    checkWeights(f, elements);
    return new Rubric(name, root.path("description").asText(""), List.copyOf(matches), List.copyOf(elements));
  }

  private static Match match(JsonConfigFile f, JsonNode m) {
    f.unknownKeys("applies_to", m, MATCH_KEYS);
    Match match = new Match(f.strings("applies_to", m.path("channels"), "channel", CHANNELS),
        f.strings("applies_to", m.path("goals"), "goal", GOALS), f.strings("applies_to", m.path("moods"), "mood", MOODS),
        f.strings("applies_to", m.path("query_types"), "query type", null));
    if (match.channels().isEmpty() && match.goals().isEmpty() && match.moods().isEmpty()
        && match.queryTypes().isEmpty()) {
      throw f.bad("applies_to", "a clause must name channels, goals, moods or query_types; leave 'applies_to' out "
          + "for the catch-all rubric");
    }
    return match;
  }

  private static Element element(JsonConfigFile f, JsonNode n) {
    String where = "element " + n.path("name").asText("?");
    f.unknownKeys(where, n, ELEMENT_KEYS);
    String name = f.text(where, n, "name");
    String dimension = f.text(where, n, "dimension");
    if (!DIMENSIONS.contains(dimension)) {
      throw f.bad(where, "dimension must be one of " + DIMENSIONS + ", got '" + dimension + "'");
    }
    if (!n.path("weight").isNumber() || n.path("weight").asDouble() <= 0) {
      throw f.bad(where, "'weight' must be a positive number");
    }
    String code = f.text(where, n, "evidence");
    Evidence evidence = Evidence.of(code).orElseThrow(() -> f.bad(where, "unknown evidence '" + code
        + "'; evidence names are " + java.util.Arrays.stream(Evidence.values()).map(Evidence::code).toList()));
    return new Element(name, dimension, n.path("weight").asDouble(), evidence, points(f, where, n.path("points")),
        n.hasNonNull("qa_element") ? n.path("qa_element").asText() : null, n.path("description").asText(""));
  }

  private static double[][] points(JsonConfigFile f, String where, JsonNode list) {
    if (!list.isArray() || list.size() < 2) {
      throw f.bad(where, "'points' must list at least two [evidence value, score] pairs, e.g. [[0, 100], [1, 0]]");
    }
    double[][] out = new double[list.size()][];
    for (int i = 0; i < list.size(); i++) {
      JsonNode p = list.get(i);
      if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
        throw f.bad(where, "point " + (i + 1) + " must be a pair of numbers [evidence value, score]");
      }
      out[i] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
      if (out[i][1] < 0 || out[i][1] > 100) {
        throw f.bad(where, "scores lie between 0 and 100, point " + (i + 1) + " has " + out[i][1]);
      }
      if (i > 0 && out[i][0] <= out[i - 1][0]) {
        throw f.bad(where, "point values must rise: point " + (i + 1) + " (" + out[i][0] + ") is not above point "
            + i + " (" + out[i - 1][0] + ")");
      }
    }
    return out;
  }

  private static void checkWeights(JsonConfigFile f, List<Element> elements) {
    Map<String, Double> perDimension = new LinkedHashMap<>();
    DIMENSIONS.forEach(d -> perDimension.put(d, 0.0));
    elements.forEach(e -> perDimension.merge(e.dimension(), e.weight(), Double::sum));
    perDimension.forEach((d, w) -> {
      if (w == 0) {
        throw f.bad("dimension " + d + " has no element; every rubric scores all four " + DIMENSIONS);
      }
    });
    double total = perDimension.values().stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(total - 1) > WEIGHT_TOLERANCE) {
      throw f.bad(String.format(java.util.Locale.ROOT, "the weights sum to %.4f; they must sum to 1 (per dimension: %s)",
          total, perDimension));
    }
  }
}
