package io.cxlake.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * Column maps for {@code Dataset.withColumns}: one projection for many columns, where a {@code withColumn} per column
 * had the analyser check the whole growing plan once per column (BENCHMARKS.md, issue #24).
 */
public final class Projections {

  private Projections() {}

  /** Each column replaced by itself, or {@code zero} where it is null. */
  public static Map<String, Column> zeroForNull(Collection<String> columns, Column zero) {
    Map<String, Column> out = new LinkedHashMap<>();
    columns.forEach(c -> out.put(c, coalesce(col(c), zero)));
    return out;
  }
}
