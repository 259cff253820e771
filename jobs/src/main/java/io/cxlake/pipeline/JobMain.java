package io.cxlake.pipeline;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.ConfigLoader;
import io.cxlake.config.CxConfig;
import java.time.Duration;
import io.cxlake.spark.SparkSessions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import io.cxlake.runs.JobAccounting;
import org.apache.spark.sql.SparkSession;

/** Runs jobs for run dates with progress lines, one summary line, and an exit code. */
public final class JobMain {

  static final int MIN_LOCK_STALE_SECONDS = 10;

  private JobMain() {}

  /**
   * Ends a {@code main} with its exit code. In YARN cluster mode the driver runs inside the ApplicationMaster,
   * which marks an application that calls {@code System.exit} before {@code main} returns as failed, even with
   * code 0: there success returns normally and failure throws, so YARN reports the real outcome.
   */
  public static void exit(int code) {
    if ("cluster".equals(System.getProperty("spark.submit.deployMode"))
        && System.getProperty("spark.yarn.app.id") != null) {
      if (code != 0) {
        throw new IllegalStateException("cxlake failed with exit code " + code + " (see the lines above)");
      }
      return;
    }
    System.exit(code);
  }

  /** Entry point shared by every job class's {@code main}: parse, build the session, run, report. */
  public static int runOne(NightlyJob job, String[] args) {
    return runChain("job " + job.name(), List.of(job), args);
  }

  static int runChain(String what, List<NightlyJob> jobs, String[] args) {
    return runChain(what, jobs, args, null);
  }

  /**
   * Runs the jobs for the run dates of {@code args}; on {@code given} when not null (that session is used as it
   * is, its settings unchanged by the configuration's {@code spark.*} keys, and left running), else on a session
   * built from the configuration and stopped at the end.
   */
  public static int runChain(String what, List<NightlyJob> jobs, String[] args, SparkSession given) {
    JobOptions options;
    CxConfig config;
    try {
      options = JobOptions.parse(args);
      config = ConfigLoader.load(options.env(), ConfigLoader.parseOverrides(options.overrides()));
      validateAll(jobs, config);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    long start = System.nanoTime();
    SparkSession spark = given != null ? given : SparkSessions.create("cxlake-" + what.replace(' ', '-'), config);
    List<JobAccounting.Cost> costs = new ArrayList<>();
    try {
      NightSchedule<JobAccounting.Cost> schedule = NightSchedule.of(jobs);
      int parallel = parallelJobs(config);
      for (LocalDate date : options.dates()) {
        JobContext ctx = new JobContext(config, date);
        // a given session keeps its own code generation setting (run.codegen chooses for the launcher's own)
        boolean codegen = given == null ? io.cxlake.spark.CodegenChoice.apply(spark, config, date)
            : Boolean.parseBoolean(spark.conf().get("spark.sql.codegen.wholeStage", "true"));
        costs.addAll(schedule.run(parallel, "cxlake-" + date, job -> runWithProgress(spark, job, ctx, codegen)));
      }
      System.out.printf("%s ok: %d run date(s) %s..%s, %d job(s) each, %.1f s; tables under %s%n", what,
          options.dates().size(), options.dates().get(0), options.dates().get(options.dates().size() - 1),
          jobs.size(), (System.nanoTime() - start) / 1e9, config.location(ConfigKey.LAKE_ROOT));
      if (options.dates().size() > 1 || jobs.size() > 1) {
        System.out.print(CostTable.render(costs));
      }
      return 0;
    } catch (RuntimeException e) {
      System.err.println(what + " failed: " + oneLine(e));
      e.printStackTrace(System.err);
      System.err.println(what + " failed: " + oneLine(e));
      return 1;
    } finally {
      if (given == null) {
        spark.stop();
      }
    }
  }

  /** Every job's settings checked before the first job runs: a bad churn.* value fails now, not after the ingest. */
  static void validateAll(List<NightlyJob> jobs, CxConfig config) {
    io.cxlake.spark.CodegenChoice.validate(config);
    lockStaleSeconds(config);
    parallelJobs(config);
    for (NightlyJob job : jobs) {
      try {
        job.validate(config);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("job " + job.name() + ": " + e.getMessage(), e);
      }
    }
  }

  /** At least {@link #MIN_LOCK_STALE_SECONDS}: a shorter period would let a second run take over a live run's lock. */
  static Duration lockStaleSeconds(CxConfig config) {
    int s = config.getInt(ConfigKey.RUN_LOCK_STALE_SECONDS);
    if (s < MIN_LOCK_STALE_SECONDS) {
      throw new IllegalArgumentException(ConfigKey.RUN_LOCK_STALE_SECONDS.key() + " must be at least "
          + MIN_LOCK_STALE_SECONDS + " seconds (the owner's heartbeat comes every quarter of it), got " + s
          + "; the default is " + ConfigKey.RUN_LOCK_STALE_SECONDS.defaultValue());
    }
    return Duration.ofSeconds(s);
  }

  /** From 1 to {@link #MAX_PARALLEL_JOBS}: more jobs at once than the chain can run side by side buys nothing. */
  static int parallelJobs(CxConfig config) {
    int n = config.getInt(ConfigKey.RUN_PARALLEL_JOBS);
    if (n < 1 || n > MAX_PARALLEL_JOBS) {
      throw new IllegalArgumentException(ConfigKey.RUN_PARALLEL_JOBS.key() + " must be from 1 to " + MAX_PARALLEL_JOBS
          + " (1 runs a night's jobs one after another), got " + n + "; the default is "
          + ConfigKey.RUN_PARALLEL_JOBS.defaultValue());
    }
    return n;
  }

  static final int MAX_PARALLEL_JOBS = 5;

  private static JobAccounting.Cost runWithProgress(SparkSession spark, NightlyJob job, JobContext ctx,
                                                    boolean codegen) {
    System.out.printf("[%s %s] started%n", job.name(), ctx.runDate());
    String lakeRoot = ctx.config().location(ConfigKey.LAKE_ROOT);
    try (RunLock lock = RunLock.acquire(spark.sparkContext().hadoopConfiguration(), lakeRoot, job.name(),
        ctx.runDate(), lockStaleSeconds(ctx.config()))) {
      String[] summary = new String[1];
      JobAccounting.Cost cost = JobAccounting.measure(spark, job.name(), ctx.runDate(),
          () -> job.run(spark, ctx), s -> summary[0] = s);
      System.out.printf("[%s %s] ok in %.1f s (%s%s): %s%n", job.name(), ctx.runDate(), cost.wallMillis() / 1e3,
          cost.describe(), codegen ? "" : ", interpreted", summary[0]);
      return cost;
    } catch (RuntimeException e) {
      throw new JobFailure(job.name() + " " + ctx.runDate() + ": " + oneLine(e), e);
    }
  }

  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && !(root instanceof JobFailure) && root.getMessage() == null) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** A job failed; its message already names the job and date. */
  static final class JobFailure extends RuntimeException {
    JobFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
