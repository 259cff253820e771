package io.cxlake.schema;

import java.io.Serializable;
import java.util.List;

/**
 * The contract of one landing feed: the file {@code schemas/feeds/<feed>.json}.
 *
 * @param businessDateColumn silver partition column, derived from the local date of {@code businessDateFrom}
 * @param monthlyPartitions  whether that column holds the first day of the month instead of the day: for feeds
 *                           whose history spans years (one partition per day would mean thousands of tiny files)
 * @param pseudonymise       source id columns replaced by a keyed hash in silver ({@code x_id -> x_key})
 * @param maskPii            free-text columns in which phone numbers, e-mails, ids and cards are masked
 * @param checks             cross-column rules; a record matching one is quarantined
 */
public record FeedSchema(String feed, String description, List<String> naturalKey, String businessDateColumn,
                         String businessDateFrom, boolean monthlyPartitions, List<String> pseudonymise, List<String> maskPii,
                         List<ColumnSpec> columns, List<Check> checks) implements Serializable {

  /** A cross-column rule: records for which {@code when} (Spark SQL over typed columns) is true are rejected. */
  public record Check(String reason, String when, String message) implements Serializable {}

  public List<String> columnNames() {
    return columns.stream().map(ColumnSpec::name).toList();
  }

  public String bronzeTable() {
    return "bronze_" + feed;
  }

  public String silverTable() {
    return "silver_" + feed;
  }

  /** Name of a column in silver: pseudonymised ids become keys. */
  public String silverName(String sourceColumn) {
    return pseudonymise.contains(sourceColumn) ? sourceColumn.replaceAll("_id$", "_key") : sourceColumn;
  }
}
