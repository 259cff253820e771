package io.cxlake.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real S3-API server on loopback: S3Proxy (fetched by Maven into target/s3proxy) with its file-system backend,
 * in a process of its own. Buckets are folders under {@link #baseDir()}; objects are files in them.
 */
public final class S3ProxyServer implements AutoCloseable {

  public static final String ACCESS_KEY = "cxlake-test-access";
  public static final String SECRET_KEY = "cxlake-test-secret";

  private final Process process;
  private final Path baseDir;
  private final int port;
  private final Path log;

  private S3ProxyServer(Process process, Path baseDir, int port, Path log) {
    this.process = process;
    this.baseDir = baseDir;
    this.port = port;
    this.log = log;
  }

  /** Starts the server with the given buckets (empty) and waits until it accepts connections. */
  public static S3ProxyServer start(Path work, String... buckets) {
    try {
      Path jar = Path.of(System.getProperty("cxlake.s3proxy.jar", "target/s3proxy/s3proxy.jar"));
      if (!Files.exists(jar)) {
        throw new IllegalStateException(jar + " is missing: run the tests through Maven, which fetches S3Proxy");
      }
      Path base = Files.createDirectories(work.resolve("s3-data"));
      for (String b : buckets) {
        Files.createDirectories(base.resolve(b));
      }
      int port = Loopback.freePort();
      Path props = work.resolve("s3proxy.properties");
      Files.write(props, List.of("s3proxy.endpoint=http://127.0.0.1:" + port, "s3proxy.authorization=aws-v2-or-v4",
          "s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY, "jclouds.provider=filesystem",
          "jclouds.filesystem.basedir=" + base));
      Path log = work.resolve("s3proxy.log");
      ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
          "-jar", jar.toString(), "--properties", props.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().put("LOG_LEVEL", "warn"); // S3Proxy's logback.xml reads it; info logs every request
      Process p = pb.start();
      S3ProxyServer server = new S3ProxyServer(p, base, port, log);
      try {
        server.awaitListening();
      } catch (IllegalStateException e) {
        throw new IllegalStateException(e.getMessage() + ": " + Files.readString(log), e);
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  public Path baseDir() {
    return baseDir;
  }

  private void awaitListening() throws IOException {
    if (!Loopback.awaitListening(port, Duration.ofSeconds(60), process::isAlive)) {
      throw new IllegalStateException("S3Proxy did not listen on " + port + " within 60 s: " + Files.readString(log));
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
