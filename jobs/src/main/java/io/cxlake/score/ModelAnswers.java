package io.cxlake.score;

import static io.cxlake.score.ScoreColumns.CONTACT_ID;
import static io.cxlake.score.ScoreColumns.NO_SCENARIO;
import static io.cxlake.score.ScoreColumns.OVERALL;
import static io.cxlake.score.ScoreColumns.RESOLUTION_STATUS;
import static io.cxlake.score.ScoreColumns.SCENARIO_ID;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;

import io.cxlake.schema.TableColumns.GoldScenarioModelAnswer;
import io.cxlake.schema.TableColumns.SilverTurns;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Model answers coaches can show agents: per scenario, the best-scored conversations that were resolved at first
 * contact and score at least the minimum, with their (masked) transcript.
 */
final class ModelAnswers {

  static final int TRANSCRIPT_CHARS = 2000;
  /** Days of scored contacts, ending at the run date, the model answers are chosen from. */
  static final int WINDOW_DAYS = 28;
  /** One turn as a transcript line, and a contact's lines in turn order. */
  private static final String LINE = "line";
  private static final String LINES = "lines";

  private ModelAnswers() {}

  /** The best {@code n} per scenario of {@code scores} (ties: the lower contact id), ranked from 1. */
  static Dataset<Row> best(Dataset<Row> scores, int n, double minScore) {
    return scores.where(col(RESOLUTION_STATUS).equalTo("resolved").and(col(OVERALL).geq(minScore))
            .and(col(SCENARIO_ID).notEqual(NO_SCENARIO)))
        .withColumn(GoldScenarioModelAnswer.RANK, row_number().over(Window.partitionBy(SCENARIO_ID)
            .orderBy(col(OVERALL).desc(), col(CONTACT_ID))))
        .where(col(GoldScenarioModelAnswer.RANK).leq(n));
  }

  /** "speaker: text" lines in turn order, cut to {@link #TRANSCRIPT_CHARS}; {@code turns}: silver_turns rows. */
  static Dataset<Row> transcripts(Dataset<Row> chosen, Dataset<Row> turns) {
    return turns.join(broadcast(chosen.select(CONTACT_ID)), CONTACT_ID)
        .groupBy(CONTACT_ID)
        .agg(sort_array(collect_list(struct(col(SilverTurns.TURN_NO), concat(col(SilverTurns.SPEAKER), lit(": "),
            col(SilverTurns.TEXT)).as(LINE))))
            .as(LINES))
        .select(col(CONTACT_ID), substring(array_join(col(LINES + "." + LINE), "\n"), 1, TRANSCRIPT_CHARS)
            .as(GoldScenarioModelAnswer.TRANSCRIPT));
  }
}
