package io.cxlake.bench;

import io.cxlake.cli.ToolCommands;
import io.cxlake.generate.GenerateCommand;
import io.cxlake.ingest.IngestProfile;
import java.util.List;

/** The generator and the benchmarks as {@code cxlake} commands (registered in META-INF/services). */
public final class DevelopmentCommands implements ToolCommands {

  private static final String SCALE = "--contacts N [--work DIR] [--set k=v]";

  @Override
  public List<Command> commands() {
    return List.of(
        new Command("generate", "--out DIR [--contacts N --days D --start-date YYYY-MM-DD --seed S]   synthetic feeds"
            + " with truth", GenerateCommand::run),
        new Command("bench", "--contacts N[,N...] [--text-contacts N] [--warmup-contacts N] [--work DIR] [--set k=v]  "
            + "the nightly chain at each scale against floors measured in the same run (results.md, results.csv, "
            + "chain-time.svg)", ChainBenchmark::run),
        new Command("bench-ingest", "--contacts N [--work DIR]   ingest benchmark against a bare Delta copy",
            IngestBenchmark::run),
        new Command("bench-ingest-profile", "--landing DIR --date D [--work DIR]  the ingest's seconds by expression"
            + " family", IngestProfile::run),
        new Command("bench-tolerance", SCALE + "  wait-tolerance benchmark against a bare scan of silver contacts",
            ToleranceBenchmark::run),
        new Command("bench-text", SCALE + "  CoreNLP in Spark against plain CoreNLP, and the text job on N contacts",
            TextBenchmark::run),
        new Command("bench-scenarios", SCALE + "  the scenario and scores jobs over a 28-day window of N contacts",
            ScenarioBenchmark::run),
        new Command("bench-needs", SCALE + "  the needs, churn and strain jobs on N contacts over 56 days",
            NeedsBenchmark::run),
        new Command("bench-masking", "[--sentences N] [--seed S]          PII masking recall and false positives on"
            + " planted sentences", MaskingBenchmark::run),
        new Command("compare-lakes", "--first DIR --second DIR [--ignore c1,c2] [--decimals N] [--out FILE]  two "
            + "lakes' tables row for row (the same night before and after a change)", LakeComparison::run));
  }
}
