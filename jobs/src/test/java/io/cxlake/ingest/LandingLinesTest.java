package io.cxlake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import io.cxlake.testing.SharedSpark;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class LandingLinesTest {

  private static List<String> lines(byte[] bytes) {
    List<String> out = new ArrayList<>();
    new LandingLines(new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
    return out;
  }

  @Test
  void endsLinesAtLfDropsTheCrOfCrlfAndKeepsAnyOtherCr() {
    byte[] text = "a,\"one\rtwo\"\r\nb\n\nc".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("a,\"one\rtwo\"", "b", "", "c"), lines(text));
    assertEquals(List.of(), lines(new byte[0]));
  }

  @Test
  void readsLinesLongerThanItsBuffer() {
    char[] wide = new char[200_000];
    Arrays.fill(wide, '字');
    String line = new String(wide);
    assertEquals(List.of(line, "x"), lines((line + "\nx\n").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void opensFilesWhoseNamesLookLikeGlobsOrUris() throws IOException {
    Path dir = SharedSpark.tempDir("landing-lines");
    for (String name : List.of("calls[1].csv", "a{b}.csv", "what?.csv", "star*.csv", "at 09:00.csv", "%41.csv")) {
      Path f = Files.write(dir.resolve(name), ("x\r\ny:" + name + "\n").getBytes(StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      LandingLines.open(new Configuration(), f.toUri().toString()).forEachRemaining(out::add);
      assertEquals(List.of("x", "y:" + name), out, name);
    }
  }

  @Test
  void aTruncatedGzipYieldsItsLinesThenAnUnreadableInput() throws IOException {
    Path dir = SharedSpark.tempDir("landing-lines");
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(whole)) {
      for (int i = 0; i < 20_000; i++) {
        gz.write(("line " + i + " " + Math.random() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] bytes = whole.toByteArray();
    Path f = Files.write(dir.resolve("t.csv.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    LandingLines lines = LandingLines.open(new Configuration(), f.toUri().toString());
    int read = 0;
    FileRecordReader.UnreadableInput e = null;
    try {
      while (lines.hasNext()) {
        assertEquals("line " + read, lines.next().substring(0, ("line " + read).length()));
        read++;
      }
    } catch (FileRecordReader.UnreadableInput thrown) {
      e = thrown;
    }
    assertEquals(true, e != null && read > 1000, "read " + read + " lines, then " + e);
    Path notGzip = Files.write(dir.resolve("plain.csv.gz"), "a\nb\n".getBytes(StandardCharsets.UTF_8));
    LandingLines plain = LandingLines.open(new Configuration(), notGzip.toUri().toString());
    assertThrows(FileRecordReader.UnreadableInput.class, plain::hasNext);
  }
}
