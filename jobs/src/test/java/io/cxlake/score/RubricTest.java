package io.cxlake.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.JsonConfigFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rubric files validated on load with errors that name the file, the element and the fix; the rule by hand. */
class RubricTest {

  /** A valid rubric of eight elements (weights 0.125 each, two per dimension), with one element replaced. */
  static String rubric(String applies, String replaced) {
    List<String> elements = new ArrayList<>();
    String[][] base = {
        {"wait", "timeliness", "wait_ratio", "[[0, 100], [1, 100], [3, 0]]"},
        {"handle", "timeliness", "handle_ratio", "[[0, 60], [0.5, 100], [1.5, 100], [3, 20]]"},
        {"fcr", "information", "resolved_first_contact", "[[0, 0], [1, 100]]"},
        {"proactive", "information", "proactive_information", "[[0, 0], [1, 100]]"},
        {"empathy", "connection", "empathy_phrase", "[[0, 0], [1, 100]]"},
        {"ownership", "connection", "ownership_phrase", "[[0, 0], [1, 100]]"},
        {"guarantee", "differentiation", "guarantee_stated", "[[0, 0], [1, 100]]"},
        {"calm", "differentiation", "ended_calm", "[[0, 0], [1, 100]]"}};
    for (String[] e : base) {
      elements.add(e[0].equals("calm") && replaced != null ? replaced : "{\"name\": \"" + e[0] + "\", \"dimension\": \""
          + e[1] + "\", \"weight\": 0.125, \"evidence\": \"" + e[2] + "\", \"points\": " + e[3] + "}");
    }
    return "{\"rubric\": \"r\"" + (applies == null ? "" : ", \"applies_to\": " + applies) + ", \"elements\": ["
        + String.join(", ", elements) + "]}";
  }

  private static String element(String body) {
    return "{\"name\": \"calm\", \"dimension\": \"differentiation\", \"weight\": 0.125, \"evidence\": \"ended_calm\", "
        + "\"points\": [[0, 0], [1, 100]]" + body + "}";
  }

  @Test
  void badRubricsFailWithTheFileTheElementAndWhatToFix() {
    Map<String, String> cases = Map.of(
        element(", \"evidence\": \"smiles\""), "unknown evidence 'smiles'; evidence names are [wait_ratio",
        element(", \"dimension\": \"speed\""), "dimension must be one of [timeliness",
        element(", \"weight\": 0.2"), "the weights sum to 1.0750; they must sum to 1",
        element(", \"points\": [[1, 0], [1, 100]]"), "point values must rise",
        element(", \"points\": [[0, 0], [1, 120]]"), "scores lie between 0 and 100",
        element(", \"points\": [[0, 0]]"), "at least two [evidence value, score] pairs",
        element(", \"wieght\": 1"), "unknown key 'wieght'");
    cases.forEach((body, message) -> {
      // Jackson keeps the last of a repeated key: the case's value overrides the valid one before it
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Rubric.parse("r.json", rubric(null, body)));
      assertTrue(e.getMessage().startsWith("r.json"), e.getMessage());
      assertTrue(e.getMessage().contains(message), e.getMessage() + " should say " + message);
    });
    String moved = rubric(null, null).replace("\"differentiation\"", "\"connection\"");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Rubric.parse("r.json", moved)).getMessage()
        .contains("dimension differentiation has no element"));
    String seven = rubric(null, null).replaceFirst(", \\{\"name\": \"calm\".*\\}\\]\\}$", "]}");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Rubric.parse("r.json", seven)).getMessage()
        .contains("'elements' must list 8 to 20 elements, got 7"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Rubric.parse("r.json",
        rubric("[{\"moods\": [\"furious\"]}]", null))).getMessage().contains("unknown mood 'furious'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Rubric.parse("r.json",
        rubric("[{}]", null))).getMessage().contains("leave 'applies_to' out for the catch-all"));
  }

  @Test
  void theCatchAllMustBeTheOneLastRubric() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Rubric.load("", List.of("general.json", "problem_solving.json")));
    assertTrue(e.getMessage().contains("exactly one rubric must have no 'applies_to'"), e.getMessage());
    assertTrue(e.getMessage().startsWith(ConfigKey.SCORES_RUBRIC_FILES.key()), e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Rubric.load("", List.of("nope.json"))).getMessage()
        .contains("not in conf/rubrics"));
  }

  @Test
  void theBundledRubricsLoadAndEachScoresAllFourDimensions() {
    List<Rubric> rubrics = Rubric.load("",
        JsonConfigFile.commaList(ConfigKey.SCORES_RUBRIC_FILES.defaultValue()));
    assertEquals(List.of("complaint_recovery", "problem_solving", "sales_information", "general"),
        rubrics.stream().map(Rubric::name).toList());
    for (Rubric r : rubrics) {
      assertTrue(r.elements().size() >= 8 && r.elements().size() <= 20, r.name());
      assertEquals(1.0, r.elements().stream().mapToDouble(Rubric.Element::weight).sum(), 1e-9, r.name());
    }
  }

  @Test
  void theRuleIsPiecewiseLinearAndFlatBeyondItsEnds() {
    Rubric.Element handle = new Rubric.Element("handle", "timeliness", 1, Evidence.HANDLE_RATIO,
        new double[][] {{0, 60}, {0.5, 100}, {1.5, 100}, {3, 20}}, null, "");
    assertEquals(60, handle.score(-1), 1e-9);
    assertEquals(80, handle.score(0.25), 1e-9);   // halfway from 60 to 100
    assertEquals(100, handle.score(1.0), 1e-9);
    assertEquals(60, handle.score(2.25), 1e-9);   // halfway from 100 to 20
    assertEquals(20, handle.score(10), 1e-9);
  }
}
