package io.cxlake.generate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generator run produced.
 *
 * @param files number of landing data files written (ground_truth files not counted)
 */
public record GenerationSummary(
    Path outputDir,
    long contacts,
    long turns,
    long outboundAttempts,
    long accountEvents,
    long qaEvaluations,
    int files,
    long elapsedMs) {

  /** Rows per feed, keyed by feed name (contacts, turns, outbound_attempts, account_events, qa_evaluations). */
  public Map<String, Long> rowsPerFeed() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put(LandingWriter.CONTACTS, contacts);
    m.put(LandingWriter.TURNS, turns);
    m.put(LandingWriter.OUTBOUND, outboundAttempts);
    m.put(LandingWriter.ACCOUNT_EVENTS, accountEvents);
    m.put(LandingWriter.QA, qaEvaluations);
    return m;
  }

  public String oneLine() {
    return "generated " + contacts + " contacts, " + turns + " turns, " + outboundAttempts + " outbound_attempts, "
        + accountEvents + " account_events, " + qaEvaluations + " qa_evaluations in " + files + " files under "
        + outputDir + " (" + elapsedMs + " ms)";
  }
}
