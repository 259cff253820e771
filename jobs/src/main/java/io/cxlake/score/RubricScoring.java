package io.cxlake.score;

import static io.cxlake.score.ScoreColumns.ELEMENTS;
import static io.cxlake.score.ScoreColumns.MISSING;
import static io.cxlake.score.ScoreColumns.OVERALL;
import static io.cxlake.score.ScoreColumns.RUBRIC;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.TableColumns.SilverContactText;
import io.cxlake.score.Rubric.Element;
import io.cxlake.score.Rubric.Match;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rubric arithmetic as Spark columns: the family of each contact, each element's score from its evidence, the
 * four dimension scores and the overall score as weighted means over the elements that have evidence (weights of
 * the others are left out, and the element names listed as missing). Plain CASE arithmetic, so it compiles.
 */
final class RubricScoring {

  private static final String RULE_PREFIX = "_rule_";

  private RubricScoring() {}

  /**
   * Adds rubric, elements, the dimension scores, overall_score and missing_elements. Each distinct rule (evidence
   * and points) is computed once into a column of its own first: rubrics share most rules, and inlining them into
   * every CASE branch made the generated code too large to compile.
   */
  static Dataset<Row> score(Dataset<Row> evidence, List<Rubric> rubrics) {
    Map<String, String> rules = new LinkedHashMap<>();
    Dataset<Row> withRules = evidence.withColumn(RUBRIC, family(rubrics));
    for (Rubric r : rubrics) {
      for (Element e : r.elements()) {
        if (!rules.containsKey(rule(e))) {
          rules.put(rule(e), RULE_PREFIX + rules.size());
          withRules = withRules.withColumn(rules.get(rule(e)), elementScore(e));
        }
      }
    }
    java.util.function.Function<Element, Column> score = e -> col(rules.get(rule(e)));
    List<Column> outputs = new ArrayList<>(List.of(col("*"), perRubric(rubrics, r -> elements(r, score)).as(ELEMENTS),
        perRubric(rubrics, RubricScoring::missing).as(MISSING)));
    for (String d : Rubric.DIMENSIONS) {
      outputs.add(perRubric(rubrics, r -> weightedMean(r.elements().stream().filter(e -> e.dimension().equals(d))
          .toList(), score)).as(ScoreColumns.dimension(d)));
    }
    outputs.add(perRubric(rubrics, r -> weightedMean(r.elements(), score)).as(OVERALL));
    return withRules.select(outputs.toArray(Column[]::new)).drop(rules.values().toArray(String[]::new));
  }

  private static String rule(Element e) {
    return e.evidence().code() + java.util.Arrays.deepToString(e.points());
  }

  /** The first rubric whose applies_to matches the contact; the catch-all otherwise. */
  static Column family(List<Rubric> rubrics) {
    Column c = null;
    for (Rubric r : rubrics) {
      if (r.catchAll()) {
        return c == null ? lit(r.name()) : c.otherwise(r.name());
      }
      Column m = r.appliesTo().stream().map(RubricScoring::matches).reduce(Column::or).orElseThrow();
      c = c == null ? when(m, r.name()) : c.when(m, r.name());
    }
    throw new IllegalStateException("the rubric list has no catch-all");
  }

  private static Column matches(Match m) {
    Column c = lit(true);
    c = axis(c, ScoreColumns.CHANNEL, m.channels());
    c = axis(c, SilverContactText.GOAL, m.goals());
    c = axis(c, SilverContactText.MOOD, m.moods());
    return axis(c, ScoreColumns.QUERY_TYPE_ID, m.queryTypes());
  }

  private static Column axis(Column c, String column, List<String> values) {
    return values.isEmpty() ? c : c.and(col(column).isin(values.toArray()).equalTo(true));
  }

  private static Column perRubric(List<Rubric> rubrics, java.util.function.Function<Rubric, Column> f) {
    Column c = null;
    for (Rubric r : rubrics) {
      Column v = f.apply(r);
      c = c == null ? when(col(RUBRIC).equalTo(r.name()), v) : c.when(col(RUBRIC).equalTo(r.name()), v);
    }
    return c;
  }

  /** The piecewise-linear rule as a column: null evidence gives a null score. */
  static Column elementScore(Element e) {
    Column v = col(e.evidence().code());
    double[][] p = e.points();
    Column c = when(v.isNull(), lit(null).cast("double")).when(v.leq(p[0][0]), p[0][1]);
    for (int i = 1; i < p.length; i++) {
      double slope = (p[i][1] - p[i - 1][1]) / (p[i][0] - p[i - 1][0]);
      c = c.when(v.leq(p[i][0]), v.minus(p[i - 1][0]).multiply(slope).plus(p[i - 1][1]));
    }
    return c.otherwise(p[p.length - 1][1]);
  }

  /** Sum of weight x score over the elements with a score, divided by their weights; null when none has one. */
  static Column weightedMean(List<Element> elements, java.util.function.Function<Element, Column> score) {
    Column num = lit(0.0);
    Column den = lit(0.0);
    for (Element e : elements) {
      Column s = score.apply(e);
      num = num.plus(when(s.isNotNull(), s.multiply(e.weight())).otherwise(0.0));
      den = den.plus(when(s.isNotNull(), e.weight()).otherwise(0.0));
    }
    return when(den.gt(0), num.divide(den));
  }

  private static Column elements(Rubric r, java.util.function.Function<Element, Column> score) {
    List<Column> items = new ArrayList<>();
    for (Element e : r.elements()) {
      items.add(struct(lit(e.name()).as("element"), lit(e.dimension()).as("dimension"),
          lit(e.evidence().code()).as("evidence"), col(e.evidence().code()).cast("double").as("value"),
          score.apply(e).as("score"), lit(e.weight()).as("weight")));
    }
    return array(items.toArray(Column[]::new));
  }

  private static Column missing(Rubric r) {
    List<Column> names = new ArrayList<>();
    for (Element e : r.elements()) {
      names.add(when(col(e.evidence().code()).isNull(), lit(e.name())));
    }
    return array_except(array(names.toArray(Column[]::new)), array(lit(null).cast("string")));
  }
}
