package io.cxlake.report;

import io.cxlake.lake.Lakehouse;
import java.time.LocalDate;
import java.util.Set;

/**
 * One section of the regional report. {@link #load} reads the run date's gold rows once for every region (small,
 * aggregated results only); {@link #render} then writes the section of one region in one language.
 */
interface Section {

  void load(Lakehouse lake, LocalDate day, ReportSettings settings);

  /** The regions this section has rows for. */
  Set<String> regions();

  String render(String region, Messages m);
}
