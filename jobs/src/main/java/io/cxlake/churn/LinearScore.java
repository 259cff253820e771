package io.cxlake.churn;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.TableColumns.GoldChurnSignal;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A risk from the signals: {@code 1 / (1 + exp(-(intercept + sum w_i * clip(x_i))))}, with each signal's
 * contribution {@code w_i * (clip(x_i) - center_i)} explaining it. The trained logistic regression (centers: the
 * training means, no clipping) and the transparent rule score (centers 0, values capped) are both this form, so
 * they score and explain customers the same way, in SQL.
 */
record LinearScore(String method, String version, double intercept, double[] weights, double[] centers,
                   double[] caps) implements Serializable {

  static final String RULES = "rules";
  static final String LOGISTIC = "logistic_regression";
  static final String RISK = "risk";

  /** The rule score of {@link Signal#ALL}: fixed weights, values capped, no cancellations needed. */
  static LinearScore rules() {
    int n = Signal.ALL.size();
    double[] w = new double[n];
    double[] caps = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = Signal.ALL.get(i).ruleWeight();
      caps[i] = Signal.ALL.get(i).cap();
    }
    return new LinearScore(RULES, "rules-v1", Signal.RULE_INTERCEPT, w, new double[n], caps);
  }

  static final String BASELINE = "baseline_contact_count";

  /**
   * The trivial reference every score is measured against: the number of contacts in the feature window alone (more
   * contacts, more risk). A score that does not rank cancellations better than this adds nothing to a count.
   */
  static LinearScore contactCount() {
    int n = Signal.ALL.size();
    double[] w = new double[n];
    double[] caps = new double[n];
    java.util.Arrays.fill(caps, Double.POSITIVE_INFINITY);
    w[Signal.columns().indexOf(GoldChurnSignal.CONTACTS)] = 1;
    return new LinearScore(BASELINE, "contact-count", 0, w, new double[n], caps);
  }

  private Column clipped(int i) {
    Column x = col(Signal.ALL.get(i).column());
    return Double.isInfinite(caps[i]) ? x : least(greatest(x, lit(-caps[i])), lit(caps[i]));
  }

  /** The rows with {@value #RISK} in 0..1. */
  Dataset<Row> score(Dataset<Row> rows) {
    Column z = lit(intercept);
    for (int i = 0; i < weights.length; i++) {
      z = z.plus(clipped(i).multiply(weights[i]));
    }
    return rows.withColumn(RISK, round(lit(1D).divide(lit(1D).plus(exp(z.multiply(-1)))), 8));
  }

  /**
   * The rows with {@code reasons}: the {@code top} signals that raise the risk most, in words that say the value's
   * direction ("fewer contacts" for a negative change), strongest first;
   * and {@code signals}: every signal's value by name.
   */
  Dataset<Row> explain(Dataset<Row> scored, int top) {
    List<Column> parts = new ArrayList<>();
    List<Column> names = new ArrayList<>();
    List<Column> values = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      Signal s = Signal.ALL.get(i);
      Column raw = clipped(i).minus(centers[i]).multiply(weights[i]);
      // a problem signal is a reason only when present beyond the centre: "0 complaints" explains no risk
      Column contribution = s.twoSided() ? raw : when(clipped(i).gt(centers[i]), raw).otherwise(lit(0D));
      Column text = s.format() == Signal.Format.NONE ? lit(s.reason())
          : when(col(s.column()).lt(0), format_string(s.reasonBelowZero(), written(s)))
              .otherwise(format_string(s.reason(), written(s)));
      parts.add(struct(contribution.multiply(-1).as("order"), contribution.as("c"), text.as("text")));
      names.add(lit(s.column()));
      values.add(col(s.column()));
    }
    Column raising = filter(array_sort(array(parts.toArray(Column[]::new))), p -> p.getField("c").gt(0.01));
    return scored.withColumn(GoldChurnSignal.REASONS, transform(slice(raising, 1, top), p -> p.getField("text")))
        .withColumn(GoldChurnSignal.SIGNALS,
            map_from_arrays(array(names.toArray(Column[]::new)), array(values.toArray(Column[]::new))));
  }

  private static Column written(Signal s) {
    Column x = col(s.column());
    return switch (s.format()) {
      case COUNT -> format_number(x, 0);
      case PERCENT -> concat(format_number(x.multiply(100), 0), lit("%"));
      case MAGNITUDE -> format_number(when(x.lt(0), x.multiply(-1)).otherwise(x), 1);
      case NONE -> lit("");
    };
  }

  /** The band of a risk: high, medium or low. */
  static Column band(Column risk, double high, double medium) {
    return when(risk.geq(high), lit("high")).when(risk.geq(medium), lit("medium")).otherwise(lit("low"));
  }
}
