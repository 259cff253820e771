package io.cxlake.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Spark standalone cluster on loopback: a master and one worker, each a JVM of its own, started from a
 * Spark "distribution" made of the jars of Spark's own dependency tree ({@code SPARK_HOME/jars}, as in the
 * binary download). The worker starts executors from that SPARK_HOME, so the application jar must bring
 * everything else, as on a real cluster.
 */
public final class StandaloneCluster implements AutoCloseable {

  private final Path sparkHome;
  private final Path workDir;
  private final int masterPort;
  private final List<Process> daemons = new ArrayList<>();

  private StandaloneCluster(Path sparkHome, Path workDir, int masterPort) {
    this.sparkHome = sparkHome;
    this.workDir = workDir;
    this.masterPort = masterPort;
  }

  /** Lays out SPARK_HOME/jars from the classpath file, starts the master and a worker with the given resources. */
  public static StandaloneCluster start(Path dir, Path sparkClasspathFile, int workerCores, String workerMemory) {
    try {
      Path home = Files.createDirectories(dir.resolve("spark-home"));
      Path jars = Files.createDirectories(home.resolve("jars"));
      for (String entry : Files.readString(sparkClasspathFile, StandardCharsets.UTF_8).trim().split(":")) {
        Path jar = Path.of(entry);
        Path link = jars.resolve(jar.getFileName());
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, jar);
        }
      }
      StandaloneCluster c = new StandaloneCluster(home, Files.createDirectories(dir.resolve("worker")), Loopback.freePort());
      c.daemon(dir.resolve("master.log"), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
          "--port", String.valueOf(c.masterPort), "--webui-port", String.valueOf(Loopback.freePort()));
      c.awaitPort(c.masterPort);
      c.daemon(dir.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
          "--cores", String.valueOf(workerCores), "--memory", workerMemory, "--webui-port", String.valueOf(Loopback.freePort()),
          "--work-dir", c.workDir.toString(), c.masterUrl());
      c.awaitWorkerRegistered(dir.resolve("master.log"));
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  public Path sparkHome() {
    return sparkHome;
  }

  /** Where the worker keeps each application's executor folders, app-NNN/EXECUTOR-ID/stderr. */
  public Path workDir() {
    return workDir;
  }

  /** What Spark's scripts would set: SPARK_HOME, the Scala line of the jars, and loopback as the address. */
  public Map<String, String> environment() {
    return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.12", "SPARK_LOCAL_IP", "127.0.0.1");
  }

  /** {@code java -cp SPARK_HOME/jars/*}: how bin/spark-class starts Spark's own main classes. */
  public List<String> javaCommand(String heap, String... extraClasspath) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "@" + Repo.root().resolve("bin/java17-spark.options"), "-Xmx" + heap));
    StringBuilder cp = new StringBuilder(sparkHome.resolve("jars") + "/*");
    for (String e : extraClasspath) {
      cp.append(':').append(e);
    }
    cmd.add("-cp");
    cmd.add(cp.toString());
    return cmd;
  }

  private void daemon(Path log, String mainClass, String... args) throws IOException {
    List<String> cmd = javaCommand("512m");
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(environment());
    daemons.add(pb.start());
  }

  private void awaitPort(int port) {
    Process master = daemons.get(0);
    if (!Loopback.awaitListening(port, Duration.ofSeconds(120), master::isAlive)) {
      throw new IllegalStateException("the Spark master did not listen on " + port + " within 120 s");
    }
  }

  private void awaitWorkerRegistered(Path masterLog) throws IOException {
    if (!Loopback.awaitCondition(Duration.ofSeconds(120), () -> read(masterLog).contains("Registering worker"))) {
      throw new IllegalStateException("no worker registered with the master within 120 s:\n" + read(masterLog));
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      daemons.get(i).destroy();
    }
    for (Process p : daemons) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
