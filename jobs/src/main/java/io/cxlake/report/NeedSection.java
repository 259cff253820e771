package io.cxlake.report;

import static io.cxlake.schema.TableColumns.GoldLatentNeedPattern.CONFIDENCE;
import static io.cxlake.schema.TableColumns.GoldLatentNeedPattern.CUSTOMERS;
import static io.cxlake.schema.TableColumns.GoldLatentNeedPattern.LIFT;
import static io.cxlake.schema.TableColumns.GoldLatentNeedPattern.PATTERN_ID;
import static io.cxlake.schema.TableColumns.GoldLatentNeedPattern.PATTERN_KIND;
import static io.cxlake.schema.TableColumns.GoldLatentNeedPattern.REGION;
import static io.cxlake.schema.TableColumns.GoldLatentNeedPattern.RUN_DATE;
import static io.cxlake.schema.TableColumns.GoldLatentNeedPattern.SIGNIFICANT;
import static io.cxlake.schema.TableColumns.GoldLatentNeedPattern.WITHIN_DAYS;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.cxlake.lake.Lakehouse;
import io.cxlake.schema.TableColumns.GoldCustomerLatentNeed;
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
  /** A pattern's rank in its region. */
  private static final String RANK = "rank";
  /** Customers per region and kind of predicted need. */
  private static final String NEED_CUSTOMERS = "customers";

  private final Map<String, List<Row>> patterns = new TreeMap<>();
  private final Map<String, Map<String, Long>> predicted = new TreeMap<>();

  @Override
  public void load(Lakehouse lake, LocalDate day, ReportSettings settings) {
    Date d = Date.valueOf(day);
    lake.read(Tables.LATENT_NEED_PATTERN).where(col(RUN_DATE).equalTo(d).and(col(SIGNIFICANT)))
        .withColumn(RANK, org.apache.spark.sql.functions.row_number().over(Window.partitionBy(REGION)
            .orderBy(col(LIFT).desc_nulls_last(), col(CUSTOMERS).desc(), col(PATTERN_ID))))
        .where(col(RANK).leq(TOP)).orderBy(REGION, RANK).collectAsList()
        .forEach(r -> patterns.computeIfAbsent(Cells.text(r, REGION), k -> new ArrayList<>()).add(r));
    lake.read(Tables.CUSTOMER_LATENT_NEED).where(col(GoldCustomerLatentNeed.AS_OF_DATE).equalTo(d))
        .groupBy(REGION, GoldCustomerLatentNeed.NEED_KIND).agg(count(lit(1)).as(NEED_CUSTOMERS)).collectAsList()
        .forEach(r -> predicted.computeIfAbsent(Cells.text(r, REGION), k -> new TreeMap<>())
            .put(Cells.text(r, GoldCustomerLatentNeed.NEED_KIND), r.getLong(r.fieldIndex(NEED_CUSTOMERS))));
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
        .map(r -> List.of(Html.escape(describe(r, m)), Html.escape(m.number(Cells.number(r, WITHIN_DAYS), 0)),
            Html.figure("needs.pattern_customers." + Cells.text(r, PATTERN_ID), Cells.number(r, CUSTOMERS),
                m, 0, ""),
            Html.escape(m.percent(Cells.number(r, CONFIDENCE))),
            Html.figure("needs.lift." + Cells.text(r, PATTERN_ID), Cells.number(r, LIFT),
                m, 2, ""))).toList());
    return Html.section("needs", m.get("needs.title"), m.get("needs.intro"), Html.tiles(tiles) + table);
  }

  private static String describe(Row r, Messages m) {
    String a = label(r, "antecedent");
    return switch (Cells.text(r, PATTERN_KIND)) {
      case "sequence" -> m.get("needs.pattern.sequence", a, label(r, "consequent"));
      case "uncovered" -> m.get("needs.pattern.uncovered", a);
      default -> m.get("needs.pattern.other", Cells.text(r, PATTERN_KIND), a);
    };
  }

  private static String label(Row r, String side) {
    String l = Cells.text(r, side + "_label");
    return l == null ? Cells.text(r, side + "_query_type_id") : l;
  }
}
