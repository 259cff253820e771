package io.cxlake.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The launcher ({@code io.cxlake.cli.CxLake}) in a JVM of its own, on the test classpath: for what one JVM cannot
 * show, such as a run killed half-way or two runs at once. Output goes to a log file the assertions read.
 */
public final class ChildJvm {

  private final Process process;
  private final Path log;

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code cxlake <args>} with a heap of {@code heap} (e.g. "2g") and extra environment variables. */
  public static ChildJvm start(Path log, String heap, Map<String, String> env, String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "@" + Repo.root().resolve("bin/java17-spark.options"), "-Xmx" + heap, "-XX:TieredStopAtLevel=1",
        // C1 alone: a child runs one job of about a minute, where C2's compiling costs more than it gives
        // (S3IntegrationTest's two children: 116 s with C1, 129 s with full tiered compilation); C1 alone fills the
        // default 48 MB code cache
        "-XX:ReservedCodeCacheSize=512m",
        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        "-Dlog4j2.configurationFile=" + Repo.root().resolve("bin/log4j2.properties"),
        "-Dcxlake.home=" + Repo.root(), "-cp", System.getProperty("java.class.path"), "io.cxlake.cli.CxLake"));
    cmd.addAll(List.of(args));
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().putAll(env);
      return new ChildJvm(pb.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Process process() {
    return process;
  }

  /** Waits for the exit code; fails after {@code seconds}. */
  public int await(long seconds) {
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("cxlake did not finish in " + seconds + " s; output:\n" + output());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Kills the JVM the hard way (SIGKILL: no shutdown hooks, no finally blocks) and waits for it to end. */
  public void kill() {
    process.destroyForcibly();
    await(60);
  }

  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }
}
