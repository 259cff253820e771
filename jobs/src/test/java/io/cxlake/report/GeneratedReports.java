package io.cxlake.report;

import io.cxlake.config.ConfigKey;
import io.cxlake.pipeline.JobContext;
import io.cxlake.testing.GeneratedLake;
import io.cxlake.testing.SharedSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reports of {@link GeneratedLake}'s last night, written once per test JVM after the whole chain ran. */
final class GeneratedReports {

  private static Path folder;

  private GeneratedReports() {}

  static synchronized Path folder() {
    if (folder == null) {
      GeneratedLake g = GeneratedLake.get();
      g.runThrough("contracts");
      long t0 = System.nanoTime();
      String summary = new ReportJob().run(SharedSpark.get(), new JobContext(g.config, GeneratedLake.LAST));
      System.out.printf("reports %s: %s (%.1f s)%n", GeneratedLake.LAST, summary, (System.nanoTime() - t0) / 1e9);
      folder = Path.of(g.config.location(ConfigKey.REPORTS_ROOT), GeneratedLake.LAST.toString());
    }
    return folder;
  }

  static String read(String file) {
    try {
      return Files.readString(folder().resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern VALUE = Pattern.compile("data-key=\"([^\"]*)\" data-value=\"([^\"]*)\"");

  /** Every data-key of a page with its raw value (HTML entities of the key undone). */
  static Map<String, String> values(String html) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = VALUE.matcher(html);
    while (m.find()) {
      out.put(m.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\""), m.group(2));
    }
    return out;
  }
}
