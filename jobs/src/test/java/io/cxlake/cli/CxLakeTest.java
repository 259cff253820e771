package io.cxlake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.pipeline.NightlyPipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's contract with operators and Airflow: exit codes and one-line reasons, before any Spark. */
class CxLakeTest {

  private static String stderrOf(Runnable r) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void badArgumentsExitWithTwoAndSayWhy() {
    int[] rc = new int[1];
    String err = stderrOf(() -> rc[0] = CxLake.run(new String[] {"nightly", "--date", "yesterday"}));
    assertEquals(2, rc[0]);
    assertEquals("error: --date takes a date as YYYY-MM-DD, got 'yesterday'", err.strip());
    err = stderrOf(() -> rc[0] = CxLake.run(new String[] {"nightly", "--date", "2026-11-22", "--set", "lake.rot=x"}));
    assertEquals(2, rc[0]);
    assertTrue(err.startsWith("error: unknown configuration key 'lake.rot'"), err);
    err = stderrOf(() -> rc[0] = CxLake.run(new String[] {"run", "score", "--date", "2026-11-22"}));
    assertEquals(2, rc[0]);
    assertTrue(err.contains("unknown job 'score'"), err);
    assertEquals(2, CxLake.run(new String[] {"frobnicate"}));
  }

  @Test
  void severalJobsRunInTheChainsOrderWhateverTheListsOrder() {
    assertEquals(List.of("ingest", "tolerance", "scores", "reports"), CxLake.jobsNamed("reports,ingest, scores,tolerance,"
        + "ingest").stream().map(io.cxlake.pipeline.NightlyJob::name).toList());
    int[] rc = new int[1];
    String err = stderrOf(() -> rc[0] = CxLake.run(new String[] {"run", "ingest,score", "--date", "2026-11-22"}));
    assertEquals(2, rc[0]);
    assertTrue(err.contains("unknown job 'score'"), err);
  }

  @Test
  void thePipelineDefinitionNamesRunnableJobsInDependencyOrder() {
    List<NightlyPipeline.Step> steps = NightlyPipeline.steps();
    assertEquals("ingest", steps.get(0).name());
    for (int i = 0; i < steps.size(); i++) {
      assertEquals(steps.get(i).name(), steps.get(i).instantiate().name());
      List<String> earlier = steps.subList(0, i).stream().map(NightlyPipeline.Step::name).toList();
      assertTrue(earlier.containsAll(steps.get(i).dependsOn()), steps.get(i).name() + " runs after its dependencies");
    }
  }

  @Test
  void aBadSettingOfAnyJobFailsBeforeTheFirstJobRuns() {
    int[] rc = new int[1];
    long t = System.nanoTime();
    String err = stderrOf(() -> rc[0] = CxLake.run(new String[] {"nightly", "--date", "2026-11-22", "--set",
        "churn.high-band=2", "--set", "lake.root=" + System.getProperty("java.io.tmpdir") + "/never-created"}));
    assertEquals(2, rc[0]);
    assertTrue(lastLine(err).startsWith("error: job churn: churn.medium-band and churn.high-band"), err);
    assertTrue((System.nanoTime() - t) / 1e9 < 10, "refused before any Spark session or job");
    assertTrue(!java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "never-created")),
        "no table was created");
    err = stderrOf(() -> rc[0] = CxLake.run(new String[] {"nightly", "--date", "2026-11-22", "--set",
        "strain.high-band=20"}));
    assertEquals(2, rc[0]);
    assertTrue(lastLine(err).startsWith("error: job strain: strain.baseline-weeks must be at least 1"), err);
    for (String[] bad : List.of(
        new String[] {"quality.max-quarantine-share=5%", "quality.max-quarantine-share"},
        new String[] {"run.lock-stale-seconds=0", "run.lock-stale-seconds must be at least 10 seconds"},
        new String[] {"run.lock-stale-seconds=-5", "run.lock-stale-seconds must be at least 10 seconds"},
        new String[] {"run.parallel-jobs=0", "run.parallel-jobs must be from 1 to 5"},
        new String[] {"run.parallel-jobs=9", "run.parallel-jobs must be from 1 to 5"},
        new String[] {"ingest.priority-range=9-1", "ingest.priority-range must be two whole numbers"},
        new String[] {"ingest.priority-order=up", "ingest.priority-order must be ascending"},
        new String[] {"ingest.clock-skew-seconds=-1", "ingest.clock-skew-seconds must be at least 0"})) {
      err = stderrOf(() -> rc[0] = CxLake.run(new String[] {"nightly", "--date", "2026-11-22", "--set", bad[0]}));
      assertEquals(2, rc[0], bad[0]);
      assertTrue(lastLine(err).startsWith("error: ") && lastLine(err).contains(bad[1]), bad[0] + ": " + err);
    }
  }

  @Test
  void theDevelopmentKeyIsRefusedOutsideTheLocalEnvironment() {
    int[] rc = new int[1];
    String err = stderrOf(() -> rc[0] = CxLake.run(new String[] {"nightly", "--date", "2026-11-22", "--env",
        "cluster", "--set", "pseudonym.allow-dev-key=true", "--set", "pseudonym.key-env=CXLAKE_TEST_NEVER_SET_KEY"}));
    assertEquals(2, rc[0]);
    assertTrue(lastLine(err).contains("pseudonym.allow-dev-key is for the local environment only (this is 'cluster')"),
        err);
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\\R");
    return lines[lines.length - 1];
  }
}
