package io.cxlake.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temp dirs under java.io.tmpdir, creating that folder first: surefire points it at target/tmp, which does
 * not exist when only these tests run.
 */
final class TmpDirFactory implements TempDirFactory {
  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
    Path base = Path.of(System.getProperty("java.io.tmpdir"));
    Files.createDirectories(base);
    return Files.createTempDirectory(base, "cxlake-generate-");
  }
}
