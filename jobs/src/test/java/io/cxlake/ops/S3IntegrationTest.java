package io.cxlake.ops;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.generate.GeneratorOptions;
import io.cxlake.generate.SyntheticGenerator;
import io.cxlake.lake.Lakehouse;
import io.cxlake.testing.ChildJvm;
import io.cxlake.testing.S3ProxyServer;
import io.cxlake.testing.SharedSpark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The cluster environment's configuration on object storage: the ingest and the tolerance job, launched as in
 * production ({@code cxlake run ingest,tolerance --env cluster}) in a JVM of their own, read the landing from and write
 * every Delta table to a real S3-API server on loopback (S3Proxy) through s3a, with path-style access, SSL off,
 * and credentials and the pseudonymisation key from the environment only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3IntegrationTest {

  private static final LocalDate DAY = LocalDate.parse("2026-11-16");
  private static final String BUCKET = "cx-test";
  private static final String PSEUDONYM_KEY = "s3-test-pseudonym-key-0123456789";

  private final SparkSession spark = SharedSpark.get();
  private Path root;
  private Path landing;
  private S3ProxyServer s3;

  @BeforeAll
  void startS3AndLand() throws Exception {
    root = SharedSpark.tempDir("s3");
    SyntheticGenerator.generate(GeneratorOptions.parse(new String[] {"--contacts", "1500", "--days", "1",
        "--start-date", DAY.toString(), "--seed", "21", "--out", root.resolve("gen").toString()}));
    landing = root.resolve("gen/landing");
    s3 = S3ProxyServer.start(root, BUCKET);
    // this JVM reads the tables back through s3a too, with settings for the test bucket only
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    String b = "fs.s3a.bucket." + BUCKET + ".";
    hadoop.set(b + "endpoint", s3.endpoint());
    hadoop.set(b + "path.style.access", "true");
    hadoop.set(b + "connection.ssl.enabled", "false");
    hadoop.set(b + "aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
    hadoop.set(b + "access.key", S3ProxyServer.ACCESS_KEY);
    hadoop.set(b + "secret.key", S3ProxyServer.SECRET_KEY);
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path("s3a://" + BUCKET + "/landing");
    FileUtil.copy(FileSystem.getLocal(hadoop), new org.apache.hadoop.fs.Path(landing.toUri()), target.getFileSystem(hadoop),
        target, false, hadoop);
  }

  @AfterAll
  void stopS3() {
    if (s3 != null) {
      s3.close();
    }
  }

  private ChildJvm run(String job) {
    List<String> args = new ArrayList<>(List.of("run", job, "--date", DAY.toString(), "--env", "cluster"));
    for (String kv : List.of("landing.root=s3a://" + BUCKET + "/landing", "lake.root=s3a://" + BUCKET + "/lake",
        "reports.root=s3a://" + BUCKET + "/reports", "spark.ui.enabled=false",
        // sized for a small test night on 2 cores, not for the cluster's nights
        "spark.sql.shuffle.partitions=4", "spark.databricks.delta.snapshotPartitions=2",
        "spark.hadoop.fs.s3a.endpoint=" + s3.endpoint(), "spark.hadoop.fs.s3a.path.style.access=true",
        "spark.hadoop.fs.s3a.connection.ssl.enabled=false")) {
      args.add("--set");
      args.add(kv);
    }
    Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY, "CXLAKE_PSEUDONYM_KEY", PSEUDONYM_KEY);
    return ChildJvm.start(root.resolve(job.replace(',', '-') + ".log"), "2g", env, args.toArray(String[]::new));
  }

  private static String hmac(String id) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(PSEUDONYM_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)), 0, 16);
  }

  @Test
  void theIngestAndTheToleranceJobWriteAndReadTheirDeltaTablesOnS3() throws Exception {
    // one JVM for both jobs: a second JVM's start, session and cold Delta code cost the suite about 20 s
    ChildJvm jobs = run("ingest,tolerance");
    assertEquals(0, jobs.await(900), jobs.output());
    assertTrue(jobs.output().contains("[ingest " + DAY + "] ok") && jobs.output().contains("[tolerance " + DAY + "] ok"),
        jobs.output());
    assertFalse(jobs.output().contains(S3ProxyServer.SECRET_KEY), "the secret key was logged");
    assertFalse(jobs.output().contains(PSEUDONYM_KEY), "the pseudonymisation key was logged");

    Lakehouse lake = new Lakehouse(spark, "s3a://" + BUCKET + "/lake");
    long landed = spark.read().option("header", "true").option("multiLine", "true")
        .csv(landing.resolve("contacts/dt=" + DAY).toString()).count();
    Row summary = lake.read("run_summary").where(col("job").equalTo("ingest").and(col("feed").equalTo("contacts")))
        .head();
    assertEquals(landed, summary.<Long>getAs("rows_read"));
    assertEquals(landed, summary.<Long>getAs("rows_written") + summary.<Long>getAs("exact_duplicates")
        + summary.<Long>getAs("quarantined"));
    assertEquals(summary.<Long>getAs("rows_written"), lake.read("silver_contacts").count());
    assertTrue(lake.read("gold_region_wait_tolerance").where(col("run_date").equalTo(Date.valueOf(DAY))).count() > 0);
    assertTrue(lake.read("gold_region_staffing_plan").where(col("run_date").equalTo(Date.valueOf(DAY))).count() > 0);
    // the customer ids were pseudonymised with the key from the environment, not the development key
    Row first = spark.read().option("header", "true").csv(landing.resolve("contacts/dt=" + DAY).toString()).head();
    assertEquals(hmac(first.getAs("customer_id")), lake.read("silver_contacts")
        .where(col("contact_id").equalTo(first.<String>getAs("contact_id"))).head().getAs("customer_key"));

    // the objects really are in the S3 server's store, and Delta's history and time travel work through s3a
    Path log = s3.baseDir().resolve(BUCKET).resolve("lake/silver_contacts/_delta_log");
    assertTrue(Files.exists(log.resolve("00000000000000000000.json")), "no Delta log in the S3 store under " + log);
    assertEquals(0L, spark.read().format("delta").option("versionAsOf", 0).load(lake.path("silver_contacts")).count(),
        "version 0 is the empty table the job created");
    assertFalse(Files.exists(s3.baseDir().resolve(BUCKET).resolve("lake/_cxlake_locks/ingest.lock")),
        "the run lock is released on S3 too");
  }
}
