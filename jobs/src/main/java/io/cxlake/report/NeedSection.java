package io.cxlake.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Latent needs: the region's significant need patterns with their lift, and how many customers are predicted a
 * need, by kind (gold_latent_need_pattern, gold_customer_latent_need).
 */
final class NeedSection implements Section {

  static final int TOP = 10;
  static final List<String> KINDS = List.of("sequence", "unmet_repeat", "open_topic", "uncovered");

  private final Map<String, List<Row>> patterns = new TreeMap<>();
  private final Map<String, Map<String, Long>> predicted = new TreeMap<>();

  @Override
  public void load(Lakehouse lake, LocalDate day, ReportSettings settings) {
    Date d = Date.valueOf(day);
    lake.read(Tables.LATENT_NEED_PATTERN).where(col("run_date").equalTo(d).and(col("significant")))
        .withColumn("rank", org.apache.spark.sql.functions.row_number().over(Window.partitionBy("region")
            .orderBy(col("lift").desc_nulls_last(), col("customers").desc(), col("pattern_id"))))
        .where(col("rank").leq(TOP)).orderBy("region", "rank").collectAsList()
        .forEach(r -> patterns.computeIfAbsent(Cells.text(r, "region"), k -> new ArrayList<>()).add(r));
    lake.read(Tables.CUSTOMER_LATENT_NEED).where(col("as_of_date").equalTo(d))
        .groupBy("region", "need_kind").agg(count(lit(1)).as("customers")).collectAsList()
        .forEach(r -> predicted.computeIfAbsent(Cells.text(r, "region"), k -> new TreeMap<>())
            .put(Cells.text(r, "need_kind"), r.getLong(r.fieldIndex("customers"))));
  }

  @Override
  public Set<String> regions() {
    return new TreeSet<>(predicted.keySet());
  }

  int significantPatterns(String region) {
    return patterns.getOrDefault(region, List.of()).size();
  }

  @Override
  public String render(String region, Messages m) {
    Map<String, Long> kinds = predicted.getOrDefault(region, Map.of());
    List<String> tiles = new ArrayList<>();
    for (String k : KINDS) {
      long n = kinds.getOrDefault(k, 0L);
      tiles.add(Html.tile(m.get("needs.kind." + k), Html.value("needs.customers." + k, n, m.number((double) n, 0)),
          m.get("needs.customers")));
    }
    List<Row> top = patterns.getOrDefault(region, List.of());
    String table = top.isEmpty() ? Html.empty(m.get("needs.none")) : Html.table(List.of(m.get("col.pattern"),
        m.get("col.within_days"), m.get("col.customers"), m.get("col.confidence"), m.get("col.lift")), top.stream()
        .map(r -> List.of(Html.escape(describe(r, m)), Html.escape(m.number(Cells.number(r, "within_days"), 0)),
            Html.figure("needs.pattern_customers." + Cells.text(r, "pattern_id"), Cells.number(r, "customers"),
                m, 0, ""),
            Html.escape(m.percent(Cells.number(r, "confidence"))),
            Html.figure("needs.lift." + Cells.text(r, "pattern_id"), Cells.number(r, "lift"),
                m, 2, ""))).toList());
    return Html.section("needs", m.get("needs.title"), m.get("needs.intro"), Html.tiles(tiles) + table);
  }

  private static String describe(Row r, Messages m) {
    String a = label(r, "antecedent");
    return switch (Cells.text(r, "pattern_kind")) {
      case "sequence" -> m.get("needs.pattern.sequence", a, label(r, "consequent"));
      case "uncovered" -> m.get("needs.pattern.uncovered", a);
      default -> m.get("needs.pattern.other", Cells.text(r, "pattern_kind"), a);
    };
  }

  private static String label(Row r, String side) {
    String l = Cells.text(r, side + "_label");
    return l == null ? Cells.text(r, side + "_query_type_id") : l;
  }
}
