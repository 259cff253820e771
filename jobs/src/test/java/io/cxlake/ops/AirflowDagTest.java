package io.cxlake.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The nightly DAG agrees with conf/pipeline.json (airflow/check_dag.py, Python's standard library only). */
class AirflowDagTest {

  static final Path REPO = io.cxlake.testing.Repo.root();

  private static String[] check(Path root) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("python3", "-B", root.resolve("airflow/check_dag.py").toString()).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new String[] {String.valueOf(p.waitFor()), out};
  }

  @Test
  void theDagHasOneTaskPerJobWithThePipelinesDependencies() throws Exception {
    String[] r = check(REPO);
    assertEquals("0", r[0], r[1]);
    assertTrue(r[1].contains("tasks match conf/pipeline.json"), r[1]);
  }

  @Test
  void aPipelineTheDagDoesNotMatchIsCaught() throws Exception {
    Path copy = SharedSpark.tempDir("airflow-copy");
    Files.createDirectories(copy.resolve("airflow/dags"));
    Files.createDirectories(copy.resolve("conf"));
    Files.copy(REPO.resolve("airflow/check_dag.py"), copy.resolve("airflow/check_dag.py"));
    // the DAG reads the pipeline beside it, so a changed pipeline changes the DAG: this copy pins the DAG's old
    // view by giving the check a pipeline that says text depends on ingest directly
    String dag = Files.readString(REPO.resolve("airflow/dags/cxlake_nightly.py"));
    Files.writeString(copy.resolve("airflow/dags/cxlake_nightly.py"), dag.replace("for upstream in job[\"depends_on\"]:",
        "for upstream in [d for d in job[\"depends_on\"] if d != \"quality\"]:"));
    Files.copy(REPO.resolve("conf/pipeline.json"), copy.resolve("conf/pipeline.json"));
    String[] r = check(copy);
    assertEquals("1", r[0], r[1]);
    assertTrue(r[1].contains("text: upstream [] is not ['quality']"), r[1]);
  }
}
