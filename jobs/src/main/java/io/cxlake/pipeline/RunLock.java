package io.cxlake.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * One run of a job at a time per lake: a lock file {@code <lake.root>/_cxlake_locks/<job>.lock} naming its owner.
 * Two runs of the same job would race on the same tables (the ingest's de-duplication assumes it is the only
 * writer of silver), so a second run is refused with a message saying who holds the lock. The owner rewrites the
 * file as a heartbeat; a lock whose owner died (same host, process gone) or whose heartbeat is older than the
 * stale timeout is taken over, so a killed run never blocks the next night.
 *
 * <p>Creation is atomic on local disks and HDFS; on S3A it is check-then-write, which narrows the race but does
 * not close it: there the guarantee comes from Airflow's {@code max_active_runs=1} (see README, Delta on S3).
 */
public final class RunLock implements AutoCloseable {

  /** A second run of a job while the first still holds the lock. */
  public static final class ConcurrentRunException extends IllegalStateException {
    ConcurrentRunException(String message) {
      super(message);
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunLock.class);
  static final String FOLDER = "_cxlake_locks";

  private final FileSystem fs;
  private final Path path;
  private final Properties owner;
  private final ScheduledExecutorService heartbeat;

  private RunLock(FileSystem fs, Path path, Properties owner, Duration stale) {
    this.fs = fs;
    this.path = path;
    this.owner = owner;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "cxlake-run-lock-heartbeat");
      t.setDaemon(true);
      return t;
    });
    long every = Math.max(1, stale.toMillis() / 4);
    heartbeat.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  /** Takes the lock of {@code job} for {@code runDate}, or throws {@link ConcurrentRunException}. */
  public static RunLock acquire(Configuration hadoop, String lakeRoot, String job, LocalDate runDate, Duration stale) {
    Path path = new Path(lakeRoot + "/" + FOLDER + "/" + job + ".lock");
    Properties me = owner(job, runDate);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      fs.mkdirs(path.getParent());
      for (int attempt = 0; attempt < 2; attempt++) {
        if (createNew(fs, path, me)) {
          return new RunLock(fs, path, me, stale);
        }
        Holder holder = Holder.read(fs, path);
        if (holder == null) {
          continue; // released between our attempt and the read: try again
        }
        String why = holder.staleBecause(stale);
        if (why == null) {
          throw new ConcurrentRunException(holder.refusal(job, runDate, path, stale));
        }
        LOG.warn("taking over the lock {} of {}: {}", path, holder.describe(), why);
        fs.delete(path, false);
      }
      throw new ConcurrentRunException("job " + job + " " + runDate + ": another run took the lock " + path
          + " at the same moment; wait for it to finish");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take the run lock " + path, e);
    }
  }

  /** Creates the lock file only if it does not exist; false when it does. */
  private static boolean createNew(FileSystem fs, Path path, Properties content) throws IOException {
    java.nio.file.Path file = localFile(fs, path);
    if (file != null) {
      // Hadoop's local create(overwrite=false) checks, then writes; the JDK's CREATE_NEW is one atomic step
      try {
        Files.write(file, bytes(content), java.nio.file.StandardOpenOption.CREATE_NEW);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(path, false)) {
      out.write(bytes(content));
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  /** The lock as a file of this machine when the lake is on the local disk; null on HDFS, S3A and the like. */
  private static java.nio.file.Path localFile(FileSystem fs, Path path) {
    return fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem
        ? java.nio.file.Path.of(path.toUri().getPath()) : null;
  }

  private void beat() {
    try {
      Holder now = Holder.read(fs, path);
      if (now != null && !sameOwner(now.owner(), owner)) {
        LOG.warn("run lock {} was taken over by {} (this run's heartbeat had stopped): no longer beating", path,
            now.describe());
        heartbeat.shutdown();
        return;
      }
      java.nio.file.Path file = localFile(fs, path);
      if (file != null) {
        Files.write(file, bytes(owner));
      } else {
        try (OutputStream out = fs.create(path, true)) {
          out.write(bytes(owner));
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("run lock heartbeat on {} failed: {}", path, e.toString());
    }
  }

  /** Releases the lock, unless another run took it over meanwhile (after a long pause of ours): that one is its. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      heartbeat.awaitTermination(10, TimeUnit.SECONDS);
      Holder now = Holder.read(fs, path);
      if (now != null && !sameOwner(now.owner(), owner)) {
        LOG.warn("not removing the run lock {}: it was taken over by {}", path, now.describe());
        return;
      }
      fs.delete(path, false);
    } catch (IOException e) {
      LOG.warn("could not remove the run lock {}: {}; the next run takes it over once it is stale", path, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean sameOwner(Properties a, Properties b) {
    return a.getProperty("host", "").equals(b.getProperty("host")) && a.getProperty("pid", "").equals(b.getProperty("pid"))
        && a.getProperty("started", "").equals(b.getProperty("started"));
  }

  private static Properties owner(String job, LocalDate runDate) {
    Properties p = new Properties();
    p.setProperty("job", job);
    p.setProperty("run_date", runDate.toString());
    p.setProperty("host", hostName());
    p.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
    p.setProperty("started", Instant.now().toString());
    p.setProperty("command", ManagementFactory.getRuntimeMXBean().getName());
    return p;
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  private static byte[] bytes(Properties p) {
    StringBuilder sb = new StringBuilder();
    p.stringPropertyNames().stream().sorted().forEach(k -> sb.append(k).append('=').append(p.getProperty(k)).append('\n'));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Who holds a lock, and since when it last showed a sign of life. */
  record Holder(Properties owner, Instant heartbeat) {

    static Holder read(FileSystem fs, Path path) throws IOException {
      try {
        FileStatus status = fs.getFileStatus(path);
        Properties p = new Properties();
        try (FSDataInputStream in = fs.open(path)) {
          p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new Holder(p, Instant.ofEpochMilli(status.getModificationTime()));
      } catch (java.io.FileNotFoundException e) {
        return null;
      }
    }

    /** Why the lock may be taken over, or null while its owner is alive. */
    String staleBecause(Duration stale) {
      String pid = owner.getProperty("pid", "");
      if (hostName().equals(owner.getProperty("host")) && pid.matches("\\d+")
          && !ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
        return "its process " + pid + " on this host has ended";
      }
      Duration silent = Duration.between(heartbeat, Instant.now());
      return silent.compareTo(stale) > 0 ? "no heartbeat for " + silent.toSeconds() + " s" : null;
    }

    String describe() {
      return "job " + owner.getProperty("job") + " " + owner.getProperty("run_date") + " on host "
          + owner.getProperty("host") + " (pid " + owner.getProperty("pid") + ", started " + owner.getProperty("started")
          + ")";
    }

    String refusal(String job, LocalDate runDate, Path path, Duration stale) {
      return "refusing to run job " + job + " for " + runDate + ": " + describe() + " is still running (lock "
          + path + ", heartbeat " + heartbeat + "). Two runs of one job would race on the same tables. Wait for it to "
          + "finish; if it died on another host its lock is taken over after " + stale.toSeconds()
          + " s without a heartbeat (run.lock-stale-seconds), or delete the lock once you are sure it is not running";
    }
  }
}
