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
 * The arrows of the code run one way: the launcher ({@code cli}), the generator and the benchmarks use the jobs;
 * no job package uses them. A job that imported the launcher would drag the generator and the benchmarks into what
 * a cluster runs.
 */
class DependencyDirectionTest {

  /** Packages that are not part of what a cluster runs. */
  private static final List<String> OUTSIDE_THE_JOBS = List.of("cli", "bench", "generate");
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
