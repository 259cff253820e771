package io.cxlake.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxlake.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The arrows of the code run one way. Maven keeps the generator and the benchmarks out of the jobs' jar (the jobs
 * use the generator in their tests only; the benchmarks' module depends on the jobs, not the reverse); inside this
 * jar, the launcher ({@code cli}) uses the jobs and no job package uses the launcher, or names the generator or the
 * benchmarks (e.g. for reflection).
 */
class DependencyDirectionTest {

  /** The launcher: the one package of this jar that may use the others' commands. */
  private static final List<String> OUTSIDE_THE_JOBS = List.of("cli");
  private static final Pattern USE = Pattern.compile("io\\.cxlake\\.(cli|bench|generate)\\b");

  @Test
  void noJobPackageUsesTheLauncherTheGeneratorOrTheBenchmarks() throws IOException {
    Path root = Repo.root().resolve("jobs/src/main/java/io/cxlake");
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(f).getName(0).toString();
        if (OUTSIDE_THE_JOBS.contains(pkg)) {
          continue;
        }
        checked++;
        Matcher m = USE.matcher(Files.readString(f));
        while (m.find()) {
          wrong.add(root.relativize(f) + " uses io.cxlake." + m.group(1));
        }
      }
    }
    assertTrue(checked > 100, checked + " job sources checked");
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }
}
