package io.cxlake.ops;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.trim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.config.CxConfig;
import io.cxlake.generate.GeneratorOptions;
import io.cxlake.generate.SyntheticGenerator;
import io.cxlake.ingest.IngestJob;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.JobContext;
import io.cxlake.pipeline.RunLock;
import io.cxlake.schema.SchemaCatalog;
import io.cxlake.testing.ChildJvm;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.TableAssertions;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What goes wrong at night, on generated days through the real ingest: a second run of the same date, a run
 * killed half-way, files landed twice, a truncated gzip, a feed with columns the contract does not know, an
 * empty day. Every case checks that each landed record is accounted for: read = written + duplicates +
 * quarantined, counted independently from the landing files and from the tables themselves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTest {

  private static final LocalDate D16 = LocalDate.parse("2026-11-16");
  private static final LocalDate D17 = D16.plusDays(1);
  private static final LocalDate EMPTY = LocalDate.parse("2026-11-28");
  private static final List<String> FEEDS = List.of("contacts", "turns", "outbound_attempts", "account_events",
      "qa_evaluations");

  private final SparkSession spark = SharedSpark.get();
  private Path root;
  private Path landing;
  private CxConfig config;
  private Lakehouse lake;
  private byte[] wholeTurns;
  private Path killedLake;
  private CompletableFuture<Void> killed;

  @BeforeAll
  void generate() throws IOException {
    root = SharedSpark.tempDir("faults");
    SyntheticGenerator.generate(GeneratorOptions.parse(new String[] {"--contacts", "6000", "--days", "2",
        "--start-date", D16.toString(), "--seed", "11", "--out", root.resolve("gen").toString()}));
    landing = root.resolve("gen/landing");
    config = SharedSpark.config(landing, root.resolve("lake"), Map.of());
    lake = new Lakehouse(spark, config);
    // the run to be killed starts now, in a JVM of its own, and a watcher kills it once it writes silver_turns: its
    // start-up and cold planning overlap the reference night instead of following it (about 40 s of the class)
    killedLake = root.resolve("lake-killed");
    ChildJvm run = ChildJvm.start(root.resolve("killed.log"), "2g", Map.of(), runArgs(killedLake));
    killed = CompletableFuture.runAsync(() -> {
      try {
        awaitDataFiles(run, killedLake.resolve("silver_turns"));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        run.kill(); // also when the wait failed: no run may outlive the class
      }
    });
    new IngestJob().run(spark, new JobContext(config, D16)); // the reference night, in this JVM
  }

  private static Path dayDir(Path landingRoot, String feed, LocalDate day) {
    return landingRoot.resolve(feed).resolve("dt=" + day);
  }

  private String[] runArgs(Path lakeRoot) {
    return new String[] {"run", "ingest", "--date", D16.toString(), "--env", "local",
        "--set", "landing.root=" + landing, "--set", "lake.root=" + lakeRoot, "--set", "ingest.compaction=false",
        "--set", "spark.ui.enabled=false"};
  }

  @Test
  @Order(1)
  void aSecondRunOfTheSameDateIsRefusedWithAClearMessage() {
    Path other = root.resolve("lake-busy");
    try (RunLock first = RunLock.acquire(spark.sparkContext().hadoopConfiguration(), other.toString(), "ingest", D16,
        Duration.ofMinutes(10))) {
      // the launcher in this JVM (the lock's owner is alive either way): the same refusal as from another process
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      java.io.PrintStream stderr = System.err;
      int code;
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      try {
        code = io.cxlake.cli.CxLake.runInProcess(spark, runArgs(other));
      } finally {
        System.setErr(stderr);
      }
      String output = err.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(1, code, output);
      assertTrue(output.contains("job ingest failed: ingest 2026-11-16: refusing to run job ingest for "
          + "2026-11-16: job ingest 2026-11-16 on host "), output);
      assertTrue(output.contains("is still running"), output);
    }
    assertFalse(Files.exists(other.resolve("bronze_contacts")), "the refused run wrote nothing");
  }

  @Test
  @Order(2)
  void aRunKilledWhileWritingLeavesWholeCommitsAndTheReRunCompletesTheNight() throws Exception {
    killed.get(10, TimeUnit.MINUTES); // killed while writing silver_turns (started in generate())
    assertTrue(Files.exists(killedLake.resolve("_cxlake_locks/ingest.lock")), "the killed run left its lock behind");
    Lakehouse killed = new Lakehouse(spark, killedLake.toString());
    for (String feed : FEEDS) { // Delta commits are atomic: a table holds all of the night's rows or none
      String silver = "silver_" + feed;
      if (Files.exists(killedLake.resolve(silver).resolve("_delta_log"))) {
        long partial = killed.read(silver).where(thisRun(D16)).count();
        long whole = lake.read(silver).where(thisRun(D16)).count();
        assertTrue(partial == 0 || partial == whole, silver + " holds " + partial + " of " + whole + " rows");
      }
    }

    // the re-run, by the launcher in this JVM: it takes over the dead run's lock, then loads the night
    assertEquals(0, io.cxlake.cli.CxLake.runInProcess(spark, runArgs(killedLake)));
    assertFalse(Files.exists(killedLake.resolve("_cxlake_locks/ingest.lock")), "the lock is released");
    for (String t : ingestTables()) {
      TableAssertions.assertSameRows(lake.read(t).drop(operational(t)), killed.read(t).drop(operational(t)), t);
    }
    for (String feed : FEEDS) {
      assertConserved(killed, D16, feed, landedRecords(dayDir(landing, feed, D16)), 0);
    }
  }

  /**
   * One bad night (the 17th): yesterday's contacts and turns files landed again under new names, the night's turns
   * gzip broken off half-way, and columns the contracts do not know in the contacts CSV and the account events.
   */
  @Test
  @Order(3)
  void aBadNightLoadsWhatItCanAccountsForEveryRecordAndStopsAtTheGate() throws Exception {
    Map<String, Dataset<Row>> before = silverSnapshot();
    long relandedContacts = relandUnderNewName("contacts", "part-00000.csv");
    long relandedTurns = relandUnderNewName("turns", "part-00000.jsonl.gz");
    long driftedContacts = addCsvColumn(dayDir(landing, "contacts", D17).resolve("part-00000.csv"));
    rewriteLines(dayDir(landing, "account_events", D17).resolve("part-00000.jsonl"),
        l -> l.replaceFirst("^\\{", "{\"loyalty_tier\":\"gold\","));
    Path gz = dayDir(landing, "turns", D17).resolve("part-00000.jsonl.gz");
    wholeTurns = Files.readAllBytes(gz);
    Files.write(gz, java.util.Arrays.copyOf(wholeTurns, wholeTurns.length / 2)); // the transfer broke off half-way
    long readable = readableGzipRecords(gz);
    assertTrue(readable > 100, "readable " + readable);

    String summary = new IngestJob().run(spark, new JobContext(config, D17));
    assertConserved(D17, "contacts", relandedContacts + driftedContacts, 0);
    assertConserved(D17, "turns", relandedTurns + readable, 1);
    for (String feed : List.of("outbound_attempts", "account_events", "qa_evaluations")) {
      assertConserved(D17, feed, landedRecords(dayDir(landing, feed, D17)), 0);
    }
    // landed twice: yesterday's records are exact duplicates and change nothing
    assertEquals(relandedContacts, summaryRow(D17, "contacts").<Long>getAs("exact_duplicates"), summary);
    assertEquals(relandedTurns, summaryRow(D17, "turns").<Long>getAs("exact_duplicates"), summary);
    before.forEach((t, rows) -> TableAssertions.assertSameRows(rows.where(thisRun(D16)),
        lake.read(t).where(thisRun(D16)), t + " rows of the 16th"));
    // schema drift: named in the run summary, kept verbatim in bronze, not in silver, nothing quarantined for it
    assertEquals("schema drift: field(s) loyalty_tier not in the feed contract, kept in bronze _raw only",
        summaryRow(D17, "contacts").getAs("message"));
    assertEquals("schema drift: field(s) loyalty_tier not in the feed contract, kept in bronze _raw only",
        summaryRow(D17, "account_events").getAs("message"));
    assertEquals(0L, summaryRow(D17, "contacts").<Long>getAs("quarantined"));
    Row bronze = lake.read("bronze_account_events").where(thisRun(D17)).head();
    assertEquals("loyalty_tier", bronze.getAs("_unexpected_fields"));
    assertTrue(bronze.<String>getAs("_raw").contains("\"loyalty_tier\":\"gold\""), "the value is kept verbatim");
    assertFalse(List.of(lake.read("silver_contacts").columns()).contains("loyalty_tier"));
    assertNull(summaryRow(D16, "contacts").getAs("message"), "a night without drift says nothing");
    // the broken gzip: what was readable is loaded, the break is quarantined, and the gate stops the night
    Row marker = lake.read("quarantine").where(col("run_date").equalTo(Date.valueOf(D17))
        .and(col("feed").equalTo("turns"))).head();
    assertEquals("corrupt_file", marker.getAs("reason"));
    assertTrue(marker.<String>getAs("source_file").endsWith("dt=2026-11-17/part-00000.jsonl.gz"));
    assertTrue(marker.<String>getAs("reason_detail").contains("could not be read after line " + readable),
        marker.<String>getAs("reason_detail"));
    IllegalStateException gate = assertThrows(IllegalStateException.class,
        () -> new QualityGateJob().run(spark, new JobContext(config, D17)));
    assertTrue(gate.getMessage().startsWith("quality gate failed for 2026-11-17: landing file(s) could not be read "
        + "to their end, so records are missing: turns "), gate.getMessage());
    assertTrue(gate.getMessage().contains("part-00000.jsonl.gz (after line " + readable + ")"), gate.getMessage());
  }

  @Test
  @Order(4)
  void theReDeliveredFileCompletesTheNightOnReRun() throws Exception {
    Path gz = dayDir(landing, "turns", D17).resolve("part-00000.jsonl.gz");
    Files.write(gz, wholeTurns);
    new IngestJob().run(spark, new JobContext(config, D17));
    assertConserved(D17, "turns", landedRecords(dayDir(landing, "turns", D17)), 0);
    assertEquals(0L, lake.read("quarantine").where(col("reason").equalTo("corrupt_file")).count());
    new QualityGateJob().run(spark, new JobContext(config, D17));
  }

  @Test
  @Order(5)
  void anEmptyDayLoadsNothingAndPassesTheGate() throws Exception {
    Path contacts = dayDir(landing, "contacts", EMPTY).resolve("part-00000.csv");
    Files.createDirectories(contacts.getParent());
    Files.writeString(contacts, Files.readAllLines(dayDir(landing, "contacts", D16).resolve("part-00000.csv")).get(0)
        + "\n");
    Path turns = dayDir(landing, "turns", EMPTY).resolve("part-00000.jsonl.gz");
    Files.createDirectories(turns.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(turns))) {
      out.flush(); // a valid gzip of nothing
    }
    Files.writeString(dayDir(landing, "turns", EMPTY).resolve("part-00001.jsonl"), "");
    Map<String, Dataset<Row>> before = silverSnapshot();

    new IngestJob().run(spark, new JobContext(config, EMPTY));
    for (String feed : FEEDS) {
      assertConserved(EMPTY, feed, 0, 0);
    }
    assertEquals(2, summaryRow(EMPTY, "turns").<Integer>getAs("files_read"));
    String gate = new QualityGateJob().run(spark, new JobContext(config, EMPTY));
    assertTrue(gate.contains("too few records to judge"), gate);
    silverSnapshot().forEach((t, rows) -> TableAssertions.assertSameRows(before.get(t), rows, t));
  }

  // --- helpers -------------------------------------------------------------------------------------------

  /** Waits until the run has written data files into {@code table} (its commit comes only after all of them). */
  private static void awaitDataFiles(ChildJvm run, Path table) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      assertTrue(run.process().isAlive(), "the run ended before it could be killed:\n" + run.output());
      if (Files.exists(table)) {
        try (Stream<Path> files = Files.walk(table)) {
          if (files.anyMatch(p -> p.toString().endsWith(".parquet") && !p.toString().contains("_delta_log"))) {
            return;
          }
        } catch (java.io.UncheckedIOException e) {
          // the run renames its temporary files while we walk: a file gone under us is no answer, look again
          if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
            throw e;
          }
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no data files in " + table + " after 5 minutes:\n" + run.output());
  }

  private static List<String> ingestTables() {
    List<String> t = new ArrayList<>();
    for (String feed : FEEDS) { // bronze is checked by the conservation check (every record read, once)
      t.add("silver_" + feed);
    }
    t.add("quarantine");
    t.add("run_summary");
    assertTrue(SchemaCatalog.tableNames().containsAll(t));
    return t;
  }

  private static String[] operational(String table) {
    return table.equals("run_summary") ? new String[] {"duration_ms", "finished_at"} : new String[0];
  }

  private static org.apache.spark.sql.Column thisRun(LocalDate d) {
    return col("_run_date").equalTo(Date.valueOf(d));
  }

  private Map<String, Dataset<Row>> silverSnapshot() {
    Map<String, Dataset<Row>> m = new HashMap<>();
    for (String feed : FEEDS) {
      String t = "silver_" + feed;
      long version = io.delta.tables.DeltaTable.forPath(spark, lake.path(t)).history(1).head().getLong(0);
      m.put(t, spark.read().format("delta").option("versionAsOf", version).load(lake.path(t)));
    }
    return m;
  }

  private Row summaryRow(LocalDate d, String feed) {
    return summaryRow(lake, d, feed);
  }

  private static Row summaryRow(Lakehouse lake, LocalDate d, String feed) {
    return lake.read("run_summary").where(col("job").equalTo("ingest").and(col("run_date").equalTo(Date.valueOf(d)))
        .and(col("feed").equalTo(feed))).head();
  }

  /**
   * Read = landed (+ markers: one corrupt_file record per damaged file) = written + duplicates + quarantined, and
   * the tables hold exactly what the summary says they received.
   */
  private void assertConserved(LocalDate d, String feed, long landed, long markers) {
    assertConserved(lake, d, feed, landed, markers);
  }

  private void assertConserved(Lakehouse lake, LocalDate d, String feed, long landed, long markers) {
    Row s = summaryRow(lake, d, feed);
    long read = s.getAs("rows_read");
    long written = s.getAs("rows_written");
    long duplicates = s.getAs("exact_duplicates");
    long quarantined = s.getAs("quarantined");
    String what = feed + " " + d + ": " + s;
    assertEquals(landed + markers, read, what);
    assertEquals(read, written + duplicates + quarantined, what);
    assertEquals(quarantined, lake.read("quarantine").where(col("run_date").equalTo(Date.valueOf(d))
        .and(col("feed").equalTo(feed))).count(), what);
    assertEquals(written, lake.read("silver_" + feed).where(thisRun(d)).count(), what);
    assertEquals(read - markers, lake.read("bronze_" + feed).where(thisRun(d)).where(col("_raw").notEqual("")).count(),
        what);
  }

  /** Records in a folder's landing files, counted by Spark's own readers, not by the ingest's. */
  private long landedRecords(Path dir) {
    if (!Files.exists(dir)) {
      return 0;
    }
    long n = 0;
    try (Stream<Path> files = Files.isDirectory(dir) ? Files.list(dir) : Stream.of(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        n += name.contains(".csv")
            ? spark.read().option("header", "true").option("multiLine", "true").csv(f.toString()).count()
            : spark.read().text(f.toString()).where(length(trim(col("value"))).gt(0)).count();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  /** Non-blank, newline-terminated lines of a damaged gzip: what inflates before the stream breaks off. */
  private static long readableGzipRecords(Path gz) throws IOException {
    java.io.ByteArrayOutputStream inflated = new java.io.ByteArrayOutputStream();
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      byte[] buf = new byte[4096];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        inflated.write(buf, 0, n);
      }
      throw new AssertionError(gz + " is not damaged");
    } catch (EOFException e) {
      String text = inflated.toString(StandardCharsets.UTF_8);
      String[] lines = text.substring(0, text.lastIndexOf('\n') + 1).split("\n");
      return java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).count();
    }
  }

  /** Lands yesterday's file again, under another name, in today's folder; returns its records. */
  private long relandUnderNewName(String feed, String name) throws IOException {
    Path copy = dayDir(landing, feed, D17).resolve("relanded-" + name);
    Files.copy(dayDir(landing, feed, D16).resolve(name), copy);
    return landedRecords(copy);
  }

  /** Adds a column the contract does not know to a CSV without quoted fields; returns its records. */
  private static long addCsvColumn(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertFalse(String.join("\n", lines).contains("\""), "no quoted fields: a column can be added line by line");
    List<String> drifted = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      drifted.add(lines.get(i) + (i == 0 ? ",loyalty_tier" : i % 2 == 0 ? ",gold" : ","));
    }
    Files.write(csv, drifted, StandardCharsets.UTF_8);
    return lines.stream().skip(1).filter(l -> !l.isBlank()).count();
  }

  private static void rewriteLines(Path file, java.util.function.UnaryOperator<String> change) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Files.write(file, lines.stream().map(change).toList(), StandardCharsets.UTF_8);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  private static void deleteTree(Path p) {
    try (Stream<Path> all = Files.walk(p)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
