package io.cxlake.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's top folder (schemas/, conf/, notebooks/, airflow/), for tests that read its files. */
public final class Repo {

  private Repo() {}

  /** From -Dcxlake.repo.root (set by surefire), else the nearest folder upwards holding schemas/feeds. */
  public static Path root() {
    String prop = System.getProperty("cxlake.repo.root");
    if (prop != null && Files.isDirectory(Path.of(prop, "schemas", "feeds"))) {
      return Path.of(prop);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("schemas").resolve("feeds"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find schemas/feeds; set -Dcxlake.repo.root");
  }
}
