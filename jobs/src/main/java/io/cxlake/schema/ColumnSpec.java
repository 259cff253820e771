package io.cxlake.schema;

import java.io.Serializable;
import java.util.List;

/**
 * One column of a feed contract or a Delta table, as written in a file under {@code schemas/}.
 *
 * @param required feeds only: a record without a value is quarantined
 * @param nullable tables only: whether the Delta column accepts null
 * @param allowed  feeds only: the closed set of values (case-insensitive on input), empty if open
 * @param min      feeds only: lowest valid numeric value, or null
 * @param max      feeds only: highest valid numeric value, or null
 * @param statistics tables only: whether Delta keeps min/max statistics of the column for data skipping; false
 *                 ({@code "statistics": false}) for long texts, raw records and hashes that no query filters by
 *                 range, whose statistics cost every write a comparison and a copy per row
 */
public record ColumnSpec(String name, String type, boolean required, boolean nullable, String comment,
                         String unit, List<String> allowed, Double min, Double max, boolean statistics)
    implements Serializable {

  public boolean isEnum() {
    return allowed != null && !allowed.isEmpty();
  }
}
