package io.cxlake.score;

import static io.cxlake.score.ScoreColumns.CONTACT_ID;
import static io.cxlake.score.ScoreColumns.ELEMENTS;
import static io.cxlake.score.ScoreColumns.OVERALL;
import static io.cxlake.score.ScoreColumns.RUBRIC;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.corr;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.cxlake.score.Rubric.Element;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Human QA against the computed scores, so that a sampled human score and the automatic one can be told apart:
 * per rubric, per element mapped to a QA form element ({@code qa_element}), per dimension and overall (human
 * scores weighted by the rubric's weights of the mapped elements), how far they agree.
 */
final class QaAgreement {

  static final String ALL_RUBRICS = "all";
  private static final double CLOSE = 10.0;

  private QaAgreement() {}

  /** rubric, element, dimension, weight, qa_element of every mapped element: a small table to broadcast. */
  static Dataset<Row> mapping(SparkSession spark, List<Rubric> rubrics) {
    List<Row> rows = new ArrayList<>();
    for (Rubric r : rubrics) {
      for (Element e : r.elements()) {
        if (e.qaElement() != null) {
          rows.add(RowFactory.create(r.name(), e.name(), e.dimension(), e.weight(), e.qaElement()));
        }
      }
    }
    StructType schema = new StructType().add(RUBRIC, DataTypes.StringType).add("element", DataTypes.StringType)
        .add("dimension", DataTypes.StringType).add("weight", DataTypes.DoubleType)
        .add("rubric_element", DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }

  /**
   * Pairs of (human, auto) scores: level element, dimension and overall. {@code qa}: silver_qa_evaluations rows
   * (several evaluators of one contact are averaged); {@code scores}: gold_contact_score rows.
   */
  static Dataset<Row> pairs(Dataset<Row> qa, Dataset<Row> scores, Dataset<Row> mapping) {
    Dataset<Row> human = qa.groupBy(CONTACT_ID, "rubric_element").agg(avg("score").as("human"));
    Dataset<Row> elements = scores.select(col(CONTACT_ID), col(RUBRIC), explode(col(ELEMENTS)).as("e"))
        .select(col(CONTACT_ID), col(RUBRIC), col("e.element").as("element"), col("e.score").as("auto"))
        .join(broadcast(mapping), new String[] {RUBRIC, "element"})
        .join(human, new String[] {CONTACT_ID, "rubric_element"});
    Dataset<Row> elementPairs = elements.where(col("auto").isNotNull())
        .select(col(CONTACT_ID), col(RUBRIC), lit("element").as("level"), col("element").as("name"), col("dimension"),
            col("human"), col("auto"));
    List<String> scoreCols = new ArrayList<>(List.of(CONTACT_ID, RUBRIC, OVERALL));
    Rubric.DIMENSIONS.forEach(d -> scoreCols.add(ScoreColumns.dimension(d)));
    Dataset<Row> autoScores = scores.select(scoreCols.stream().map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new));
    Dataset<Row> dims = weightedHuman(elements.groupBy(col(CONTACT_ID), col(RUBRIC), col("dimension")))
        .join(autoScores, new String[] {CONTACT_ID, RUBRIC})
        .select(col(CONTACT_ID), col(RUBRIC), lit("dimension").as("level"), col("dimension").as("name"),
            col("dimension"), col("human"), dimensionScore().as("auto"));
    Dataset<Row> overall = weightedHuman(elements.groupBy(col(CONTACT_ID), col(RUBRIC)))
        .join(autoScores, new String[] {CONTACT_ID, RUBRIC})
        .select(col(CONTACT_ID), col(RUBRIC), lit("overall").as("level"), lit("overall").as("name"),
            lit(null).cast("string").as("dimension"), col("human"), col(OVERALL).as("auto"));
    return elementPairs.unionByName(dims).unionByName(overall).where(col("auto").isNotNull());
  }

  private static Dataset<Row> weightedHuman(org.apache.spark.sql.RelationalGroupedDataset g) {
    return g.agg(sum(col("human").multiply(col("weight"))).divide(sum("weight")).as("human"));
  }

  private static Column dimensionScore() {
    Column c = null;
    for (String d : Rubric.DIMENSIONS) {
      Column v = col(ScoreColumns.dimension(d));
      c = c == null ? when(col("dimension").equalTo(d), v) : c.when(col("dimension").equalTo(d), v);
    }
    return c;
  }

  /** Agreement per rubric and name, and over all rubrics. */
  static Dataset<Row> summary(Dataset<Row> pairs) {
    Dataset<Row> perRubric = agree(pairs.groupBy(col(RUBRIC), col("level"), col("name"), col("dimension")));
    Dataset<Row> all = agree(pairs.groupBy(lit(ALL_RUBRICS).as(RUBRIC), col("level"), col("name"), col("dimension")));
    return perRubric.unionByName(all);
  }

  private static Dataset<Row> agree(org.apache.spark.sql.RelationalGroupedDataset g) {
    Column diff = col("auto").minus(col("human"));
    return g.agg(count(lit(1)).as("contacts"), avg("human").as("human_mean"), avg("auto").as("auto_mean"),
        avg(diff).as("mean_difference"), avg(abs(diff)).as("mean_absolute_difference"),
        corr(col("auto"), col("human")).as("correlation"),
        avg(when(abs(diff).leq(CLOSE), 1.0).otherwise(0.0)).as("within_10_share"));
  }
}
