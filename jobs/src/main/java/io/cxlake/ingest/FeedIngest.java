package io.cxlake.ingest;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import io.cxlake.ingest.Deduplication.Outcome;
import io.cxlake.lake.Lakehouse;
import io.cxlake.runs.RunSummary;
import io.cxlake.runs.StepTimes;
import io.cxlake.schema.Columns;
import io.cxlake.schema.FeedSchema;
import io.cxlake.schema.TableColumns.Quarantine;
import io.cxlake.schema.Tables;
import io.delta.tables.DeltaTable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Loads one feed for one run date: landing -> bronze -> silver + quarantine, idempotently.
 * A re-run first removes what an earlier attempt of the same run date wrote, then loads again.
 */
final class FeedIngest {

  /** Landing bytes per bronze partition (and so per bronze file): text compresses to about a quarter in Parquet. */
  private static final long BRONZE_PARTITION_BYTES = 256L << 20;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FeedIngest.class);

  private final Lakehouse lake;
  private final FeedSchema feed;
  private final LocalDate runDate;
  private final IngestSettings settings;
  private boolean loadedBefore;
  private Dataset<Row> bronzeRows;
  private final List<Dataset<Row>> cached = new java.util.ArrayList<>();
  private Dataset<Row> rejectedRows;

  FeedIngest(Lakehouse lake, FeedSchema feed, LocalDate runDate, IngestSettings settings) {
    this.lake = lake;
    this.feed = feed;
    this.runDate = runDate;
    this.settings = settings;
  }

  /**
   * Loads bronze and silver; the rejected rows are kept (cached) for the night's one quarantine write, see
   * {@link #rejected()}. Call {@link #release()} once that is written.
   */
  RunSummary.Entry run() {
    long start = System.nanoTime();
    var hadoop = lake.spark().sparkContext().hadoopConfiguration();
    List<LandingFile> files = LandingFiles.list(hadoop, settings.landingRoot(), feed.feed(), runDate);
    loadedBefore = loadedBefore();
    if (files.isEmpty() && !loadedBefore) {
      return new RunSummary.Entry(feed.feed(), 0, 0, 0, 0, 0, 0, (System.nanoTime() - start) / 1_000_000, null,
          "no_input", "no files landed for this date");
    }
    String loadId = LandingFiles.loadId(feed.feed(), runDate, files);
    StepTimes steps = new StepTimes();
    Dataset<Row> bronze = steps.time("bronze", () -> loadBronze(files, loadId));
    if (loadedBefore) { // a re-run: remove what the earlier attempt of this run date wrote to silver
      steps.time("undo", () -> lake.commit(feed.silverTable(),
          () -> DeltaTable.forPath(lake.spark(), lake.path(feed.silverTable())).delete(thisRun())));
    }
    BronzeFacts facts = steps.time("dates", () -> bronzeFacts(bronze));
    List<String> dates = facts.dates();
    Dataset<Row> classified = classify(bronze, dates, steps);
    Counts tally = steps.time("classify", () -> countOutcomes(classified));
    Map<String, Long> counts = tally.outcomes();
    long skewed = tally.skewedInserts();
    long rejected = counts.getOrDefault(Outcome.INVALID.code(), 0L) + counts.getOrDefault(Outcome.CONFLICT.code(), 0L);
    long conflicts = counts.getOrDefault(Outcome.CONFLICT.code(), 0L);
    rejectedRows = rejected == 0 ? null : quarantineRows(withRawForConflicts(classified, bronze, conflicts), loadId);
    long written = steps.time("silver",
        () -> appendToSilver(classified, counts.getOrDefault(Outcome.INSERT.code(), 0L)));
    if (settings.compaction() && written > 0) {
      steps.time("compact", () -> compactIfFragmented(dates));
    }
    long read = counts.values().stream().mapToLong(Long::longValue).sum();
    long duplicates = counts.getOrDefault(Outcome.DUPLICATE.code(), 0L);
    String status = files.isEmpty() ? "no_input" : "ok";
    String message = files.isEmpty() ? "no files landed for this date" : joinNotes(
        drift(facts.driftFields()), skewed == 0 ? null : skewed + " record(s) loaded with times out of"
            + " order by at most " + settings.clockSkewSeconds() + " s (clock skew, ingest.clock-skew-seconds)");
    LOG.info("{} {}: {}", feed.feed(), runDate, steps);
    long ms = (System.nanoTime() - start) / 1_000_000;
    return new RunSummary.Entry(feed.feed(), read, written, duplicates, rejected, files.size(),
        written > 0 ? dates.size() : 0, ms, loadId, status, message);
  }

  private static String joinNotes(String... notes) {
    String joined = java.util.Arrays.stream(notes).filter(Objects::nonNull).collect(Collectors.joining("; "));
    return joined.isEmpty() ? null : joined;
  }

  /** This run's quarantine rows of the feed (conformed to the quarantine table), or null when it rejected none. */
  Dataset<Row> rejected() {
    return rejectedRows;
  }

  /** Whether an earlier attempt of the run date loaded this feed (its quarantine rows must then be replaced). */
  boolean reRun() {
    return loadedBefore;
  }

  /** Frees the cached bronze rows and classification once the quarantine is written. */
  void release() {
    cached.forEach(Dataset::unpersist);
    cached.clear();
    if (bronzeRows != null) {
      bronzeRows.unpersist();
    }
  }

  /**
   * Whether an earlier attempt may have loaded this feed for the run date: bronze is written first, and its rows of
   * the run date live in the run date's partition folder. One look at the file system, not a Spark job over the
   * table: committed rows always have their folder, so a re-run is never missed; a folder without committed rows
   * (a run killed mid-write) only makes the re-run's undo step run and remove nothing.
   */
  private boolean loadedBefore() {
    org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(lake.path(feed.bronzeTable()),
        Columns.RUN_DATE + "=" + runDate);
    try {
      return folder.getFileSystem(lake.spark().sparkContext().hadoopConfiguration()).exists(folder);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot look for " + folder, e);
    }
  }

  /**
   * Writes the run date's bronze partition and returns its rows as written, kept (cached) for the classification:
   * reading the partition back cost a new table snapshot, Delta's file filtering and a Parquet scan per feed, every
   * night, for rows the write had just held. The cache fills while the write runs and is released with
   * {@link #release()}.
   */
  private Dataset<Row> loadBronze(List<LandingFile> files, String loadId) {
    Dataset<Row> read = BronzeReader.read(lake.spark(), feed, files, settings.maxRecordLines());
    int cores = lake.spark().sparkContext().defaultParallelism();
    Dataset<Row> spread = oneFileOutweighsACore(files, cores)
        ? read.repartition(bronzePartitions(files, cores), col(Columns.SOURCE_FILE), col(Columns.SOURCE_LINE)) : read;
    bronzeRows = Lakehouse.conform(spread
        .withColumn(Columns.LOAD_ID, lit(loadId))
        .withColumn(Columns.RUN_DATE, lit(java.sql.Date.valueOf(runDate))), feed.bronzeTable())
        .persist(StorageLevel.MEMORY_AND_DISK());
    lake.replace(feed.bronzeTable(), bronzeRows, Columns.RUN_DATE + " = " + Lakehouse.sqlDate(runDate));
    return bronzeRows;
  }

  /**
   * A file is read by one task (lines must stay in order), but one big file a night is common: spreading its
   * records by file and line over all cores before the write lets encoding, and every later step that reads
   * bronze, run in parallel. Hash, not round-robin: round-robin would need a sort to stay deterministic. When no
   * file holds more than a core's share of the bytes, the files already spread the work, and the shuffle of every
   * record (and its raw text) would only cost time: at 1M contacts ... (BENCHMARKS.md, issue #27).
   */
  static boolean oneFileOutweighsACore(List<LandingFile> files, int cores) {
    long bytes = files.stream().mapToLong(LandingFile::size).sum();
    long largest = files.stream().mapToLong(LandingFile::size).max().orElse(0);
    return files.size() < cores || largest * cores > bytes;
  }

  static int bronzePartitions(List<LandingFile> files, int cores) {
    long bytes = files.stream().mapToLong(LandingFile::size).sum();
    long bySize = (bytes + BRONZE_PARTITION_BYTES - 1) / BRONZE_PARTITION_BYTES;
    return (int) Math.max(cores, Math.min(bySize, 10_000));
  }

  /**
   * Schema drift policy: fields the contract does not name are not loaded into silver (a new column needs a
   * contract change first), but nothing is lost: bronze keeps every record verbatim in {@code _raw}. The run
   * summary names them so the contract owner hears of it the same night.
   */
  private String drift(List<String> fields) {
    if (fields.isEmpty()) {
      return null;
    }
    LOG.warn("{} {}: schema drift, fields not in the feed contract: {}", feed.feed(), runDate, fields);
    return "schema drift: field(s) " + String.join(", ", fields) + " not in the feed contract, kept in bronze _raw only";
  }

  /**
   * What the load needs to know of bronze before it classifies, in one pass: the business dates it may write to
   * (they bound the silver partitions read) and the fields the contract does not name (schema drift, at most 50).
   */
  record BronzeFacts(List<String> dates, List<String> driftFields) {}

  private BronzeFacts bronzeFacts(Dataset<Row> bronze) {
    Column t = trim(col(feed.businessDateFrom()));
    Column day = feed.monthlyPartitions() ? concat(substring(t, 1, 7), lit("-01")) : substring(t, 1, 10);
    Row facts = bronze.agg(
        collect_set(when(t.rlike(RecordValidation.TIMESTAMP_PATTERN), day)),
        collect_set(col(Columns.UNEXPECTED_FIELDS))).head();
    List<String> dates = facts.<String>getList(0).stream().map(FeedIngest::calendarDate).filter(Objects::nonNull)
        .distinct().sorted().collect(Collectors.toList());
    List<String> drift = facts.<String>getList(1).stream().flatMap(f -> java.util.Arrays.stream(f.split(",")))
        .distinct().sorted().limit(50).collect(Collectors.toList());
    return new BronzeFacts(dates, drift);
  }

  /**
   * The day if the text is a calendar date, else null: {@code 2026-02-30} matches the timestamp pattern but is no
   * day. Such rows are quarantined as bad_timestamp by validation; here they must not reach a predicate, and what
   * does reach one is re-printed from a parsed date, never the record's own text.
   */
  static String calendarDate(String text) {
    try {
      return java.time.LocalDate.parse(text).toString();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Every candidate with its outcome. The prepared rows are kept (cached, the raw record only on rejected rows): the
   * de-duplication decides on their narrow columns, then the counts, the silver append and the quarantine read them
   * with its few outcomes joined on. On a small night the decision's two extra jobs cost no measurable time
   * (IngestJobTest 106-121 s against 119 s before), so there is one path for every size, and every ingest test runs it.
   */
  private Dataset<Row> classify(Dataset<Row> bronze, List<String> dates, StepTimes steps) {
    Dataset<Row> prepared = keep(rawOnlyOnRejected(SilverPreparation.prepare(bronze, feed, settings)));
    Dataset<Row> valid = valid(prepared);
    Dataset<Row> invalid = prepared.where(size(col(RecordValidation.REASONS)).gt(0))
        .withColumn(Deduplication.OUTCOME, lit(Outcome.INVALID.code()));
    List<String> key = feed.naturalKey().stream().map(feed::silverName).toList();
    Dataset<Row> existing = lake.read(feed.silverTable()).where(datesFilter(dates));
    Dataset<Row> decided = steps.time("dedupe", () -> decide(valid, existing, key, this::keep));
    return decided.unionByName(invalid, true);
  }

  /** The prepared rows with the raw record kept only on rejected ones (valid rows reach silver without it). */
  static Dataset<Row> rawOnlyOnRejected(Dataset<Row> prepared) {
    return prepared.withColumn(Columns.RAW, when(size(col(RecordValidation.REASONS)).gt(0), col(Columns.RAW)));
  }

  /** Rows decided on narrow columns up to this many are broadcast; more (a hostile night) are joined by a shuffle. */
  private static final long BROADCAST_ROWS = 200_000;

  /**
   * The de-duplication's decision on narrow columns (see {@link Deduplication}): at most two small jobs, then a
   * join; {@code keep} caches what the jobs computed for the join to reuse.
   */
  static Dataset<Row> decide(Dataset<Row> valid, Dataset<Row> existing, List<String> key,
                             java.util.function.UnaryOperator<Dataset<Row>> keep) {
    Dataset<Row> flagged = keep.apply(Deduplication.flaggedKeys(valid, existing, key));
    long flaggedKeys = flagged.count();
    if (flaggedKeys == 0) {
      return Deduplication.allInserts(valid);
    }
    Dataset<Row> exceptions = keep.apply(Deduplication.exceptions(valid, flagged, existing, key,
        flaggedKeys <= BROADCAST_ROWS));
    long rows = exceptions.count();
    return Deduplication.decided(valid, exceptions, rows <= BROADCAST_ROWS);
  }

  private Dataset<Row> keep(Dataset<Row> rows) {
    Dataset<Row> kept = rows.persist(StorageLevel.MEMORY_AND_DISK());
    cached.add(kept);
    return kept;
  }

  /** The silver candidates without a reason to reject them; the raw record rides along only with rejected rows. */
  static Dataset<Row> valid(Dataset<Row> prepared) {
    return prepared.where(size(col(RecordValidation.REASONS)).equalTo(0)).drop(Columns.RAW);
  }

  private static final String ROWS = "_rows";
  private static final String SKEWED = "_skewed";
  /** The bronze lineage and raw record of a conflict, under names of their own for the join back. */
  private static final String RAW_FILE = "_raw_file";
  private static final String RAW_LINE = "_raw_line";
  private static final String RAW_TEXT = "_raw_text";

  /** Rows per outcome, and the new rows loaded within the tolerated clock skew. */
  private record Counts(Map<String, Long> outcomes, long skewedInserts) {}

  /** One Spark job for both counts. */
  private static Counts countOutcomes(Dataset<Row> classified) {
    Map<String, Long> outcomes = new HashMap<>();
    long skewed = 0;
    Column skewedInsert = col(RecordValidation.CLOCK_SKEWED)
        .and(col(Deduplication.OUTCOME).equalTo(Outcome.INSERT.code())).cast("long");
    for (Row r : classified.groupBy(Deduplication.OUTCOME).agg(count(lit(1)).as(ROWS), sum(skewedInsert).as(SKEWED))
        .collectAsList()) {
      outcomes.put(r.getAs(Deduplication.OUTCOME), r.<Long>getAs(ROWS));
      skewed += r.getAs(SKEWED) == null ? 0L : r.<Long>getAs(SKEWED);
    }
    return new Counts(outcomes, skewed);
  }

  /** Conflicts are rare: their raw records are looked up in bronze by file and line rather than carried along. */
  private static Dataset<Row> withRawForConflicts(Dataset<Row> classified, Dataset<Row> bronze, long conflicts) {
    if (conflicts == 0) {
      return classified;
    }
    Dataset<Row> raw = bronze.select(col(Columns.SOURCE_FILE).as(RAW_FILE), col(Columns.SOURCE_LINE).as(RAW_LINE),
        col(Columns.RAW).as(RAW_TEXT));
    Dataset<Row> rejected = classified.where(col(Deduplication.OUTCOME).equalTo(Outcome.CONFLICT.code()));
    Dataset<Row> fetched = rejected.join(raw, rejected.col(Columns.SOURCE_FILE).equalTo(raw.col(RAW_FILE))
            .and(rejected.col(Columns.SOURCE_LINE).equalTo(raw.col(RAW_LINE))), "left")
        .withColumn(Columns.RAW, col(RAW_TEXT)).drop(RAW_FILE, RAW_LINE, RAW_TEXT);
    return classified.where(col(Deduplication.OUTCOME).notEqual(Outcome.CONFLICT.code())).unionByName(fetched);
  }

  private Dataset<Row> quarantineRows(Dataset<Row> classified, String loadId) {
    return classified
        .where(col(Deduplication.OUTCOME).isin(Outcome.INVALID.code(), Outcome.CONFLICT.code()))
        .select(lit(feed.feed()).as(Quarantine.FEED), lit(java.sql.Date.valueOf(runDate)).as(Quarantine.RUN_DATE),
            col(Columns.SOURCE_FILE).as(Quarantine.SOURCE_FILE), col(Columns.SOURCE_LINE).as(Quarantine.SOURCE_LINE),
            col(Columns.RAW).as(Quarantine.RAW_RECORD),
            substring_index(element_at(col(RecordValidation.REASONS), 1), ":", 1).as(Quarantine.REASON),
            array_join(col(RecordValidation.REASONS), "; ").as(Quarantine.REASON_DETAIL),
            lit(loadId).as(Quarantine.LOAD_ID));
  }

  /**
   * Appends the new rows. Not a MERGE: {@link Deduplication#againstExisting} has already compared every row
   * with the touched silver partitions, and a MERGE would join them all over again. The pipeline is the only
   * writer of silver (one run at a time, see airflow/), so nothing can have slipped in between.
   */
  private long appendToSilver(Dataset<Row> classified, long expected) {
    if (expected == 0) {
      return 0;
    }
    lake.append(feed.silverTable(), classified.where(col(Deduplication.OUTCOME).equalTo(Outcome.INSERT.code())));
    long appended = Long.parseLong(lake.lastCommitMetrics(feed.silverTable()).getOrDefault("numOutputRows", "-1"));
    if (appended != expected) {
      throw new IllegalStateException(feed.silverTable() + ": appended " + appended + " rows but " + expected
          + " were new; the classification was not deterministic");
    }
    return appended;
  }

  /**
   * Compacts the touched partitions that hold {@code ingest.compaction-min-files} files or more: a nightly load adds
   * about one file per partition, so compacting after every load rewrote the same data night after night (a
   * commit and seconds each) for no read benefit. File counts come from the snapshot, not from the data.
   */
  private void compactIfFragmented(List<String> dates) {
    String[] files = lake.read(feed.silverTable()).where(datesFilter(dates)).inputFiles();
    List<String> fragmented = fragmented(List.of(files), feed.businessDateColumn(), settings.compactionMinFiles());
    if (!fragmented.isEmpty()) {
      LOG.info("{} {}: compacting {} partition(s) of {} files or more", feed.feed(), runDate, fragmented.size(),
          settings.compactionMinFiles());
      lake.commit(feed.silverTable(), () -> DeltaTable.forPath(lake.spark(), lake.path(feed.silverTable())).optimize()
          .where(datesFilter(fragmented)).executeCompaction());
    }
  }

  /** The partition values ({@code column=value} folders of the file paths) holding at least {@code minFiles} files. */
  static List<String> fragmented(List<String> filePaths, String column, int minFiles) {
    Map<String, Long> perPartition = new java.util.TreeMap<>();
    String folder = column + "=";
    for (String f : filePaths) {
      int at = f.lastIndexOf(folder);
      if (at >= 0) {
        int end = f.indexOf('/', at);
        String value = java.net.URLDecoder.decode(f.substring(at + folder.length(), end < 0 ? f.length() : end),
            java.nio.charset.StandardCharsets.UTF_8);
        perPartition.merge(value, 1L, Long::sum);
      }
    }
    return perPartition.entrySet().stream().filter(e -> e.getValue() >= minFiles).map(Map.Entry::getKey).toList();
  }

  /** The business-date partitions the load touches, as a predicate. */
  private String datesFilter(List<String> dates) {
    if (dates.isEmpty()) {
      return "false";
    }
    return feed.businessDateColumn() + " IN (" + dates.stream().map(d -> Lakehouse.sqlDate(java.time.LocalDate.parse(d)))
        .collect(Collectors.joining(", ")) + ")";
  }

  /** Rows written by this run date (a previous attempt of it, on a re-run). */
  private org.apache.spark.sql.Column thisRun() {
    return col(Columns.RUN_DATE).equalTo(lit(java.sql.Date.valueOf(runDate)));
  }
}
