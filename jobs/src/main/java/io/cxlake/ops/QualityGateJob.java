package io.cxlake.ops;

import static org.apache.spark.sql.functions.col;

import io.cxlake.pipeline.JobMain;
import io.cxlake.config.ConfigKey;
import io.cxlake.ingest.IngestJob;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.LakeJob;
import io.cxlake.runs.RunSummary;
import io.cxlake.schema.TableColumns.Quarantine;
import io.cxlake.schema.TableColumns;
import io.cxlake.schema.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;

/**
 * The data-quality gate after the ingest: the night stops when a feed's quarantined share of its records passes
 * {@code quality.max-quarantine-share} (feeds with fewer than {@code quality.min-records} records are reported,
 * not judged: one bad row of five is noise). It reads the ingest's own counts in run_summary, so it costs one
 * small query, and it fails when the ingest has not run for the date.
 */
public final class QualityGateJob extends LakeJob {

  public static final String NAME = "quality";

  public static void main(String[] args) {
    JobMain.exit(JobMain.runOne(new QualityGateJob(), args));
  }

  @Override
  public String name() {
    return NAME;
  }

  /** One feed's verdict. */
  record Verdict(String feed, long read, long quarantined, boolean judged, boolean passed) {
    double share() {
      return read == 0 ? 0 : quarantined / (double) read;
    }

    String describe() {
      return String.format(Locale.ROOT, "%s %.2f %% of %,d quarantined%s", feed, 100 * share(), read,
          judged ? (passed ? "" : " (over the limit)") : " (too few records to judge)");
    }
  }

  @Override
  public void validate(io.cxlake.config.CxConfig config) {
    limit(config);
  }

  /** The quarantined share above which the night stops, checked with the minimum of records judged. */
  private static double limit(io.cxlake.config.CxConfig config) {
    double limit = config.getDouble(ConfigKey.QUALITY_MAX_QUARANTINE_SHARE);
    long minRecords = config.getInt(ConfigKey.QUALITY_MIN_RECORDS);
    if (limit < 0 || limit > 1 || minRecords < 0) {
      throw new IllegalArgumentException(ConfigKey.QUALITY_MAX_QUARANTINE_SHARE.key() + " must be 0..1 and "
          + ConfigKey.QUALITY_MIN_RECORDS.key() + " >= 0, got " + limit + " and " + minRecords);
    }
    return limit;
  }

  @Override
  protected Outcome execute(Run run) {
    double limit = limit(run.config());
    long minRecords = run.config().getInt(ConfigKey.QUALITY_MIN_RECORDS);
    Lakehouse lake = run.lake();
    LocalDate day = run.day();
    List<Row> rows = lake.read(Tables.RUN_SUMMARY).where(col(TableColumns.RunSummary.JOB).equalTo(IngestJob.NAME)
        .and(col(TableColumns.RunSummary.RUN_DATE).equalTo(Date.valueOf(day))))
        .orderBy(TableColumns.RunSummary.FEED).collectAsList();
    if (rows.isEmpty()) {
      throw new IllegalStateException("quality gate: the ingest has not run for " + day + " (no run_summary rows of job "
          + IngestJob.NAME + "); run it first");
    }
    List<Verdict> verdicts = judge(rows, limit, minRecords);
    List<String> corrupt = corruptFiles(lake, day);
    String report = String.join("; ", verdicts.stream().map(Verdict::describe).toList());
    List<Verdict> failed = verdicts.stream().filter(v -> !v.passed()).toList();
    boolean ok = failed.isEmpty() && corrupt.isEmpty();
    long read = verdicts.stream().mapToLong(Verdict::read).sum();
    List<RunSummary.Entry> entries = List.of(new RunSummary.Entry("quarantine_share", read, read, 0,
        verdicts.stream().mapToLong(Verdict::quarantined).sum(), 0, 0, run.elapsedMs(), null, ok ? "ok" : "failed",
        corrupt.isEmpty() ? report : report + "; unreadable: " + String.join(", ", corrupt)));
    if (!corrupt.isEmpty()) {
      return Outcome.failed(new IllegalStateException("quality gate failed for " + day + ": landing file(s) could not "
          + "be read to their end, so records are missing: " + String.join("; ", corrupt) + "; re-deliver them, then re-run the night"),
          entries);
    }
    if (!failed.isEmpty()) {
      return Outcome.failed(new IllegalStateException(String.format(Locale.ROOT, "quality gate failed for %s: %s "
          + "(limit %.2f %%); see the quarantine table's reasons for run_date %s, fix or re-deliver the feed, then "
          + "re-run the night", day, String.join("; ", failed.stream().map(Verdict::describe).toList()), 100 * limit,
          day)), entries);
    }
    return Outcome.ok("passed: " + report, entries);
  }

  /** Files the ingest could not read to their end (quarantined as corrupt_file), as "feed file (after line n)". */
  private static List<String> corruptFiles(Lakehouse lake, LocalDate day) {
    return lake.read(Quarantine.TABLE).where(col(Quarantine.RUN_DATE).equalTo(Date.valueOf(day))
            .and(col(Quarantine.REASON).equalTo(IngestJob.CORRUPT_FILE_REASON)))
        .orderBy(Quarantine.FEED, Quarantine.SOURCE_FILE).collectAsList().stream()
        .map(r -> r.getAs(Quarantine.FEED) + " " + r.getAs(Quarantine.SOURCE_FILE) + " (after line "
            + (r.<Long>getAs(Quarantine.SOURCE_LINE) - 1) + ")").toList();
  }

  /** Per feed of the ingest's run_summary rows: judged when it had min-records, passed when within the limit. */
  static List<Verdict> judge(List<Row> ingestRows, double limit, long minRecords) {
    List<Verdict> out = new ArrayList<>();
    for (Row r : ingestRows) {
      long read = r.getAs(TableColumns.RunSummary.ROWS_READ);
      long quarantined = r.getAs(TableColumns.RunSummary.QUARANTINED);
      boolean judged = read >= minRecords && read > 0;
      out.add(new Verdict(r.getAs(TableColumns.RunSummary.FEED), read, quarantined, judged,
          !judged || quarantined <= limit * read));
    }
    return out;
  }
}
