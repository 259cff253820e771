package io.cxlake.runs;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.Tables;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Writes the run_summary rows of one job and run date, replacing those of an earlier attempt. */
public final class RunSummary {

  /** Counts of one feed (or output) in one run. */
  public record Entry(String feed, long rowsRead, long rowsWritten, long exactDuplicates, long quarantined,
                      int filesRead, int partitionsTouched, long durationMs, String loadId, String status,
                      String message) {

    /**
     * A derived job's output table: {@code read} input rows behind {@code written} output rows (derived rows are
     * not conserved one for one, so no duplicates or quarantine); status no_input when nothing was read.
     */
    public static Entry output(String table, long read, long written, long ms) {
      return output(table, read, written, ms, read == 0 ? "no_input" : "ok");
    }

    public static Entry output(String table, long read, long written, long ms, String status) {
      return new Entry(table, read, written, 0, 0, 0, written > 0 ? 1 : 0, ms, null, status,
          read == 0 ? "no silver contacts in the window" : null);
    }

    public boolean conserved() {
      return rowsRead == rowsWritten + exactDuplicates + quarantined;
    }

    public String describe() {
      return feed + " read " + rowsRead + ", written " + rowsWritten + ", duplicates " + exactDuplicates
          + ", quarantined " + quarantined + (message == null ? "" : " (" + message + ")");
    }
  }

  private RunSummary() {}

  public static void write(Lakehouse lake, String job, LocalDate runDate, List<Entry> entries) {
    Timestamp finished = Timestamp.from(Instant.now()); // operational column: when, not which night
    List<Row> rows = entries.stream().map(e -> RowFactory.create(job, java.sql.Date.valueOf(runDate), e.feed(),
        e.rowsRead(), e.rowsWritten(), e.exactDuplicates(), e.quarantined(), e.filesRead(), e.partitionsTouched(),
        e.durationMs(), e.loadId(), e.status(), e.message(), finished)).toList();
    var df = lake.spark().createDataFrame(rows, SchemaCatalog.get().table(Tables.RUN_SUMMARY).structType());
    String predicate = "run_date = " + Lakehouse.sqlDate(runDate) + " AND job = '" + job + "'";
    // jobs of one night run side by side under Airflow (text and tolerance, say) and all write this table's
    // partition of the night: Delta then rejects one commit, and replacing one's own rows again is safe
    for (int attempt = 1; ; attempt++) {
      try {
        lake.replace(Tables.RUN_SUMMARY, df, predicate);
        return;
      } catch (io.delta.exceptions.DeltaConcurrentModificationException e) {
        if (attempt == CONFLICT_ATTEMPTS) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  private static final int CONFLICT_ATTEMPTS = 5;

  private static void pause(int attempt) {
    try {
      Thread.sleep(500L * attempt + (long) (Math.random() * 500));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying the run_summary write", e);
    }
  }
}
