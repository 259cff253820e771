package io.cxlake.pipeline;

import io.cxlake.config.CxConfig;
import java.time.LocalDate;

/** What every nightly job runs with: the configuration and the run date (always from arguments). */
public record JobContext(CxConfig config, LocalDate runDate) {}
