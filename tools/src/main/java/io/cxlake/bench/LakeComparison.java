package io.cxlake.bench;

import io.cxlake.config.ConfigLoader;
import io.cxlake.spark.SparkSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;

/**
 * {@code cxlake compare-lakes --first DIR --second DIR [--ignore c1,c2] [--decimals N] [--out FILE]}: the Delta
 * tables of two lakes compared row for row (a multiset difference both ways over every column they share), to show
 * that a change gave the same results as the code before it on the same landing files. Columns that name the run
 * rather than the data ({@code _load_id}, {@code _source_file}: the load's id and the work folder) and the run
 * summary (times) are left out. A table whose rows differ only in floating-point digits (sums in another order) is
 * reported as the same to {@code --decimals} places (default 9). Exit 0 when every table is the same, 1 otherwise.
 */
public final class LakeComparison {

  /** Columns that name the run, not the data: two runs of the same night differ there by design. */
  static final Set<String> RUN_COLUMNS = Set.of("_load_id", "_source_file");
  /** Tables of the run's own bookkeeping (durations, times), not of results. */
  static final Set<String> NOT_COMPARED = Set.of("run_summary");

  /**
   * How one table compares; {@code roundedSame} is null when the exact comparison already found it the same;
   * {@code mismatches} names columns only one side has, or that the table itself is on one side only.
   */
  record TableDiff(String table, long first, long second, long onlyInFirst, long onlyInSecond, Boolean roundedSame,
                   List<String> mismatches) {

    boolean exactlySame() {
      return onlyInFirst == 0 && onlyInSecond == 0 && mismatches.isEmpty();
    }

    boolean same() {
      return exactlySame() || Boolean.TRUE.equals(roundedSame) && mismatches.isEmpty();
    }

    String verdict(int decimals) {
      if (!mismatches.isEmpty()) {
        return "DIFFERENT: " + String.join(", ", mismatches);
      }
      return exactlySame() ? "same" : same() ? "same to " + decimals + " decimals" : "DIFFERENT";
    }
  }

  private LakeComparison() {}

  public static int run(String[] argv) {
    Args a = Args.parse(argv);
    SparkSession spark = SparkSessions.create("cxlake-compare-lakes", ConfigLoader.load("local", Map.of()));
    try {
      List<TableDiff> diffs = compareLakes(spark, a);
      String md = markdown(a, diffs);
      System.out.print(md);
      if (a.out() != null) {
        Files.writeString(a.out(), md);
      }
      return allSame(diffs) ? 0 : 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      spark.stop();
    }
  }

  /** Every table of either lake compared; a table only one lake has is a diff with no rows of the other side. */
  static List<TableDiff> compareLakes(SparkSession spark, Args a) throws IOException {
    List<TableDiff> diffs = new ArrayList<>();
    for (String table : tableNames(a.first(), a.second())) {
      boolean inFirst = isTable(a.first().resolve(table));
      boolean inSecond = isTable(a.second().resolve(table));
      if (inFirst && inSecond) {
        diffs.add(compare(read(spark, a.first(), table), read(spark, a.second(), table), table, a.ignore(),
            a.decimals()));
      } else {
        diffs.add(new TableDiff(table, inFirst ? read(spark, a.first(), table).count() : 0,
            inSecond ? read(spark, a.second(), table).count() : 0, 0, 0, null,
            List.of("the table is in the " + (inFirst ? "first" : "second") + " lake only")));
      }
    }
    return diffs;
  }

  private static Dataset<Row> read(SparkSession spark, Path lake, String table) {
    return spark.read().format("delta").load(lake.resolve(table).toString());
  }

  /** Both sides' rows over their shared columns, the ignored ones left out, exactly and then rounded if needed. */
  static TableDiff compare(Dataset<Row> first, Dataset<Row> second, String table, Set<String> ignore, int decimals) {
    Set<String> a = new LinkedHashSet<>(Arrays.asList(first.columns()));
    Set<String> b = new LinkedHashSet<>(Arrays.asList(second.columns()));
    List<String> unshared = new ArrayList<>();
    a.stream().filter(c -> !b.contains(c) && !ignore.contains(c)).forEach(c -> unshared.add("column " + c
        + " in the first only"));
    b.stream().filter(c -> !a.contains(c) && !ignore.contains(c)).forEach(c -> unshared.add("column " + c
        + " in the second only"));
    List<String> shared = a.stream().filter(b::contains).filter(c -> !ignore.contains(c)).toList();
    Dataset<Row> x = comparable(first, shared);
    Dataset<Row> y = comparable(second, shared);
    long onlyX = x.exceptAll(y).count();
    long onlyY = y.exceptAll(x).count();
    Boolean rounded = null;
    if (onlyX + onlyY > 0) {
      Dataset<Row> rx = rounded(x, decimals);
      Dataset<Row> ry = rounded(y, decimals);
      rounded = rx.exceptAll(ry).isEmpty() && ry.exceptAll(rx).isEmpty();
    }
    // Delta answers a bare count from the log's file statistics, without a scan (optimizeMetadataQuery)
    return new TableDiff(table, first.count(), second.count(), onlyX, onlyY, rounded, unshared);
  }

  /** The shared columns in one order; maps (which a set difference cannot compare) as their entries sorted. */
  static Dataset<Row> comparable(Dataset<Row> d, List<String> columns) {
    List<Column> out = new ArrayList<>();
    for (String c : columns) {
      DataType t = d.schema().apply(c).dataType();
      Column col = functions.col(c);
      out.add(t instanceof MapType ? functions.to_json(functions.array_sort(functions.map_entries(col))).as(c) : col);
    }
    return d.select(out.toArray(Column[]::new));
  }

  /** Top-level double and float columns rounded half-up to {@code decimals} places. */
  static Dataset<Row> rounded(Dataset<Row> d, int decimals) {
    List<Column> out = new ArrayList<>();
    for (StructField f : d.schema().fields()) {
      boolean floating = f.dataType().equals(DataTypes.DoubleType) || f.dataType().equals(DataTypes.FloatType);
      out.add(floating ? functions.round(functions.col(f.name()), decimals).as(f.name()) : functions.col(f.name()));
    }
    return d.select(out.toArray(Column[]::new));
  }

  /** Every table folder of either lake, sorted, without the run's bookkeeping and hidden folders (locks). */
  static List<String> tableNames(Path first, Path second) throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path lake : List.of(first, second)) {
      try (Stream<Path> dirs = Files.list(lake)) {
        dirs.filter(LakeComparison::isTable).map(p -> p.getFileName().toString()).forEach(names::add);
      }
    }
    names.removeAll(NOT_COMPARED);
    return List.copyOf(names);
  }

  private static boolean isTable(Path dir) {
    return Files.isDirectory(dir.resolve("_delta_log"));
  }

  static final String SAME_ALL = "every table the same";

  /** The command's verdict, and its exit code: 0 only when every table is the same. */
  static boolean allSame(List<TableDiff> diffs) {
    return diffs.stream().allMatch(TableDiff::same);
  }

  static String markdown(Args a, List<TableDiff> diffs) {
    StringBuilder md = new StringBuilder();
    md.append(String.format("Lakes compared: `%s` (first) and `%s` (second); left out: columns %s, tables %s%n%n",
        a.first(), a.second(), new TreeSet<>(a.ignore()), new TreeSet<>(NOT_COMPARED)));
    md.append("| table | rows first | rows second | only in first | only in second | verdict |\n");
    md.append("|---|---:|---:|---:|---:|---|\n");
    for (TableDiff d : diffs) {
      md.append(String.format("| %s | %,d | %,d | %,d | %,d | %s |%n", d.table(), d.first(), d.second(),
          d.onlyInFirst(), d.onlyInSecond(), d.verdict(a.decimals())));
    }
    long same = diffs.stream().filter(TableDiff::same).count();
    md.append(allSame(diffs) ? String.format("%n%s (%d tables)%n", SAME_ALL, same)
        : String.format("%n%d of %d tables the same%n", same, diffs.size()));
    return md.toString();
  }

  /** The command's options. */
  record Args(Path first, Path second, Set<String> ignore, int decimals, Path out) {

    static final String USAGE = "compare-lakes --first DIR --second DIR [--ignore col,col] [--decimals N] [--out FILE]";

    static Args parse(String[] args) {
      Map<String, String> o = new HashMap<>();
      for (int i = 0; i < args.length; i++) {
        if (!Set.of("--first", "--second", "--ignore", "--decimals", "--out").contains(args[i]) || i + 1 >= args.length) {
          throw new IllegalArgumentException("usage: " + USAGE + " (got '" + args[i] + "')");
        }
        o.put(args[i], args[++i]);
      }
      if (!o.containsKey("--first") || !o.containsKey("--second")) {
        throw new IllegalArgumentException("usage: " + USAGE + ": both lakes are needed");
      }
      Set<String> ignore = new LinkedHashSet<>(RUN_COLUMNS);
      if (o.containsKey("--ignore")) {
        Arrays.stream(o.get("--ignore").split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(ignore::add);
      }
      Path first = lake(o.get("--first"));
      Path second = lake(o.get("--second"));
      return new Args(first, second, ignore, Integer.parseInt(o.getOrDefault("--decimals", "9")),
          o.containsKey("--out") ? Path.of(o.get("--out")) : null);
    }

    private static Path lake(String dir) {
      Path p = Path.of(dir).toAbsolutePath();
      if (!Files.isDirectory(p)) {
        throw new IllegalArgumentException(p + " is not a folder: give a lake's root (the folder of its tables)");
      }
      return p;
    }
  }
}
