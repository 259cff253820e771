package io.cxlake.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
  private static final String[] OPTIONS = {"--contacts", "3000", "--days", "5", "--seed", "42"};

  @Test
  void sameOptionsGiveByteIdenticalFiles(@TempDir(factory = TmpDirFactory.class) Path a, @TempDir(factory = TmpDirFactory.class) Path b) throws Exception {
    GeneratorTestSupport.generate(a, OPTIONS);
    GeneratorTestSupport.generate(b, OPTIONS);
    Map<String, String> hashesA = hashes(a);
    Map<String, String> hashesB = hashes(b);
    assertFalse(hashesA.isEmpty());
    assertEquals(hashesA, hashesB);
  }

  @Test
  void otherSeedGivesOtherContacts(@TempDir(factory = TmpDirFactory.class) Path a, @TempDir(factory = TmpDirFactory.class) Path b) throws Exception {
    GeneratorTestSupport.generate(a, OPTIONS);
    GeneratorTestSupport.generate(b, "--contacts", "3000", "--days", "5", "--seed", "43");
    String first = "landing/contacts/dt=2026-11-16/part-00000.csv";
    assertNotEquals(hashes(a).get(first), hashes(b).get(first));
  }

  @Test
  void rerunIntoSameDirectoryReplacesOutput(@TempDir(factory = TmpDirFactory.class) Path a, @TempDir(factory = TmpDirFactory.class) Path b) throws Exception {
    GeneratorTestSupport.generate(a, "--contacts", "3000", "--days", "5", "--seed", "42", "--part-rows", "200");
    GeneratorTestSupport.generate(a, OPTIONS);
    GeneratorTestSupport.generate(b, OPTIONS);
    assertEquals(hashes(b), hashes(a));
  }

  private static Map<String, String> hashes(Path root) throws IOException, NoSuchAlgorithmException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        m.put(root.relativize(f).toString().replace('\\', '/'),
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
      }
    }
    return m;
  }
}
