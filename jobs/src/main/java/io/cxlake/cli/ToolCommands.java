package io.cxlake.cli;

import java.util.List;
import java.util.ServiceLoader;
import java.util.function.ToIntFunction;

/**
 * Commands of {@code cxlake} that live outside the jobs' jar: the synthetic generator and the benchmarks (module
 * {@code tools}). The launcher finds them with {@link ServiceLoader}, so it never imports them and the cluster jar,
 * which does not carry them, runs every job without them.
 */
public interface ToolCommands {

  /** One command: its name, its line in the usage text (options and what it does), and what runs it. */
  record Command(String name, String usage, ToIntFunction<String[]> run) {}

  List<Command> commands();

  /** Every tool command on the classpath, in the providers' order; none in the cluster jar. */
  static List<Command> available() {
    return ServiceLoader.load(ToolCommands.class).stream().flatMap(p -> p.get().commands().stream()).toList();
  }
}
