package io.cxlake.lake;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import io.cxlake.schema.ColumnSpec;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.schema.TableSchema;
import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;

/** Where the Delta tables live and how they are created, read and written, always from their schema files. */
public final class Lakehouse {

  private final SparkSession spark;
  private final String root;
  /** Tables known to exist: creating-if-missing costs a Delta log read, so do it once per table and job. */
  private final java.util.Set<String> ensured = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public Lakehouse(SparkSession spark, CxConfig config) {
    this(spark, config.location(ConfigKey.LAKE_ROOT));
  }

  public Lakehouse(SparkSession spark, String root) {
    this.spark = spark;
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public String path(String table) {
    return root + "/" + table;
  }

  public SparkSession spark() {
    return spark;
  }

  /**
   * Creates the table from its schema file if it does not exist. A table that has a commit is taken as created
   * after one listing of its log folder: Delta's create-if-not-exists replays the log to compare schemas, which
   * cost every job about a second per table it touched, night after night.
   */
  public void ensure(String table) {
    if (ensured.contains(table)) {
      return;
    }
    if (hasCommit(table)) {
      ensured.add(table);
      return;
    }
    TableSchema schema = SchemaCatalog.get().table(table);
    DeltaTableBuilder b = DeltaTable.createIfNotExists(spark).location(path(table)).comment(schema.description());
    for (ColumnSpec c : schema.columns()) {
      b = b.addColumn(DeltaTable.columnBuilder(spark, c.name()).dataType(DataType.fromDDL(c.type()))
          .nullable(c.nullable()).comment(c.comment() == null ? "" : c.comment()).build());
    }
    if (!schema.partitionedBy().isEmpty()) {
      b = b.partitionedBy(schema.partitionedBy().toArray(String[]::new));
    }
    // few, larger checkpoints and one snapshot partition: the tables are read far more than written
    b = b.property("delta.checkpointInterval", "20");
    if ("silver".equals(schema.layer())) {
      // silver is written from shuffled data: bin it into full-size files at write time, so the
      // compaction after the load rarely has anything left to rewrite
      b = b.property("delta.autoOptimize.optimizeWrite", "true");
    }
    if (schema.statisticsColumns().isPresent()) {
      b = b.property(STATS_COLUMNS, schema.statisticsColumns().get());
    }
    DeltaTableBuilder create = b;
    commit(table, create::execute); // nothing is committed when another thread created the table meanwhile
    // created from the schema file (here or by the thread that won): nothing of an older release to align
    ALIGNED_WITH_SCHEMA_FILE.add(path(table));
    ensured.add(table);
  }

  /**
   * Ensures every table, creating the missing ones a few at a time: a first night creates the whole lake (30 empty
   * tables, about 0.4 s each on the driver, mostly waiting on the log's file system), and tables are independent.
   */
  public void ensureAll(java.util.Collection<String> tables) {
    List<String> missing = tables.stream().filter(t -> !ensured.contains(t)).toList();
    if (missing.size() < 2) {
      missing.forEach(this::ensure);
      return;
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.min(CREATE_THREADS, missing.size()));
    try {
      List<java.util.concurrent.Future<?>> created = new java.util.ArrayList<>();
      for (String t : missing) {
        created.add(pool.submit(() -> ensure(t)));
      }
      for (java.util.concurrent.Future<?> f : created) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating the lake's tables", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static final int CREATE_THREADS = 4;

  /** Delta's table property naming the columns that keep data-skipping statistics (see the schema files). */
  static final String STATS_COLUMNS = "delta.dataSkippingStatsColumns";

  /** Table paths whose NOT NULL columns and statistics columns were compared with the schema file in this JVM. */
  private static final Set<String> ALIGNED_WITH_SCHEMA_FILE = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Drops NOT NULL from the columns the schema file now declares nullable, on a table an older release created (a
   * write adds new columns by itself, but Delta keeps a column's NOT NULL until it is altered), and aligns its
   * statistics columns. Once per table and JVM: one look at the table's schema and properties, which the write that
   * follows loads anyway.
   */
  void alignWithSchemaFile(String table) {
    if (!ALIGNED_WITH_SCHEMA_FILE.add(path(table))) {
      return;
    }
    Set<String> nullable = new java.util.HashSet<>();
    SchemaCatalog.get().table(table).columns().stream().filter(ColumnSpec::nullable)
        .forEach(c -> nullable.add(c.name()));
    alignStatisticsColumns(table);
    for (org.apache.spark.sql.types.StructField f : spark.read().format("delta").load(path(table)).schema().fields()) {
      if (!f.nullable() && nullable.contains(f.name())) {
        spark.sql("ALTER TABLE delta.`" + path(table) + "` ALTER COLUMN `" + f.name() + "` DROP NOT NULL");
        CommitLedger.record(spark.sparkContext(), table, 1);
      }
    }
  }

  /**
   * Gives a table an older release created the statistics columns its schema file names now: without them each
   * write of bronze and silver kept min/max of every raw record, text and row hash (23 % of the 1M night's silver
   * write, BENCHMARKS.md, issue #27). One metadata commit, once; the write that follows loads the snapshot anyway.
   */
  private void alignStatisticsColumns(String table) {
    String wanted = SchemaCatalog.get().table(table).statisticsColumns().orElse(null);
    if (wanted == null) {
      return;
    }
    String current = spark.sql("SHOW TBLPROPERTIES delta.`" + path(table) + "`").where(
        functions.col("key").equalTo(STATS_COLUMNS)).select("value").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList().stream().findFirst().orElse(null);
    if (!wanted.equals(current)) {
      spark.sql("ALTER TABLE delta.`" + path(table) + "` SET TBLPROPERTIES ('" + STATS_COLUMNS + "' = '" + wanted + "')");
      CommitLedger.record(spark.sparkContext(), table, 1);
    }
  }

  private boolean hasCommit(String table) {
    org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(path(table), "_delta_log");
    try {
      org.apache.hadoop.fs.FileSystem fs = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(log) && fs.listStatus(log, p -> p.getName().endsWith(".json")).length > 0;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + log, e);
    }
  }

  public Dataset<Row> read(String table) {
    ensure(table);
    return spark.read().format("delta").load(path(table));
  }

  /**
   * Writes add the columns a newer schema file gives a table that an older release created (nullable columns at the
   * end, the only change schemas/ makes to a released table), so a lake needs no migration step; since every write
   * is {@link #conform}ed first, no column outside the schema file can reach a table this way.
   */
  private static final String MERGE_SCHEMA = "mergeSchema";

  /** Selects the table's columns in schema order, cast to the schema types, so every write matches the file. */
  public static Dataset<Row> conform(Dataset<Row> df, String table) {
    TableSchema schema = SchemaCatalog.get().table(table);
    Column[] cols = schema.columns().stream()
        .map(c -> functions.col(c.name()).cast(DataType.fromDDL(c.type())).as(c.name()))
        .toArray(Column[]::new);
    return df.select(cols);
  }

  /** Replaces the rows matching {@code predicate} (one run date's partition) with {@code rows}, atomically. */
  public void replace(String table, Dataset<Row> rows, String predicate) {
    ensure(table);
    alignWithSchemaFile(table);
    conform(rows, table).write().format("delta").mode("overwrite").option("replaceWhere", predicate)
        .option(MERGE_SCHEMA, "true").save(path(table));
    CommitLedger.record(spark.sparkContext(), table, 1);
  }

  public void append(String table, Dataset<Row> rows) {
    ensure(table);
    alignWithSchemaFile(table);
    conform(rows, table).write().format("delta").mode("append").option(MERGE_SCHEMA, "true").save(path(table));
    CommitLedger.record(spark.sparkContext(), table, 1);
  }

  /**
   * Runs a Delta operation on {@code table} of this lake that is not a plain write (a MERGE, DELETE or OPTIMIZE
   * through {@link DeltaTable}), charging the job the commits it made: such an operation commits nothing when it
   * finds nothing to do. Only for tables one job writes, as every table but run_summary is.
   */
  public void commit(String table, Runnable deltaOperation) {
    long before = latestVersion(table);
    deltaOperation.run();
    CommitLedger.record(spark.sparkContext(), table, latestVersion(table) - before);
  }

  private long latestVersion(String table) {
    org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(path(table), "_delta_log");
    try {
      org.apache.hadoop.fs.FileSystem fs = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
      long max = -1;
      if (fs.exists(log)) {
        for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(log, p -> COMMIT_FILE.matcher(p.getName()).matches())) {
          max = Math.max(max, Long.parseLong(f.getPath().getName().substring(0, 20)));
        }
      }
      return max;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + log, e);
    }
  }

  /**
   * Operation metrics of the table's latest commit (e.g. numOutputRows of an append), read from the commit's own
   * file in the log ({@code commitInfo.operationMetrics}, as the Delta protocol lays it out): the table's history
   * gives the same map but costs a Spark job, about 0.2-0.4 s after every write of every job.
   */
  public Map<String, String> lastCommitMetrics(String table) {
    org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(path(table), "_delta_log");
    try {
      org.apache.hadoop.fs.FileSystem fs = log.getFileSystem(spark.sparkContext().hadoopConfiguration());
      org.apache.hadoop.fs.Path last = null;
      for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(log, p -> COMMIT_FILE.matcher(p.getName()).matches())) {
        if (last == null || f.getPath().getName().compareTo(last.getName()) > 0) {
          last = f.getPath();
        }
      }
      return last == null ? Map.of() : commitMetrics(fs, last);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the last commit of " + log, e);
    }
  }

  private static final java.util.regex.Pattern COMMIT_FILE = java.util.regex.Pattern.compile("\\d{20}\\.json");
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private static Map<String, String> commitMetrics(org.apache.hadoop.fs.FileSystem fs, org.apache.hadoop.fs.Path commit)
      throws java.io.IOException {
    try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(fs.open(commit),
        java.nio.charset.StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        com.fasterxml.jackson.databind.JsonNode metrics = JSON.readTree(line).path("commitInfo").path("operationMetrics");
        if (metrics.isObject()) {
          Map<String, String> out = new java.util.HashMap<>();
          metrics.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
          return out;
        }
      }
    }
    return Map.of();
  }

  /** Rows the table's latest commit wrote: a write's own count, without a Spark job to read them back. */
  public long lastWrittenRows(String table) {
    return Long.parseLong(lastCommitMetrics(table).getOrDefault("numOutputRows", "0"));
  }

  public static String sqlDate(java.time.LocalDate d) {
    return "DATE'" + d + "'";
  }
}
