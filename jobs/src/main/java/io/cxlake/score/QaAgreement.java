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

import io.cxlake.schema.TableColumns.GoldQaAgreement;
import io.cxlake.schema.TableColumns.SilverQaEvaluations;
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
  // the element mapping and the score pairs
  private static final String ELEMENT = "element";
  private static final String WEIGHT = "weight";
  private static final String E = "e";
  private static final String HUMAN = "human";
  private static final String AUTO = "auto";

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
    StructType schema = new StructType().add(RUBRIC, DataTypes.StringType).add(ELEMENT, DataTypes.StringType)
        .add(GoldQaAgreement.DIMENSION, DataTypes.StringType).add(WEIGHT, DataTypes.DoubleType)
        .add(SilverQaEvaluations.RUBRIC_ELEMENT, DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }

  /**
   * Pairs of (human, auto) scores: level element, dimension and overall. {@code qa}: silver_qa_evaluations rows
   * (several evaluators of one contact are averaged); {@code scores}: gold_contact_score rows.
   */
  static Dataset<Row> pairs(Dataset<Row> qa, Dataset<Row> scores, Dataset<Row> mapping) {
    Dataset<Row> human = qa.groupBy(CONTACT_ID, SilverQaEvaluations.RUBRIC_ELEMENT)
        .agg(avg(SilverQaEvaluations.SCORE).as(HUMAN));
    Dataset<Row> elements = scores.select(col(CONTACT_ID), col(RUBRIC), explode(col(ELEMENTS)).as(E))
        .select(col(CONTACT_ID), col(RUBRIC), col(E + "." + ELEMENT).as(ELEMENT), col(E + ".score").as(AUTO))
        .join(broadcast(mapping), new String[] {RUBRIC, ELEMENT})
        .join(human, new String[] {CONTACT_ID, SilverQaEvaluations.RUBRIC_ELEMENT});
    Dataset<Row> elementPairs = elements.where(col(AUTO).isNotNull())
        .select(col(CONTACT_ID), col(RUBRIC), lit("element").as(GoldQaAgreement.LEVEL),
            col(ELEMENT).as(GoldQaAgreement.NAME), col(GoldQaAgreement.DIMENSION),
            col(HUMAN), col(AUTO));
    List<String> scoreCols = new ArrayList<>(List.of(CONTACT_ID, RUBRIC, OVERALL));
    Rubric.DIMENSIONS.forEach(d -> scoreCols.add(ScoreColumns.dimension(d)));
    Dataset<Row> autoScores = scores.select(scoreCols.stream().map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new));
    Dataset<Row> dims = weightedHuman(elements.groupBy(col(CONTACT_ID), col(RUBRIC), col(GoldQaAgreement.DIMENSION)))
        .join(autoScores, new String[] {CONTACT_ID, RUBRIC})
        .select(col(CONTACT_ID), col(RUBRIC), lit("dimension").as(GoldQaAgreement.LEVEL),
            col(GoldQaAgreement.DIMENSION).as(GoldQaAgreement.NAME),
            col(GoldQaAgreement.DIMENSION), col(HUMAN), dimensionScore().as(AUTO));
    Dataset<Row> overall = weightedHuman(elements.groupBy(col(CONTACT_ID), col(RUBRIC)))
        .join(autoScores, new String[] {CONTACT_ID, RUBRIC})
        .select(col(CONTACT_ID), col(RUBRIC), lit("overall").as(GoldQaAgreement.LEVEL),
            lit("overall").as(GoldQaAgreement.NAME),
            lit(null).cast("string").as(GoldQaAgreement.DIMENSION), col(HUMAN), col(OVERALL).as(AUTO));
    return elementPairs.unionByName(dims).unionByName(overall).where(col(AUTO).isNotNull());
  }

  private static Dataset<Row> weightedHuman(org.apache.spark.sql.RelationalGroupedDataset g) {
    return g.agg(sum(col(HUMAN).multiply(col(WEIGHT))).divide(sum(WEIGHT)).as(HUMAN));
  }

  private static Column dimensionScore() {
    Column c = null;
    for (String d : Rubric.DIMENSIONS) {
      Column v = col(ScoreColumns.dimension(d));
      c = c == null ? when(col(GoldQaAgreement.DIMENSION).equalTo(d), v)
          : c.when(col(GoldQaAgreement.DIMENSION).equalTo(d), v);
    }
    return c;
  }

  /** Agreement per rubric and name, and over all rubrics. */
  static Dataset<Row> summary(Dataset<Row> pairs) {
    Dataset<Row> perRubric = agree(pairs.groupBy(col(RUBRIC), col(GoldQaAgreement.LEVEL), col(GoldQaAgreement.NAME),
        col(GoldQaAgreement.DIMENSION)));
    Dataset<Row> all = agree(pairs.groupBy(lit(ALL_RUBRICS).as(RUBRIC), col(GoldQaAgreement.LEVEL),
        col(GoldQaAgreement.NAME), col(GoldQaAgreement.DIMENSION)));
    return perRubric.unionByName(all);
  }

  private static Dataset<Row> agree(org.apache.spark.sql.RelationalGroupedDataset g) {
    Column diff = col(AUTO).minus(col(HUMAN));
    return g.agg(count(lit(1)).as(GoldQaAgreement.CONTACTS), avg(HUMAN).as(GoldQaAgreement.HUMAN_MEAN),
        avg(AUTO).as(GoldQaAgreement.AUTO_MEAN),
        avg(diff).as(GoldQaAgreement.MEAN_DIFFERENCE), avg(abs(diff)).as(GoldQaAgreement.MEAN_ABSOLUTE_DIFFERENCE),
        corr(col(AUTO), col(HUMAN)).as(GoldQaAgreement.CORRELATION),
        avg(when(abs(diff).leq(CLOSE), 1.0).otherwise(0.0)).as(GoldQaAgreement.WITHIN_10_SHARE));
  }
}
