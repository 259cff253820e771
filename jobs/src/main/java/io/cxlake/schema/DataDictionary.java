package io.cxlake.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The data dictionary (Markdown) generated from {@code schemas/}: every landing feed and Delta table with its
 * columns, type, unit, meaning and partitioning. {@code cxlake dictionary [--out FILE]}; the copy committed as
 * schemas/DATA_DICTIONARY.md is checked by a test to be what this writes.
 */
public final class DataDictionary {

  /** The catalog database analysts query: {@code cx.<table>}. */
  public static final String DATABASE = "cx";

  private DataDictionary() {}

  public static int run(String[] args) {
    if (args.length == 0) {
      System.out.print(markdown(SchemaCatalog.get()));
      return 0;
    }
    if (args.length != 2 || !args[0].equals("--out")) {
      throw new IllegalArgumentException("dictionary takes [--out FILE], got " + String.join(" ", args));
    }
    try {
      Files.writeString(Path.of(args[1]), markdown(SchemaCatalog.get()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + args[1] + ": " + e.getMessage(), e);
    }
    return 0;
  }

  public static String markdown(SchemaCatalog catalog) {
    StringBuilder b = new StringBuilder("""
        # Data dictionary

        Generated from `schemas/` by `bin/cxlake dictionary --out schemas/DATA_DICTIONARY.md`; do not edit by hand
        (a test fails when this file and the schema files disagree). Tables are registered by name as
        `cx.<table>` in `bin/cxlake sql`; the same comments are stored in each Delta table's schema.

        ## Tables

        | table | layer | partitioned by | natural key | meaning |
        |---|---|---|---|---|
        """);
    List<String> names = SchemaCatalog.tableNames();
    for (String n : names) {
      TableSchema t = catalog.table(n);
      b.append("| [`").append(DATABASE).append('.').append(n).append("`](#").append(n).append(") | ").append(t.layer())
          .append(" | ").append(list(t.partitionedBy())).append(" | ").append(list(t.naturalKey())).append(" | ")
          .append(cell(t.description())).append(" |\n");
    }
    for (String n : names) {
      TableSchema t = catalog.table(n);
      b.append("\n### ").append(n).append("\n\n").append(t.description()).append("\n\n")
          .append("Layer: ").append(t.layer()).append(". Partitioned by: ").append(list(t.partitionedBy()))
          .append(". Natural key: ").append(list(t.naturalKey())).append(".\n\n")
          .append("| column | type | nullable | unit | meaning |\n|---|---|---|---|---|\n");
      for (ColumnSpec c : t.columns()) {
        b.append("| `").append(c.name()).append("` | ").append(cell(c.type())).append(" | ")
            .append(c.nullable() ? "yes" : "no").append(" | ").append(c.unit() == null ? "" : cell(c.unit())).append(" | ")
            .append(cell(c.comment())).append(" |\n");
      }
    }
    b.append("\n## Landing feeds\n\nWhat the ingest accepts under `<landing.root>/<feed>/dt=YYYY-MM-DD/`; a record "
        + "breaking a rule is quarantined with its reason.\n");
    for (FeedSchema f : catalog.feeds()) {
      b.append("\n### feed ").append(f.feed()).append("\n\n").append(f.description()).append("\n\n")
          .append("Natural key: ").append(list(f.naturalKey())).append(". Business date from: `")
          .append(f.businessDateColumn()).append("`. Pseudonymised: ").append(list(f.pseudonymise()))
          .append(". PII masked: ").append(list(f.maskPii())).append(".\n\n")
          .append("| field | type | required | allowed values | unit | meaning |\n|---|---|---|---|---|---|\n");
      for (ColumnSpec c : f.columns()) {
        b.append("| `").append(c.name()).append("` | ").append(cell(c.type())).append(" | ")
            .append(c.required() ? "yes" : "no").append(" | ").append(c.isEnum() ? cell(String.join(", ", c.allowed())) : "")
            .append(" | ").append(c.unit() == null ? "" : cell(c.unit())).append(" | ").append(cell(c.comment()))
            .append(" |\n");
      }
    }
    return b.toString();
  }

  private static String list(List<String> l) {
    return l == null || l.isEmpty() ? "—" : "`" + String.join("`, `", l) + "`";
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }
}
