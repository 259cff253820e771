package io.cxlake.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** The run lock on the local file system: refusal while the owner lives, take-over when it died or went silent. */
class RunLockTest {

  private static final LocalDate D = LocalDate.parse("2026-11-22");
  private static final Duration STALE = Duration.ofSeconds(60);
  private final Configuration hadoop = new Configuration();

  private static Path lockFile(Path lake, String job) {
    return lake.resolve(RunLock.FOLDER).resolve(job + ".lock");
  }

  @Test
  void aSecondRunOfTheSameJobIsRefusedWithTheOwnerNamedAndAfterwardsAllowed() throws Exception {
    Path lake = SharedSpark.tempDir("lock");
    try (RunLock first = RunLock.acquire(hadoop, lake.toString(), "ingest", D, STALE)) {
      String owner = Files.readString(lockFile(lake, "ingest"));
      assertTrue(owner.contains("pid=" + ProcessHandle.current().pid()), owner);
      RunLock.ConcurrentRunException e = assertThrows(RunLock.ConcurrentRunException.class,
          () -> RunLock.acquire(hadoop, lake.toString(), "ingest", D.plusDays(1), STALE));
      assertTrue(e.getMessage().startsWith("refusing to run job ingest for 2026-11-23: job ingest 2026-11-22 on host "),
          e.getMessage());
      assertTrue(e.getMessage().contains("is still running"), e.getMessage());
      // another job of the same night writes other tables: it may run
      RunLock.acquire(hadoop, lake.toString(), "tolerance", D, STALE).close();
    }
    assertFalse(Files.exists(lockFile(lake, "ingest")), "closing releases the lock");
    RunLock.acquire(hadoop, lake.toString(), "ingest", D, STALE).close();
  }

  @Test
  void aLockWhoseProcessEndedOnThisHostIsTakenOver() throws Exception {
    Path lake = SharedSpark.tempDir("lock");
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    writeLock(lake, RunLock.hostName(), gone.pid(), Instant.now());
    try (RunLock taken = RunLock.acquire(hadoop, lake.toString(), "ingest", D, STALE)) {
      assertTrue(Files.readString(lockFile(lake, "ingest")).contains("pid=" + ProcessHandle.current().pid()));
    }
  }

  @Test
  void aLockOfAnotherHostIsTakenOverOnlyAfterItsHeartbeatWentSilent() throws Exception {
    Path lake = SharedSpark.tempDir("lock");
    writeLock(lake, "other-host", 1, Instant.now());
    assertThrows(RunLock.ConcurrentRunException.class, () -> RunLock.acquire(hadoop, lake.toString(), "ingest", D, STALE));
    writeLock(lake, "other-host", 1, Instant.now().minus(Duration.ofMinutes(5)));
    RunLock.acquire(hadoop, lake.toString(), "ingest", D, STALE).close();
  }

  @Test
  void theOwnerKeepsItsLockFreshWithAHeartbeat() throws Exception {
    Path lake = SharedSpark.tempDir("lock");
    try (RunLock lock = RunLock.acquire(hadoop, lake.toString(), "ingest", D, Duration.ofMillis(400))) {
      Path f = lockFile(lake, "ingest");
      Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
      Thread.sleep(600);
      Duration age = Duration.between(Files.getLastModifiedTime(f).toInstant(), Instant.now());
      assertTrue(age.compareTo(Duration.ofSeconds(5)) < 0, "the heartbeat refreshed the lock, age " + age);
    }
  }

  @Test
  void aRunWhoseLockWasTakenOverLeavesTheNewOwnersLockInPlace() throws Exception {
    Path lake = SharedSpark.tempDir("lock");
    RunLock slow = RunLock.acquire(hadoop, lake.toString(), "ingest", D, STALE);
    writeLock(lake, "other-host", 7, Instant.now()); // what a run that took the lock over would have written
    slow.close();
    assertTrue(Files.readString(lockFile(lake, "ingest")).contains("host=other-host"), "the new owner's lock stays");
  }

  @Test
  void theHeartbeatStopsOnceAnotherRunTookTheLockOver() throws Exception {
    Path lake = SharedSpark.tempDir("lock");
    try (RunLock slow = RunLock.acquire(hadoop, lake.toString(), "ingest", D, Duration.ofMillis(400))) {
      writeLock(lake, "other-host", 7, Instant.now());
      Thread.sleep(600); // several heartbeats
      assertTrue(Files.readString(lockFile(lake, "ingest")).contains("host=other-host"), "not taken back");
    }
  }

  private static void writeLock(Path lake, String host, long pid, Instant modified) throws Exception {
    Path f = lockFile(lake, "ingest");
    Files.createDirectories(f.getParent());
    Files.writeString(f, "host=" + host + "\npid=" + pid + "\njob=ingest\nrun_date=" + D + "\nstarted=x\n");
    Files.setLastModifiedTime(f, FileTime.from(modified));
  }
}
