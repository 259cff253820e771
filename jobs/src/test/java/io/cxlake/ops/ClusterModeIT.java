package io.cxlake.ops;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.generate.GeneratorOptions;
import io.cxlake.generate.SyntheticGenerator;
import io.cxlake.lake.Lakehouse;
import io.cxlake.pipeline.NightlyPipeline;
import io.cxlake.testing.SharedSpark;
import io.cxlake.testing.StandaloneCluster;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The packaged cluster jar on a real Spark standalone cluster (master and worker on loopback, started from Spark's
 * own jars): {@code spark-submit --master spark://... --class io.cxlake.cli.CxLake <cluster jar> nightly} runs the
 * whole nightly chain with the cluster configuration, its tasks on the worker's executor, and the tables are
 * checked afterwards. Runs after {@code mvn package} (failsafe), because it needs the jar.
 */
class ClusterModeIT {

  private static final LocalDate DAY = LocalDate.parse("2026-11-16");
  private static final String PSEUDONYM_KEY = "cluster-test-pseudonym-key-0123";

  @Test
  void theNightlyChainRunsOnAStandaloneClusterFromThePackagedJar() throws Exception {
    Path jar = Path.of(System.getProperty("cxlake.cluster.jar"));
    assertTrue(Files.exists(jar), jar + " is missing: run mvn verify (the jar is built in the package phase)");
    assertEquals(List.of(), classesOutsideTheJobs(jar), "the cluster jar carries only what a cluster runs");
    Path root = SharedSpark.tempDir("cluster");
    SyntheticGenerator.generate(GeneratorOptions.parse(new String[] {"--contacts", "2000", "--days", "1",
        "--start-date", DAY.toString(), "--seed", "31", "--out", root.resolve("gen").toString()}));
    Path lakeRoot = root.resolve("lake");
    Path reports = root.resolve("reports");

    try (StandaloneCluster cluster = StandaloneCluster.start(root, sparkDistributionClasspath(root), 2, "6g")) {
      String models = coreNlpModelJars();
      List<String> cmd = cluster.javaCommand("3g", models.split(File.pathSeparator));
      // the driver logs warnings only, as bin/cxlake does (Spark's default is INFO on every stage)
      cmd.add(cmd.size() - 2, "-Dlog4j2.configurationFile=" + io.cxlake.testing.Repo.root().resolve("bin/log4j2.properties"));
      cmd.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", cluster.masterUrl(),
          "--deploy-mode", "client", "--class", "io.cxlake.cli.CxLake", "--executor-memory", "4g",
          "--total-executor-cores", "2", "--conf", "spark.executor.extraClassPath=" + models,
          // C1 alone in the executor: its tasks see a test night's few rows, where C2's compiling (about 90 CPU-s
          // in this run, on the two cores the driver needs too) costs more than its code gives (BENCHMARKS.md,
          // "Test suite"); the driver keeps full tiered compilation, which its query planning repays
          "--conf", "spark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=512m",
          jar.toString(), "nightly", "--date", DAY.toString(), "--env", "cluster",
          "--set", "landing.root=" + root.resolve("gen/landing"), "--set", "lake.root=" + lakeRoot,
          "--set", "reports.root=" + reports, "--set", "spark.sql.shuffle.partitions=4",
          "--set", "spark.databricks.delta.snapshotPartitions=2",
          "--set", "scenarios.min-contacts=30"));
      Path log = root.resolve("spark-submit.log");
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().putAll(cluster.environment());
      pb.environment().put("CXLAKE_PSEUDONYM_KEY", PSEUDONYM_KEY);
      Process submit = pb.start();
      if (!submit.waitFor(40, TimeUnit.MINUTES)) {
        submit.destroyForcibly();
      }
      String output = Files.readString(log);
      assertEquals(0, submit.exitValue(), output);
      assertTrue(output.contains("nightly ok: 1 run date(s)"), output);
      assertExecutorsRanTasks(cluster.workDir());
    }

    SparkSession spark = SharedSpark.get();
    Lakehouse lake = new Lakehouse(spark, lakeRoot.toString());
    Set<String> jobsInSummary = lake.read("run_summary").where(col("run_date").equalTo(Date.valueOf(DAY)))
        .select("job").distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream()
        .collect(Collectors.toSet());
    Set<String> pipeline = NightlyPipeline.steps().stream().map(NightlyPipeline.Step::name).collect(Collectors.toSet());
    assertEquals(pipeline, jobsInSummary, "every job of the chain recorded its run");
    long landed = spark.read().option("header", "true").csv(root.resolve("gen/landing/contacts/dt=" + DAY).toString())
        .count();
    assertEquals(landed, lake.read("silver_contacts").count());
    for (String gold : List.of("silver_contact_text", "gold_contact_scenario", "gold_contact_score",
        "gold_region_wait_tolerance", "gold_churn_signal")) {
      assertTrue(lake.read(gold).count() > 0, gold + " is empty");
    }
    assertTrue(Files.exists(reports.resolve(DAY + "/index.html")), "no reports for " + DAY);
    // the tables as the whole chain wrote them, not only as created: the schema files are the contract
    for (String table : io.cxlake.schema.SchemaCatalog.tableNames()) {
      io.cxlake.testing.TableAssertions.assertMatchesSchemaFile(lake, table);
    }
  }

  /** The jars of a Spark 3.5 distribution, resolved by Maven from src/test/spark-distribution/pom.xml. */
  private static Path sparkDistributionClasspath(Path root) throws Exception {
    Path out = root.resolve("spark-distribution-classpath.txt");
    Process mvn = new ProcessBuilder("mvn", "-B", "-q", "-f", System.getProperty("cxlake.spark.distribution.pom"),
        "dependency:build-classpath", "-Dmdep.outputFile=" + out).redirectErrorStream(true)
        .redirectOutput(root.resolve("spark-distribution.log").toFile()).start();
    assertEquals(0, mvn.waitFor(), () -> "resolving the Spark distribution failed: "
        + readQuietly(root.resolve("spark-distribution.log")));
    return out;
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }

  /** CoreNLP's model jars from this JVM's classpath: on a cluster they are installed beside Spark or passed with --jars. */
  private static String coreNlpModelJars() {
    List<String> models = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (e.contains("stanford-corenlp") && e.contains("-models")) {
        models.add(e);
      }
    }
    assertTrue(!models.isEmpty(), "no CoreNLP model jars on the test classpath");
    return String.join(File.pathSeparator, models);
  }

  /** The worker's executor logs show tasks: the work really ran on the cluster, not in the driver. */
  private static void assertExecutorsRanTasks(Path workDir) throws Exception {
    List<Path> stderr;
    try (Stream<Path> files = Files.walk(workDir)) {
      stderr = files.filter(p -> p.getFileName().toString().equals("stderr")).toList();
    }
    assertTrue(!stderr.isEmpty(), "no executor ran: nothing under " + workDir);
    boolean ranTasks = false;
    for (Path p : stderr) {
      ranTasks |= Files.readString(p).contains("Running task");
    }
    assertTrue(ranTasks, "no executor log shows a task: " + Arrays.toString(stderr.toArray()));
  }

  /**
   * Classes of the generator, the benchmarks (io.cxlake.bench, and the ingest profiler that lives in the ingest's
   * package for its package-private steps) or the test fixtures in the jar (there must be none).
   */
  static List<String> classesOutsideTheJobs(Path jar) throws java.io.IOException {
    try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
      return j.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.startsWith("io/cxlake/generate/")
          || n.startsWith("io/cxlake/bench/") || n.startsWith("io/cxlake/testing/")
          || n.startsWith("io/cxlake/ingest/IngestProfile")).limit(5).toList();
    }
  }
}
